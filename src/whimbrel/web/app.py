"""The ASGI application: the JSON API and the dashboard over one store.

    app = create_app(database_url="sqlite:///whimbrel.sqlite")   # uvicorn serves `app`

`create_app` opens the store (migrating it), puts the shared state (`deps.WebState`) on the
app, wires the API (`api.py`) and the pages (`pages.py`), the error handler (`errors.py`,
rendering dashboard errors with `pages.error_page`), a request size limit and security
headers. The coder (the spaCy pipeline) is loaded on the first request that codes text, once.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from fastapi import Depends, FastAPI
from fastapi.exceptions import RequestValidationError
from fastapi.staticfiles import StaticFiles
from fastapi_offline import FastAPIOffline
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from whimbrel import __version__
from whimbrel.errors import InputError, ModelError
from whimbrel.settings import Settings
from whimbrel.store import Store
from whimbrel.web import api, pages
from whimbrel.web.config import WebSettings
from whimbrel.web.deps import WebState
from whimbrel.web.errors import ApiError, error_body, error_handler
from whimbrel.web.params import refuse_nul

if TYPE_CHECKING:
    from whimbrel.pipeline import Coder

STATIC = Path(__file__).resolve().parent / "static"


class BodyLimit:
    """Refuse request bodies over `max_bytes` with 413, by header and while streaming."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers") or [])
        declared = headers.get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > self.max_bytes):
            await self._refuse(send)
            return
        received = 0

        async def limited() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_bytes:
                    raise self._too_large()
            return message

        await self.app(scope, limited, send)

    def _too_large(self) -> ApiError:
        return ApiError(413, "request_too_large", f"request body is over {self.max_bytes} bytes")

    async def _refuse(self, send: Send) -> None:
        from fastapi.responses import JSONResponse

        error = self._too_large()
        response = JSONResponse(error_body(413, error.code, error.message), status_code=413)
        await response({"type": "http"}, _no_receive, send)


async def _no_receive() -> Message:
    return {"type": "http.disconnect"}


CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)
# The API docs (Swagger UI, ReDoc; served from the pinned `fastapi-offline` package, never a
# CDN) start from an inline script and inline styles, and ReDoc searches in a blob: worker.
# These pages show only the OpenAPI document, no stored text, so only they get this policy.
DOCS_PATHS = ("/docs", "/redoc")
DOCS_CSP = (
    "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; worker-src 'self' blob:; object-src 'none'; base-uri 'none'; "
    "form-action 'self'; frame-ancestors 'none'"
)


class SecurityHeaders:
    """Headers that keep untrusted article text inert even if escaping ever slipped."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        path = scope.get("path", "")
        policy = DOCS_CSP if path.startswith(DOCS_PATHS) else CSP

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                headers += [
                    (b"content-security-policy", policy.encode()),
                    (b"x-content-type-options", b"nosniff"),
                    (b"referrer-policy", b"no-referrer"),
                    (b"x-frame-options", b"DENY"),
                ]
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, with_headers)


@asynccontextmanager
async def _stop_coding_at_shutdown(app: FastAPI) -> AsyncIterator[None]:
    yield
    app.state.whimbrel.coding.close()


def create_app(
    database_url: str | None = None,
    *,
    settings: Settings | None = None,
    web: WebSettings | None = None,
    store: Store | None = None,
    coder: Coder | None = None,
) -> FastAPI:
    """The app over `store` (or the store at `database_url`, else `settings.database_url`)."""
    settings = settings or Settings.from_env()
    web = web or WebSettings.from_env()
    if web.reads == "token" and web.api_token is None:
        raise InputError("WHIMBREL_API_READS", "is 'token' but no WHIMBREL_API_TOKEN is configured")
    store = store or Store.open(database_url or settings.database_url)
    app = FastAPIOffline(
        dependencies=[Depends(refuse_nul)],
        lifespan=_stop_coding_at_shutdown,
        # Swagger UI at /docs and ReDoc at /redoc, their scripts served from the package
        # (under /static-offline-docs): the API docs work offline, like the dashboard.
        title="whimbrel",
        version=__version__,
        description="Political event data from news text: code articles, store them, query "
        "events and dyads. Writes need the API token (`Authorization: Bearer ...`); every "
        'error has the body `{"error": {"status", "code", "message", "details"}}`.',
    )
    app.state.whimbrel = WebState(store=store, settings=settings, web=web, coder=coder)
    handlers: list[Any] = [
        StarletteHTTPException,
        RequestValidationError,
        InputError,
        ModelError,
        Exception,
    ]
    handle_error = error_handler(pages.error_page)
    for kind in handlers:
        app.add_exception_handler(kind, handle_error)
    app.add_middleware(BodyLimit, max_bytes=web.max_body_bytes)
    app.add_middleware(SecurityHeaders)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    app.include_router(api.router)
    app.include_router(pages.router)
    return app


def serve(database_url: str | None, host: str, port: int, console: Any = None) -> None:
    """Run the app under uvicorn until interrupted (`whimbrel serve`)."""
    import uvicorn

    web = WebSettings.from_env()
    app = create_app(database_url, web=web)
    if console is not None:
        state: WebState = app.state.whimbrel
        writes = "enabled" if web.api_token else "disabled (set WHIMBREL_API_TOKEN)"
        console.print(
            f"whimbrel on http://{host}:{port}/ui/ (API docs /docs, /redoc) over "
            f"{state.store.backend}; reads {web.reads}, writes {writes}",
            highlight=False,
        )
    app.state.whimbrel.coding.start()  # workers load the model while the server starts
    # On SIGTERM, requests still running after 3 s are cancelled (their workers killed).
    uvicorn.run(
        app,
        host=host,
        port=port,
        log_level="info",
        proxy_headers=False,
        timeout_graceful_shutdown=3,
    )
