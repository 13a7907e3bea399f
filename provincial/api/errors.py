"""Every answer that is not a success has the shape wire.ErrorBody, with a Vietnamese sentence."""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from desk_app.messages import message_for
from desk_app.sync import wire
from provincial.errors import ServerError


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
        if err.status == 429 and "seconds" in err.params:
            headers = {wire.RETRY_AFTER_HEADER: str(err.params["seconds"])}
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
