"""The web server's settings: API token, read protection, request size limit.

Read from the environment (``WHIMBREL_API_*``) by `WebSettings.from_env`; `whimbrel serve`
takes the database URL from `--db` or the core `Settings`. There is never a default token:
without `WHIMBREL_API_TOKEN` every write is refused.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, replace

from whimbrel.errors import InputError

READ_POLICIES = ("open", "token")


@dataclass(frozen=True)
class WebSettings:
    # The bearer token writes (POST /code, POST /articles) need; None refuses all writes.
    api_token: str | None = None
    # "open": anyone may read; "token": reads (API and dashboard) need the token too.
    reads: str = "open"
    # Largest request body accepted, in bytes.
    max_body_bytes: int = 1_000_000
    # Largest page of events one request may ask for.
    max_page_size: int = 500

    def __post_init__(self) -> None:
        if self.reads not in READ_POLICIES:
            raise InputError("WHIMBREL_API_READS", f"{self.reads!r} is not one of open, token")
        if self.max_body_bytes < 1024:
            raise InputError("WHIMBREL_API_MAX_BODY", "must be at least 1024 bytes")
        if self.api_token is not None and len(self.api_token) < 16:
            raise InputError("WHIMBREL_API_TOKEN", "too short: use at least 16 characters")

    @classmethod
    def from_env(cls, env: dict[str, str] | None = None) -> WebSettings:
        env = dict(os.environ if env is None else env)
        base = cls()
        max_body = env.get("WHIMBREL_API_MAX_BODY", str(base.max_body_bytes))
        if not max_body.isdigit():
            raise InputError("WHIMBREL_API_MAX_BODY", f"{max_body!r} is not a number of bytes")
        return replace(
            base,
            api_token=env.get("WHIMBREL_API_TOKEN") or None,
            reads=env.get("WHIMBREL_API_READS", base.reads),
            max_body_bytes=int(max_body),
        )
