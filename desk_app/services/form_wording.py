"""The fixed wording of the forms after intake (Mẫu 04–07, the hand-over record, the postal label)
and of the booking slip: the defaults in resources/forms/wording.json (Thông tư 03/2025/TT-VPCP's
own words for its forms), and a province's own corrections in `<data folder>/forms/wording.json`,
which need only the sentences they change.

An override is read strictly, as every file from outside is: a form or a key the defaults do not
have, a value that is not text (or, for column headings, not the same number of texts), text
longer than a form can hold or with control characters is refused by its place in the file, and
nothing of the file is used, so a typing slip never prints a half-corrected form.
"""

from __future__ import annotations

import json
import string
from collections.abc import Mapping
from importlib import resources
from pathlib import Path
from typing import Any

from desk_app.domain.errors import DomainError

OVERRIDE = Path("forms") / "wording.json"
TEXT_MAX = 1000
MAX_BYTES = 256 * 1024

Wording = Mapping[str, Mapping[str, Any]]


def default_wording() -> dict[str, dict[str, Any]]:
    text = (resources.files("desk_app.resources") / "forms" / "wording.json").read_text(encoding="utf-8")
    return json.loads(text)


def load_wording(data_dir: Path) -> Wording:
    """The defaults with the data folder's corrections on top; DomainError naming the file and
    the place when the corrections cannot be used."""
    wording = default_wording()
    file = data_dir / OVERRIDE
    if not file.is_file():
        return wording
    try:
        if file.stat().st_size > MAX_BYTES:
            raise ValueError(f"tệp lớn hơn {MAX_BYTES // 1024} KB")
        given = json.loads(file.read_text(encoding="utf-8"))
        _merge(wording, given)
    except (OSError, ValueError) as err:
        raise DomainError("forms.wording_invalid", field=None, path=str(file), detail=str(err)[:300]) from None
    return wording


def _merge(wording: dict[str, dict[str, Any]], given: Any) -> None:
    if not isinstance(given, dict):
        raise ValueError("cần một đối tượng JSON theo từng mẫu")
    for form, texts in given.items():
        if form not in wording:
            raise ValueError(f"không có mẫu “{str(form)[:20]}” (có: {', '.join(wording)})")
        if not isinstance(texts, dict):
            raise ValueError(f"{form}: cần một đối tượng JSON")
        for key, value in texts.items():
            if key not in wording[form]:
                raise ValueError(f"{form}.{str(key)[:40]}: không có câu này trong mẫu")
            wording[form][key] = _checked(f"{form}.{key}", value, wording[form][key])


def _checked(where: str, value: Any, default: Any) -> Any:
    if isinstance(default, list):
        if not isinstance(value, list) or len(value) != len(default):
            raise ValueError(f"{where}: cần {len(default)} tiêu đề cột")
        return [_text(f"{where}[{index}]", item) for index, item in enumerate(value)]
    return _placeholders(where, _text(where, value), default)


def _placeholders(where: str, value: str, default: str) -> str:
    """A correction names only the values its default names ({applicant}, {code}…), bare: a stray
    brace, a value the form does not have or a format spec would fail or misprint at print time,
    after the step it prints was saved."""
    allowed = {name for _, name, _, _ in string.Formatter().parse(default) if name}
    try:
        fields = list(string.Formatter().parse(value))
    except ValueError:
        raise ValueError(f"{where}: dấu ngoặc {{ }} không khớp") from None
    for _, name, spec, conversion in fields:
        if name is None:
            continue
        if name not in allowed or spec or conversion:
            known = ", ".join(f"{{{known}}}" for known in sorted(allowed)) or "không có"
            raise ValueError(f"{where}: “{{{name}}}” không dùng được ở đây (dùng được: {known})")
    return value


def _text(where: str, value: Any) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"{where}: cần một câu chữ")
    if len(value) > TEXT_MAX:
        raise ValueError(f"{where}: dài quá {TEXT_MAX} ký tự")
    if any(ord(char) < 32 and char != "\n" for char in value):
        raise ValueError(f"{where}: có ký tự điều khiển")
    return value
