"""HTTP errors: one JSON body shape for every API error, an HTML page for the dashboard.

Every error a client sees, whatever raised it, has this body (datasette's `error_body`):

    {"error": {"status": 422, "code": "invalid_request", "message": "one line",
               "details": [{"where": "query.limit", "problem": "..."}]}}

Stack traces never reach a client: an unexpected exception becomes a 500 with a fixed message
and is logged on the server. Dashboard requests get an HTML page instead, drawn by the page
function the app passes to `error_handler` (this module imports no other part of `web`).
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Mapping
from typing import Any

from fastapi import Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from whimbrel.errors import InputError, ModelError

log = logging.getLogger("whimbrel.web")

# Default machine-readable codes for statuses raised without one (e.g. Starlette's 404/405).
STATUS_CODES = {
    400: "bad_request",
    401: "missing_token",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    409: "conflict",
    413: "request_too_large",
    415: "unsupported_media_type",
    422: "invalid_request",
    500: "internal_error",
    503: "unavailable",
}


class ApiError(StarletteHTTPException):
    """An error with a status, a machine-readable code and a one-line message.

    A subclass of Starlette's HTTPException so FastAPI passes it through untouched, even from
    inside request-body parsing (the body size limit raises it there).
    """

    def __init__(
        self,
        status: int,
        code: str,
        message: str,
        details: list[dict[str, Any]] | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(status_code=status, detail=message, headers=headers)
        self.code = code
        self.message = message
        self.details = details or []


def error_body(
    status: int, code: str, message: str, details: list[dict[str, Any]] | None = None
) -> dict[str, Any]:
    return {"error": {"status": status, "code": code, "message": message, "details": details or []}}


def json_error(
    status: int,
    code: str,
    message: str,
    details: list[dict[str, Any]] | None = None,
    headers: Mapping[str, str] | None = None,
) -> JSONResponse:
    return JSONResponse(
        jsonable_encoder(error_body(status, code, message, details)),
        status_code=status,
        headers=dict(headers) if headers else None,
    )


def _where(loc: tuple[Any, ...] | list[Any]) -> str:
    return ".".join(str(part) for part in loc)


def validation_details(exc: RequestValidationError) -> list[dict[str, Any]]:
    return [
        {"where": _where(error.get("loc", ())), "problem": str(error.get("msg", "invalid"))}
        for error in exc.errors()
    ]


def as_api_error(exc: Exception) -> ApiError:
    """The ApiError a client should see for `exc`."""
    if isinstance(exc, ApiError):
        return exc
    if isinstance(exc, RequestValidationError):
        details = validation_details(exc)
        first = details[0] if details else {"where": "request", "problem": "invalid"}
        more = f" (and {len(details) - 1} more)" if len(details) > 1 else ""
        return ApiError(
            422, "invalid_request", f"{first['where']}: {first['problem']}{more}", details
        )
    if isinstance(exc, StarletteHTTPException):
        code = STATUS_CODES.get(exc.status_code, "http_error")
        message = exc.detail if isinstance(exc.detail, str) else code.replace("_", " ")
        return ApiError(exc.status_code, code, message, headers=exc.headers)
    if isinstance(exc, InputError):
        return ApiError(400, "bad_input", str(exc))
    if isinstance(
        exc, ModelError
    ):  # the coder cannot load: the service, not the client, is at fault
        return ApiError(503, "coder_unavailable", "the coder is unavailable (see the server log)")
    return ApiError(500, "internal_error", "internal server error (logged on the server)")


def is_page(request: Request) -> bool:
    """Whether `request` is for a dashboard page (errors render as HTML there)."""
    return request.url.path == "/" or request.url.path.startswith("/ui")


ErrorPage = Callable[[Request, ApiError], Response]
ErrorHandler = Callable[[Request, Exception], Awaitable[Response]]


def error_handler(page: ErrorPage) -> ErrorHandler:
    """The app's exception handler: the JSON error body, or `page` for a dashboard request."""

    async def handle_error(request: Request, exc: Exception) -> Response:
        error = as_api_error(exc)
        if error.status_code >= 500:
            log.error("error serving %s %s", request.method, request.url.path, exc_info=exc)
        if is_page(request):
            return page(request, error)
        return json_error(
            error.status_code, error.code, error.message, error.details, error.headers
        )

    return handle_error
