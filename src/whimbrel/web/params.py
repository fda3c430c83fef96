"""Strict request parameters: dates that are dates, and no NUL anywhere.

`IsoDate` takes `YYYY-MM-DD` (or a date) and nothing else: pydantic alone would read `0`,
`0.0` or `1700000000` as a Unix timestamp. `refuse_nul` is an app-wide dependency that answers
422 for a NUL character in the path or any query parameter, before a handler can pass it to
a database (SQLite ends a LIKE pattern at NUL, so `q=%00` would match every row).
"""

from __future__ import annotations

import re
from datetime import date
from typing import Annotated, Any

from fastapi import Request
from pydantic import BeforeValidator

from whimbrel.web.errors import ApiError

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _date_only(value: Any) -> Any:
    if value is None or isinstance(value, date):
        return value
    if isinstance(value, str) and _ISO_DATE.fullmatch(value.strip()):
        return value.strip()
    raise ValueError("must be a date written YYYY-MM-DD")


IsoDate = Annotated[date, BeforeValidator(_date_only)]


def refuse_nul(request: Request) -> None:
    """Refuse a request whose path or query parameters hold a NUL character (422)."""
    if "\x00" in request.url.path:
        raise _nul("path")
    for name, value in request.query_params.multi_items():
        if "\x00" in name or "\x00" in value:
            raise _nul(f"query.{name.replace(chr(0), '?')}")


def _nul(where: str) -> ApiError:
    return ApiError(
        422,
        "invalid_request",
        f"{where}: contains a NUL character",
        [{"where": where, "problem": "contains a NUL character"}],
    )
