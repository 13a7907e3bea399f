"""A device id belongs to the device that registered it: another officer cannot take it over by
registering under it; only the device itself, with its token, registers again under its id."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from provincial.schema import devices
from provincial.seed import SAMPLE_PASSWORD
from security_support import API, describe, register


def _row(province, device_id):
    """The device as stored, but for the first-use time a request of its own notes."""
    with province.engine.connect() as connection:
        return connection.execute(select(*[c for c in devices.c if c.name != "first_used_at"])
                                  .where(devices.c.id == device_id)).one()


def _sign_in(province, username, device_id, headers=None):
    return province.client.post(f"{API}/devices", headers=headers or {}, json={
        "username": username, "password": SAMPLE_PASSWORD, "device_name": "Quầy lạ", "device_id": device_id})


ATTACKERS = {
    "same_agency_officer": ("canbo2", {}),
    "same_agency_officer_with_garbage_token": ("canbo2", {"Authorization": "Bearer khong-phai-token"}),
    "same_agency_officer_with_own_token": ("canbo2", "own_token"),
    "another_agencys_officer": ("banbo1", {}),
}


@pytest.mark.parametrize("attacker", ATTACKERS)
def test_another_officer_cannot_take_over_a_device_id(province, attacker):
    victim = register(province.client, "canbo1", "Quầy bị nhắm")
    before = _row(province, victim.device_id)
    username, headers = ATTACKERS[attacker]
    if headers == "own_token":
        headers = register(province.client, username, "Quầy của kẻ khác").headers
    answer = _sign_in(province, username, victim.device_id, headers)
    assert answer.status_code < 500, describe(answer)
    if answer.status_code == 200:
        assert answer.json()["device_id"] != victim.device_id, "another officer took the device over"
    me = province.client.get(f"{API}/devices/me", headers=victim.headers)
    assert me.status_code == 200 and me.json()["device_id"] == victim.device_id, \
        f"the device's own token stopped working: {describe(me)}"
    assert _row(province, victim.device_id) == before


def test_the_revoked_devices_id_is_not_handed_to_someone_else(province):
    answer = _sign_in(province, "canbo2", province.revoked.device_id)
    assert answer.status_code < 500, describe(answer)
    if answer.status_code == 200:
        assert answer.json()["device_id"] != province.revoked.device_id


def test_a_device_registers_again_under_its_own_id_with_its_token(province):
    """The explicit path stays open: the device's own token in Authorization."""
    desk = register(province.client, "canbo1", "Quầy đăng nhập lại")
    answer = _sign_in(province, "canbo1", desk.device_id, desk.headers)
    assert answer.status_code == 200 and answer.json()["device_id"] == desk.device_id, describe(answer)
