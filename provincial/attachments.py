"""Scanned documents, stored by their SHA-256 in the database so every server process sees them.

An upload is resumable: each PUT carries the offset it starts at, and the server answers how many
bytes it holds. When the last byte arrives the whole is hashed; content that does not match its
name is thrown away, so a stored attachment is always exactly what its name says.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from sqlalchemy import Engine, delete, select, update

from desk_app.sync import wire
from provincial.errors import ServerError
from provincial.schema import attachment_chunks, attachments


@dataclass(frozen=True)
class UploadState:
    sha256: str
    length: int
    received: int
    complete: bool


def state(engine: Engine, sha256: str) -> UploadState | None:
    with engine.connect() as connection:
        row = connection.execute(select(attachments).where(attachments.c.sha256 == sha256)).first()
    return None if row is None else UploadState(row.sha256, row.length, row.received, bool(row.complete))


def put(engine: Engine, sha256: str, length: int | None, offset: int, data: bytes) -> UploadState:
    if length is None or length < 0:
        raise ServerError("attachment.length", 422, field=wire.UPLOAD_LENGTH_HEADER)
    if length > wire.ATTACHMENT_MAX_BYTES:
        raise ServerError("attachment.too_large", 413, max=wire.ATTACHMENT_MAX_BYTES)
    with engine.begin() as connection:
        row = connection.execute(select(attachments).where(attachments.c.sha256 == sha256).with_for_update()).first()
        if row is None:
            connection.execute(attachments.insert().values(sha256=sha256, length=length, received=0, complete=False))
            received = 0
        else:
            if row.length != length:
                raise ServerError("attachment.length", 422, field=wire.UPLOAD_LENGTH_HEADER)
            if row.complete:
                return UploadState(sha256, length, length, True)
            received = row.received
        if offset != received:
            raise ServerError("attachment.offset", 409, offset=offset, expected=received)
        if received + len(data) > length:
            raise ServerError("attachment.length", 422, field=wire.UPLOAD_LENGTH_HEADER)
        if data:
            connection.execute(attachment_chunks.insert().values(sha256=sha256, offset=offset, data=data))
        received += len(data)
        complete = received == length
        connection.execute(update(attachments).where(attachments.c.sha256 == sha256)
                           .values(received=received, complete=complete))
        if complete:
            digest = hashlib.sha256()
            for chunk in connection.execute(select(attachment_chunks.c.data).where(attachment_chunks.c.sha256 == sha256)
                                            .order_by(attachment_chunks.c.offset)).scalars():
                digest.update(chunk)
            if digest.hexdigest() != sha256:
                connection.execute(delete(attachment_chunks).where(attachment_chunks.c.sha256 == sha256))
                connection.execute(delete(attachments).where(attachments.c.sha256 == sha256))
                failed = True
            else:
                failed = False
        else:
            failed = False
    if failed:
        raise ServerError("attachment.hash", 422, sha256=sha256)
    return UploadState(sha256, length, received, complete)
