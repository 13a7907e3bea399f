"""Scanned documents, stored by agency and SHA-256 in the database so every server process sees them.

An upload is resumable: each PUT carries the offset it starts at, and the server answers how many
bytes it holds. When the last byte arrives the whole is hashed; content that does not match its
name is thrown away, so a stored attachment is always exactly what its name says. An agency sees
only the attachments its own desks uploaded: knowing a hash is no proof of holding the file.
Two desks uploading the same new file at once both find its row (made once, then locked), so one
of them goes on from where the other got to.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Engine, delete, select, update

from desk_app.sync import wire
from provincial import sql
from provincial.errors import ServerError
from provincial.schema import attachment_chunks, attachments


@dataclass(frozen=True)
class UploadState:
    sha256: str
    length: int
    received: int
    complete: bool


def _key(agency_code: str, sha256: str) -> Any:
    return (attachments.c.agency_code == agency_code) & (attachments.c.sha256 == sha256)


def state(engine: Engine, agency_code: str, sha256: str) -> UploadState | None:
    with engine.connect() as connection:
        row = connection.execute(select(attachments).where(_key(agency_code, sha256))).first()
    return None if row is None else UploadState(row.sha256, row.length, row.received, bool(row.complete))


def put(engine: Engine, agency_code: str, sha256: str, length: int | None, offset: int, data: bytes) -> UploadState:
    if length is None or length < 0:
        raise ServerError("attachment.length", 422, field=wire.UPLOAD_LENGTH_HEADER)
    if length > wire.ATTACHMENT_MAX_BYTES:
        raise ServerError("attachment.too_large", 413, max=wire.ATTACHMENT_MAX_BYTES)
    with engine.begin() as connection:
        connection.execute(sql.insert(connection, attachments).values(
            agency_code=agency_code, sha256=sha256, length=length, received=0, complete=False).on_conflict_do_nothing())
        row = connection.execute(select(attachments).where(_key(agency_code, sha256)).with_for_update()).one()
        if row.length != length:
            raise ServerError("attachment.length", 422, field=wire.UPLOAD_LENGTH_HEADER)
        if row.complete:
            return UploadState(sha256, length, length, True)
        if offset != row.received:
            raise ServerError("attachment.offset", 409, offset=offset, expected=row.received)
        received = row.received + len(data)
        if received > length:
            raise ServerError("attachment.length", 422, field=wire.UPLOAD_LENGTH_HEADER)
        if data:
            connection.execute(attachment_chunks.insert().values(agency_code=agency_code, sha256=sha256,
                                                                 offset=offset, data=data))
        complete = received == length
        connection.execute(update(attachments).where(_key(agency_code, sha256))
                           .values(received=received, complete=complete))
        intact = not complete or _digest(connection, agency_code, sha256) == sha256
        if not intact:
            chunk_key = (attachment_chunks.c.agency_code == agency_code) & (attachment_chunks.c.sha256 == sha256)
            connection.execute(delete(attachment_chunks).where(chunk_key))
            connection.execute(delete(attachments).where(_key(agency_code, sha256)))
    if not intact:
        raise ServerError("attachment.hash", 422, sha256=sha256)
    return UploadState(sha256, length, received, complete)


def _digest(connection: Connection, agency_code: str, sha256: str) -> str:
    digest = hashlib.sha256()
    for chunk in connection.execute(select(attachment_chunks.c.data).where(
            attachment_chunks.c.agency_code == agency_code, attachment_chunks.c.sha256 == sha256)
            .order_by(attachment_chunks.c.offset)).scalars():
        digest.update(chunk)
    return digest.hexdigest()
