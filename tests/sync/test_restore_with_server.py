"""A registered desk's backups and restores against a real provincial server: no code printed twice,
offline or online, no token in a backup; and the doctor of a registered desk."""

from __future__ import annotations

import zipfile

import pytest

from desk_app.doctor import run_checks
from desk_app.domain.errors import DomainError
from desk_app.services.backups import Backups
from sync_support import intake, server_dossiers


def test_restored_on_a_new_pc_a_registered_desk_prints_again_only_from_leases_granted_after(
        province, agency, registered, open_desk, tmp_path):
    desk = registered("quay")
    printed = [intake(desk, i).code for i in range(2)]
    assert desk.sync.run_once().ok
    backup = tmp_path / "sao-luu.zip"
    Backups.for_folder(desk.data_dir, True).back_up(backup)
    printed += [intake(desk, i).code for i in range(3)]
    assert desk.sync.run_once().ok

    Backups.for_folder(tmp_path / "may-moi", True).restore(backup, force=False)
    restored = open_desk("may-moi")
    province.server.stop()
    try:
        with pytest.raises(DomainError) as refused:
            intake(restored)
        assert refused.value.code == "dossier_code.after_restore"
    finally:
        province.server.start()
    report = restored.sync.run_once()
    assert report.ok and report.leased > 0
    fresh = [intake(restored, i).code for i in range(3)]
    assert not set(fresh) & set(printed)
    assert restored.sync.run_once().ok and restored.sync.status().problems == 0
    assert sorted(d["code"] for d in server_dossiers(province, agency.code)) == sorted(printed + fresh)


def test_restored_in_place_offline_a_registered_desk_goes_on_past_what_it_printed(province, agency, registered,
                                                                                   tmp_path):
    desk = registered("quay")
    intake(desk)
    backup = tmp_path / "sao-luu.zip"
    Backups.for_folder(desk.data_dir, True).back_up(backup)
    province.server.stop()
    try:
        printed = [intake(desk, i).code for i in range(3)]
        desk.close()
        Backups.for_folder(desk.data_dir, True).restore(backup, force=True)
        from desk_app.services.desk import Desk

        again = Desk.open(desk.data_dir)
        try:
            after = [intake(again, i).code for i in range(2)]
        finally:
            again.close()
    finally:
        province.server.start()
    assert not set(after) & set(printed) and after[0] > printed[-1]


def test_a_backup_never_holds_the_device_token(province, agency, registered, tmp_path):
    import keyring

    desk = registered("quay")
    intake(desk)
    status = desk.sync.status()
    token = keyring.get_password("mot-cua-desk", f"{status.server_url}#{status.device_id}")
    assert token
    backup = tmp_path / "sao-luu.zip"
    Backups.for_folder(desk.data_dir, True).back_up(backup)
    with zipfile.ZipFile(backup) as archive:
        for name in archive.namelist():
            assert token.encode() not in archive.read(name), name


def test_the_doctor_of_a_registered_desk_reaches_the_server(qapp, province, agency, registered, monkeypatch,
                                                             tmp_path):
    desk = registered("quay")
    printed = tmp_path / "printed"
    printed.mkdir()
    monkeypatch.setenv("DESK_APP_PRINT_TO", str(printed))
    checks = {check.check: check for check in run_checks(desk.data_dir, True)}
    assert checks["server"].ok and province.url in checks["server"].message
    assert "không mã hóa" in checks["server"].message and "lệch" in checks["server"].message
    assert checks["keyring"].ok and "mã thiết bị của quầy có trong kho" in checks["keyring"].message
    assert checks["sync"].ok and "Lần đồng bộ tốt gần nhất" in checks["sync"].message
