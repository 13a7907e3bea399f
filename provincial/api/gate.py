"""What every request passes before the application reads it: its size, then its token.

A body larger than wire.MAX_BODY_BYTES (ATTACHMENT_MAX_BYTES for an attachment) is refused from its
Content-Length when it has one; a request to a protected route without a valid device token is
refused 401 next, before a byte of its body is read or parsed; then the body is read up to its
limit. So a stranger learns nothing from the server's parser, and costs it no more than a lookup.
The device found is handed to the route in `request.state.device`.
"""

from __future__ import annotations

import json
from collections.abc import Callable

from anyio import to_thread
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from desk_app.sync import wire
from provincial.api.errors import error_body
from provincial.devices import Device
from provincial.errors import ServerError

ATTACHMENTS_PATH = wire.API_PREFIX + "/attachments/"
PROTECTED = tuple(wire.API_PREFIX + path for path in (
    "/devices/me", "/operations", "/feed", "/leases", "/places", "/dossiers/", "/attachments/"))


def bearer_token(scope: Scope) -> str | None:
    value = _header(scope, b"authorization")
    if value and value[:7].lower() == "bearer ":
        return value[7:].strip()
    return None


class RequestGate:
    def __init__(self, app: ASGIApp, authenticate: Callable[[str | None], Device]) -> None:
        self.app = app
        self._authenticate = authenticate

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path = scope["path"]
        limit = wire.ATTACHMENT_MAX_BYTES if path.startswith(ATTACHMENTS_PATH) else wire.MAX_BODY_BYTES
        declared = _header(scope, b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > limit):
            await _answer(send, 413, error_body("request.too_large", None, max=limit))
            return
        if path == PROTECTED[0] or path.startswith(PROTECTED[1:]):
            try:
                device = await to_thread.run_sync(self._authenticate, bearer_token(scope))
            except ServerError as refused:
                await _answer(send, refused.status, error_body(refused.code, refused.field, **refused.params),
                              [(b"www-authenticate", b"Bearer")])
                return
            scope.setdefault("state", {})["device"] = device
        if scope["method"] in ("GET", "HEAD", "OPTIONS", "DELETE"):
            await self.app(scope, receive, send)
            return
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > limit:
                await _answer(send, 413, error_body("request.too_large", None, max=limit))
                return
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        body = b"".join(chunks)
        delivered = False

        async def replay() -> Message:
            nonlocal delivered
            if not delivered:
                delivered = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)


def _header(scope: Scope, name: bytes) -> str | None:
    for key, value in scope["headers"]:
        if key == name:
            return value.decode("latin-1").strip()
    return None


async def _answer(send: Send, status: int, body: dict, headers: list[tuple[bytes, bytes]] | None = None) -> None:
    content = json.dumps(body, ensure_ascii=False).encode("utf-8")
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(content)).encode()),
                            (b"connection", b"close"), *(headers or [])]})
    await send({"type": "http.response.body", "body": content})
