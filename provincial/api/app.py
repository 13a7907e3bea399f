"""The desk API (`/api/v1`, wire.py's contract) as a FastAPI application.

Handlers are plain functions run in the thread pool: each is a few short statements against the
database, and the pool of connections is sized to the pool of threads. Nothing is kept between
requests but the engine, so any number of processes can serve one PostgreSQL.
"""

from __future__ import annotations

import gc
import json
import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import datetime, timezone
from importlib import metadata
from typing import Annotated, Any

from anyio import to_thread
from fastapi import Depends, FastAPI, Query, Request, Response
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import StringConstraints, ValidationError
from starlette.concurrency import run_in_threadpool
from sqlalchemy import Engine, select

from desk_app.domain.dossier_code import canonical_dossier_code, parse_dossier_code
from desk_app.domain.errors import DomainError
from desk_app.sync import wire
from desk_app.sync.wire_fields import Sha256
from provincial import attachments, backoffice, cursor, devices, feed, leases, places, push
from provincial.api import errors
from provincial.api.gate import RequestGate, bearer_token
from provincial.db import ENV_DB, make_engine, pool_capacity
from provincial.errors import ServerError
from provincial.schema import dossiers

try:
    VERSION = metadata.version("mot-cua-desk")
except metadata.PackageNotFoundError:
    VERSION = "0"

_ERRORS: dict[int | str, dict[str, Any]] = {code: {"model": wire.ErrorBody} for code in (400, 401, 403, 404, 409, 413, 422)}


def gated_device(request: Request) -> devices.Device:
    """The device the request gate found for this request's token (api/gate.py)."""
    return request.state.device


GatedDevice = Annotated[devices.Device, Depends(gated_device)]


def create_app(db_url: str, engine: Engine | None = None) -> FastAPI:
    engine = engine or make_engine(db_url)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        # As many handler threads as database connections: with anyio's default of 40 threads on
        # 20 connections, the pushes of 2,000 desks waited seconds (p50 about 3 s, against 78 ms
        # with the two equal).
        to_thread.current_default_thread_limiter().total_tokens = pool_capacity(engine)
        # The cycle collector's pauses were the slowest pushes of a province (the 99th percentile
        # halved without them): the objects loaded at start-up are set aside for good, and a
        # collection waits for far more new objects than Python's default 700.
        gc.collect()
        gc.freeze()
        gc.set_threshold(20_000, 20, 20)
        yield

    app = FastAPI(title="Hệ thống một cửa tỉnh — API cho quầy", version=VERSION, docs_url="/docs",
                  openapi_url="/openapi.json", responses=_ERRORS, lifespan=lifespan)
    app.state.engine = engine
    errors.install(app)

    # Reads that are one statement each need no transaction: on autocommit a pull costs two round
    # trips to the database instead of four (BEGIN and the ROLLBACK at release are gone).
    reader = engine.execution_options(isolation_level="AUTOCOMMIT")

    def device_of(token: str | None) -> devices.Device:
        with reader.connect() as connection:
            return devices.authenticate(connection, token)

    app.add_middleware(RequestGate, authenticate=device_of)

    prefix = wire.API_PREFIX

    @app.get(prefix + "/health", response_model=wire.Health)
    async def health() -> wire.Health:
        return wire.Health(status="ok", version=VERSION, time=datetime.now(timezone.utc))

    @app.post(prefix + "/devices", response_model=wire.RegisterResponse,
              responses={429: {"model": wire.ErrorBody}})
    def register(body: wire.RegisterRequest, request: Request) -> wire.RegisterResponse:
        """A desk that registers again sends its current token (Authorization), which proves it is
        the device it names; the client address is counted by the sign-in throttle."""
        address = request.client.host if request.client else None
        return devices.register(engine, body, bearer_token(request.scope), address)

    @app.get(prefix + "/devices/me", response_model=wire.DeviceInfo)
    def me(device: GatedDevice) -> wire.DeviceInfo:
        with engine.connect() as connection:
            return devices.device_info(connection, device)

    @app.delete(prefix + "/devices/me", status_code=204)
    def revoke_me(device: GatedDevice) -> Response:
        with engine.begin() as connection:
            devices.revoke(connection, device.id)
        return Response(status_code=204)

    @app.post(prefix + "/operations", response_model=wire.PushResponse,
              openapi_extra={"requestBody": {"required": True, "content": {"application/json": {
                  "schema": {"$ref": "#/components/schemas/PushRequest"}}}}})
    async def operations(request: Request, device: GatedDevice) -> Response:
        """The body is parsed straight from its bytes by pydantic: a batch of 500 intakes is the
        heaviest request a desk sends, and this halves its cost."""
        try:
            body = wire.PushRequest.model_validate_json(await request.body())
        except ValidationError as err:
            raise RequestValidationError(err.errors(include_url=False)) from None
        results = await run_in_threadpool(push.push, engine, device, body.operations)
        return Response(wire.PushResponse.model_construct(results=results).model_dump_json().encode(),
                        media_type="application/json")

    @app.get(prefix + "/feed", response_model=wire.FeedPage)
    def pull(device: GatedDevice,
             cursor_text: Annotated[str | None, Query(alias="cursor", max_length=1000)] = None,
             limit: Annotated[int, Query(ge=1, le=wire.MAX_PAGE)] = wire.DEFAULT_PAGE) -> Response:
        with reader.connect() as connection:
            position = cursor.decode(connection, device.agency_code, cursor_text)
            page = feed.read_page(connection, device.agency_code, device.id, position.global_seq,
                                  position.agency_seq, limit)
            next_cursor = cursor.encode(connection, device.agency_code,
                                        cursor.Position(page.global_seq, page.agency_seq))
        # The entries' data is stored as JSON text and goes into the answer as it is, once it is
        # known to be JSON: a stored entry that is not (a row damaged by hand) goes out as null, for
        # the desk to set aside, instead of spoiling the whole page.
        parts = [f'{{"kind":{json.dumps(kind)},"key":{json.dumps(key, ensure_ascii=False)},'
                 f'"data":{feed.readable(data)}}}' for kind, key, data in page.entries]
        body = f'{{"entries":[{",".join(parts)}],"cursor":"{next_cursor}","more":{"true" if page.more else "false"}}}'
        return Response(body.encode("utf-8"), media_type="application/json")

    @app.post(prefix + "/leases", response_model=wire.LeaseResponse)
    def lease(body: wire.LeaseRequest, device: GatedDevice) -> wire.LeaseResponse:
        return leases.grant(engine, device, body)

    @app.post(prefix + "/places", response_model=wire.PlacesResponse)
    def hold_places(body: wire.PlacesRequest, device: GatedDevice) -> wire.PlacesResponse:
        return places.grant(engine, device, body)

    @app.get(prefix + "/dossiers/{code}")
    def dossier(code: Annotated[str, StringConstraints(max_length=40)], device: GatedDevice) -> dict[str, Any]:
        """The dossier as `provincial dossier show --json` prints it; only the device's own agency's,
        and only by its code as printed."""
        try:
            agency = parse_dossier_code(canonical_dossier_code(code)).agency_code
        except DomainError as err:
            raise ServerError("request.invalid", 422, field="code", detail=str(err)) from None
        with engine.connect() as connection:
            owner = connection.execute(select(dossiers.c.agency_code).where(dossiers.c.code == code)).scalar()
            if agency != device.agency_code or (owner is not None and owner != device.agency_code):
                raise ServerError("auth.other_agency", 403, code=code)
            return backoffice.dossier_json(connection, code)

    @app.head(prefix + "/attachments/{sha256}")
    def attachment_state(sha256: Sha256, device: GatedDevice) -> Response:
        found = attachments.state(engine, device.agency_code, sha256)
        if found is None:
            return Response(status_code=404)
        return Response(status_code=200, headers={wire.UPLOAD_OFFSET_HEADER: str(found.received),
                                                  wire.UPLOAD_LENGTH_HEADER: str(found.length)})

    @app.put(prefix + "/attachments/{sha256}")
    async def attachment_upload(sha256: Sha256, request: Request, device: GatedDevice) -> Response:
        offset = _int_header(request, wire.UPLOAD_OFFSET_HEADER) or 0
        length = _int_header(request, wire.UPLOAD_LENGTH_HEADER)
        data = await request.body()
        done = await run_in_threadpool(attachments.put, engine, device.agency_code, sha256, length, offset, data)
        return JSONResponse({"sha256": done.sha256, "length": done.length, "received": done.received,
                             "complete": done.complete},
                            headers={wire.UPLOAD_OFFSET_HEADER: str(done.received),
                                     wire.UPLOAD_LENGTH_HEADER: str(done.length)})

    _document_push_body(app)
    return app


def _document_push_body(app: FastAPI) -> None:
    """The push endpoint reads its body itself; put PushRequest and its parts in the OpenAPI schemas."""
    build = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            schema = build()
            body = wire.PushRequest.model_json_schema(ref_template="#/components/schemas/{model}")
            components = schema.setdefault("components", {}).setdefault("schemas", {})
            components.update(body.pop("$defs", {}))
            components["PushRequest"] = body
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]


def _int_header(request: Request, name: str) -> int | None:
    value = request.headers.get(name)
    if value is None:
        return None
    if not (value.strip().isascii() and value.strip().isdigit()) or len(value.strip()) > 40:
        raise ServerError("attachment.length" if name == wire.UPLOAD_LENGTH_HEADER else "attachment.offset",
                          422 if name == wire.UPLOAD_LENGTH_HEADER else 409, field=name, offset=value, expected="?")
    return int(value)


def app_from_env() -> FastAPI:
    """The factory uvicorn's worker processes call: the database URL comes from PROVINCIAL_DB."""
    return create_app(os.environ[ENV_DB])
