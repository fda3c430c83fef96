"""What every request depends on: the shared state and the token checks.

    state = state_of(request)                         # the store, settings, queries, coder
    @router.get("/x", dependencies=[Depends(require_read)])

The API (`api.py`) and the pages (`pages.py`) import this module; `app.py` puts a `WebState`
on the application when it creates it. A token comes from an `Authorization: Bearer` header,
else from the dashboard's login cookie.
"""

from __future__ import annotations

import secrets
import threading
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Annotated

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from whimbrel.records import Article, CodedArticle
from whimbrel.settings import Settings
from whimbrel.store import Store
from whimbrel.store.dashboard import Dashboard
from whimbrel.web.config import WebSettings
from whimbrel.web.errors import ApiError

if TYPE_CHECKING:
    from whimbrel.pipeline import Coder

TOKEN_COOKIE = "whimbrel_token"


@dataclass
class WebState:
    """What every request shares: the store, the settings and the (lazily loaded) coder."""

    store: Store
    settings: Settings
    web: WebSettings
    coder: Coder | None = None
    queries: Dashboard = field(init=False)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def __post_init__(self) -> None:
        self.queries = Dashboard(self.store.engine)

    def code(self, article: Article) -> CodedArticle:
        # One coder per process, and one article at a time through it: spaCy pipelines are
        # not documented as thread-safe, and FastAPI runs sync endpoints in a thread pool.
        with self._lock:
            if self.coder is None:
                # Loaded on first use: serving stored data needs no model in memory.
                from whimbrel.pipeline import Coder

                self.coder = Coder.load(self.settings)
            return self.coder.code(article)


def state_of(request: Request) -> WebState:
    return request.app.state.whimbrel


bearer = HTTPBearer(auto_error=False, description="The API token (WHIMBREL_API_TOKEN).")


def _given_token(request: Request, credentials: HTTPAuthorizationCredentials | None) -> str | None:
    if credentials is not None and credentials.scheme.lower() == "bearer":
        return credentials.credentials
    return request.cookies.get(TOKEN_COOKIE)


def check_token(expected: str | None, given: str | None, what: str) -> None:
    if expected is None:
        raise ApiError(
            503,
            "writes_disabled",
            f"{what} is disabled: no API token is configured on the server "
            "(set WHIMBREL_API_TOKEN)",
        )
    if not given:
        raise ApiError(
            401,
            "missing_token",
            f"{what} needs the API token: send 'Authorization: Bearer <token>'",
            headers={"WWW-Authenticate": "Bearer"},
        )
    if not secrets.compare_digest(given.encode("utf-8"), expected.encode("utf-8")):
        raise ApiError(403, "bad_token", "the API token is wrong")


Credentials = Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)]


def require_write(request: Request, credentials: Credentials) -> None:
    """Writes always need the configured token; without one they are refused."""
    check_token(state_of(request).web.api_token, _given_token(request, credentials), "writing")


def require_read(request: Request, credentials: Credentials) -> None:
    """Reads need the token only when WHIMBREL_API_READS=token."""
    web = state_of(request).web
    if web.reads == "token":
        check_token(web.api_token, _given_token(request, credentials), "reading")
