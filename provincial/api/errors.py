"""Every answer that is not a success has the shape wire.ErrorBody, with a Vietnamese sentence.

Also the body limit: a request larger than wire.MAX_BODY_BYTES (ATTACHMENT_MAX_BYTES for an
attachment) is refused from its Content-Length when it has one, and otherwise as soon as the bytes
read pass the limit, before any of it is parsed.
"""

from __future__ import annotations

import json
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from desk_app.messages import message_for
from desk_app.sync import wire
from provincial.errors import ServerError

ATTACHMENTS_PATH = wire.API_PREFIX + "/attachments/"


def error_body(error_code: str, field: str | None = None, /, **params: Any) -> dict[str, Any]:
    detail: dict[str, Any] = {"code": error_code, "message": message_for(error_code, **params)}
    if field is not None:
        detail["field"] = field
    return {"error": detail}


def error_response(status: int, error_code: str, field: str | None = None,
                   headers: dict[str, str] | None = None, /, **params: Any) -> JSONResponse:
    return JSONResponse(error_body(error_code, field, **params), status_code=status, headers=headers)


def install(app: FastAPI) -> None:
    @app.exception_handler(ServerError)
    async def on_server_error(_request: Request, err: ServerError) -> JSONResponse:
        headers = {"WWW-Authenticate": "Bearer"} if err.status == 401 else None
        return error_response(err.status, err.code, err.field, headers, **err.params)

    @app.exception_handler(RequestValidationError)
    async def on_invalid(_request: Request, err: RequestValidationError) -> JSONResponse:
        problems = err.errors()
        first = problems[0]
        unparsed_body = tuple(first.get("loc", ())) == ("body",) and isinstance(first.get("input"), (str, bytes))
        if unparsed_body or any(problem.get("type") == "json_invalid" for problem in problems):
            return error_response(400, "request.not_json")
        where = ".".join(str(part) for part in first.get("loc", ()) if part != "body")
        more = f" (+{len(problems) - 1})" if len(problems) > 1 else ""
        detail = f"{where}: {first.get('msg')}{more}" if where else f"{first.get('msg')}{more}"
        return error_response(422, "request.invalid", where or None, None, detail=detail)

    @app.exception_handler(StarletteHTTPException)
    async def on_http(request: Request, err: StarletteHTTPException) -> JSONResponse:
        if err.status_code == 404:
            return error_response(404, "request.not_found", path=request.url.path)
        if err.status_code == 405:
            return error_response(405, "request.method", path=request.url.path, method=request.method)
        return error_response(err.status_code, "request.invalid", detail=str(err.detail))


class BodyLimit:
    """Read the whole body up to its limit before the application sees it."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] in ("GET", "HEAD", "OPTIONS", "DELETE"):
            await self.app(scope, receive, send)
            return
        limit = wire.ATTACHMENT_MAX_BYTES if scope["path"].startswith(ATTACHMENTS_PATH) else wire.MAX_BODY_BYTES
        declared = _header(scope, b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > limit):
            await _refuse(send, limit)
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
                await _refuse(send, limit)
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


async def _refuse(send: Send, limit: int) -> None:
    body = json.dumps(error_body("request.too_large", None, max=limit), ensure_ascii=False).encode("utf-8")
    await send({"type": "http.response.start", "status": 413,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
                            (b"connection", b"close")]})
    await send({"type": "http.response.body", "body": body})
