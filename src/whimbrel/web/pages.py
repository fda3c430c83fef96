"""The dashboard: server-rendered pages over the same queries as the API.

    /ui/                 overview: events per day by quad class, top dyads, top speakers
    /ui/dyad             a dyad's Goldstein line and event counts; bars link to their events
    /ui/events           the event list with filters, each with its highlighted evidence
    /ui/events/{pk}      one event
    /ui/articles/{pk}    the article text with actors, times, quotes and events highlighted

Forms submit with GET, so every view is a link; query strings are parsed leniently here (an
empty field means "no filter") and a bad value is a 400 page naming the field.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from pathlib import Path
from typing import Any, cast, get_args
from urllib.parse import parse_qs, urlencode, urlsplit

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates

from whimbrel import __version__
from whimbrel.events.ontology import label as cameo_label
from whimbrel.store import EventFilter
from whimbrel.store.query import Period, period_end
from whimbrel.web import charts, markup
from whimbrel.web.deps import TOKEN_COOKIE, check_token, require_read, state_of
from whimbrel.web.errors import ApiError

router = APIRouter(include_in_schema=False)
templates = Jinja2Templates(directory=Path(__file__).resolve().parent / "templates")
templates.env.globals.update(version=__version__, quad_names=charts.QUAD_NAMES)
templates.env.filters["cameo_label"] = cameo_label

CODE = re.compile(r"^[A-Za-z0-9]{2,24}$")
MODALITIES = ("asserted", "planned", "alleged", "negated", "hypothetical")
PAGE_SIZE = 25
OVERVIEW_DAYS = 90
MAX_CHART_DAYS = 1000


def _render(request: Request, name: str, status: int = 200, **context: Any) -> HTMLResponse:
    return templates.TemplateResponse(request, name, context, status_code=status)


def error_page(request: Request, error: ApiError) -> Response:
    """A dashboard error as a page; a missing token asks for it (the login form)."""
    if error.status_code == 401:
        return _render(request, "login.html", 401, message=error.message, next=request.url.path)
    return _render(request, "error.html", error.status_code, error=error, headers=error.headers)


class Form:
    """Lenient reading of a GET form: '' is absent, a bad value is a 400 naming the field."""

    def __init__(self, request: Request) -> None:
        self.params = request.query_params

    def text(self, name: str) -> str | None:
        value = self.params.get(name, "").strip()
        return value or None

    def code(self, name: str) -> str | None:
        value = self.text(name)
        if value is not None and not CODE.match(value):
            raise ApiError(400, "bad_request", f"{name}: {value!r} is not an actor or country code")
        return value.upper() if value else None

    def day(self, name: str) -> date | None:
        value = self.text(name)
        if value is None:
            return None
        try:
            return date.fromisoformat(value)
        except ValueError:
            raise ApiError(
                400, "bad_request", f"{name}: {value!r} is not a date YYYY-MM-DD"
            ) from None

    def number(self, name: str, low: float, high: float) -> float | None:
        value = self.text(name)
        if value is None:
            return None
        try:
            number = float(value)
        except ValueError:
            number = float("nan")
        if not low <= number <= high:
            raise ApiError(
                400, "bad_request", f"{name}: {value!r} is not a number in {low}..{high}"
            )
        return number

    def choice(self, name: str, options: tuple[str, ...]) -> str | None:
        value = self.text(name)
        if value is not None and value not in options:
            raise ApiError(
                400, "bad_request", f"{name}: {value!r} is not one of {', '.join(options)}"
            )
        return value

    def period(self, default_days: int, last_day: date | None) -> tuple[date, date]:
        end = self.day("to") or last_day or date.today()
        start = self.day("from") or end - timedelta(default_days - 1)
        if start > end:
            raise ApiError(400, "bad_request", f"from: {start} is after to: {end}")
        return start, end


def _query(**params: Any) -> str:
    return urlencode({k: v for k, v in params.items() if v not in (None, "")})


@router.get("/", include_in_schema=False)
def root() -> RedirectResponse:
    return RedirectResponse("/ui/", status_code=307)


@router.get("/ui/", response_class=HTMLResponse, dependencies=[Depends(require_read)])
def overview(request: Request) -> HTMLResponse:
    queries = state_of(request).queries
    _, last = queries.day_bounds()
    start, end = Form(request).period(OVERVIEW_DAYS, last)
    note = None
    if (end - start).days >= MAX_CHART_DAYS:
        start = end - timedelta(MAX_CHART_DAYS - 1)
        note = f"The chart shows the last {MAX_CHART_DAYS} days of the period."

    def href(day: date, quad: int) -> str:
        return "/ui/events?" + _query(**{"from": day, "to": day, "quad": quad})

    chart = charts.quad_class_bars(queries.daily_quad_counts(start, end), start, end, href)
    dyads = queries.top_dyads(start, end)
    return _render(
        request,
        "overview.html",
        chart=chart,
        start=start,
        end=end,
        note=note,
        dyads=[
            (
                d,
                "/ui/dyad?"
                + _query(source=d.source, target=d.target, **{"from": start, "to": end}),
            )
            for d in dyads
        ],
        speakers=queries.top_speakers(start, end),
        total=sum(n for _, _, n in queries.daily_quad_counts(start, end)),
    )


@router.get("/ui/dyad", response_class=HTMLResponse, dependencies=[Depends(require_read)])
def dyad(request: Request) -> HTMLResponse:
    state = state_of(request)
    form = Form(request)
    first, last = state.queries.day_bounds()
    start = form.day("from") or first
    end = form.day("to") or last
    if start and end and start > end:
        raise ApiError(400, "bad_request", f"from: {start} is after to: {end}")
    by = cast(Period, form.choice("by", get_args(Period)) or "day")
    pairs = state.queries.top_dyads(start, end, limit=25)
    source, target = form.code("source"), form.code("target")
    if (source is None or target is None) and pairs:
        source = source or pairs[0].source
        target = target or pairs[0].target
    periods = []
    if source and target:
        periods = state.store.dyad(source, target, by, EventFilter(start=start, end=end))

    def href(period: date) -> str:
        return "/ui/events?" + _query(
            source=source, target=target, **{"from": period, "to": period_end(period, by)}
        )

    goldstein, counts = charts.dyad_charts(periods, by, href)
    return _render(
        request,
        "dyad.html",
        source=source,
        target=target,
        start=start,
        end=end,
        by=by,
        pairs=pairs,
        goldstein=goldstein,
        counts=counts,
        periods=periods,
        events_href="/ui/events?"
        + _query(source=source, target=target, **{"from": start, "to": end}),
    )


def _event_filter(form: Form) -> tuple[EventFilter, dict[str, Any]]:
    start, end = form.day("from"), form.day("to")
    if start and end and start > end:
        raise ApiError(400, "bad_request", f"from: {start} is after to: {end}")
    root = form.text("root")
    if root is not None and not re.fullmatch(r"[0-9]{1,2}", root):
        raise ApiError(400, "bad_request", f"root: {root!r} is not a CAMEO root code (01-20)")
    quad = form.choice("quad", ("1", "2", "3", "4"))
    source, target = form.code("source"), form.code("target")
    modality = form.choice("modality", MODALITIES)
    min_confidence = form.number("min_confidence", 0.0, 1.0)
    where = EventFilter(
        start,
        end,
        source,
        target,
        root,
        min_confidence,
        modality=modality,
        quad_class=int(quad) if quad else None,
    )
    values = {
        "from": start,
        "to": end,
        "source": source,
        "target": target,
        "root": root,
        "modality": modality,
        "min_confidence": min_confidence,
        "quad": quad,
    }
    return where, values


@router.get("/ui/events", response_class=HTMLResponse, dependencies=[Depends(require_read)])
def events(request: Request) -> HTMLResponse:
    form = Form(request)
    where, values = _event_filter(form)
    page = int(form.number("page", 1, 10**6) or 1)
    rows, total = state_of(request).queries.event_page(where, PAGE_SIZE, (page - 1) * PAGE_SIZE)
    pages = max(1, -(-total // PAGE_SIZE))

    def page_href(n: int) -> str:
        return "/ui/events?" + _query(**values, page=n)

    return _render(
        request,
        "events.html",
        rows=[(r, markup.evidence_segments(r)) for r in rows],
        values=values,
        modalities=MODALITIES,
        total=total,
        page=page,
        pages=pages,
        prev_href=page_href(page - 1) if page > 1 else None,
        next_href=page_href(page + 1) if page < pages else None,
    )


@router.get(
    "/ui/events/{event_pk}", response_class=HTMLResponse, dependencies=[Depends(require_read)]
)
def event_page(request: Request, event_pk: int) -> HTMLResponse:
    found = state_of(request).queries.event(event_pk)
    if found is None:
        raise ApiError(404, "not_found", f"no event {event_pk}")
    event, row = found
    return _render(
        request, "event.html", event=event, row=row, segments=markup.evidence_segments(row)
    )


def _safe_url(url: str | None) -> str | None:
    """An article URL as a link only when it is http(s): stored URLs are untrusted."""
    if not url:
        return None
    return url if urlsplit(url).scheme in ("http", "https") else None


@router.get(
    "/ui/articles/{article_pk}", response_class=HTMLResponse, dependencies=[Depends(require_read)]
)
def article_page(request: Request, article_pk: int) -> HTMLResponse:
    queries = state_of(request).queries
    found = queries.article(article_pk)
    if found is None:
        raise ApiError(404, "not_found", f"no article {article_pk}")
    coded, info = found
    rows, _ = queries.event_page(EventFilter(article_pk=article_pk), limit=10_000)
    # Stored events keep the article's event order (`ordinal`), so row i is coded.events[i].
    pk_by_ordinal = {r.event_id: r.event_pk for r in rows}
    anchors = [
        f"event-{pk_by_ordinal[e.id]}" if e.id in pk_by_ordinal else None for e in coded.events
    ]
    layers = markup.article_layers(coded, anchors)
    return _render(
        request,
        "article.html",
        coded=coded,
        info=info,
        url=_safe_url(coded.article.url),
        segments=markup.segments(coded.article.text, layers),
        rows=rows,
    )


@router.get("/ui/login", response_class=HTMLResponse)
def login_form(request: Request) -> HTMLResponse:
    return _render(request, "login.html", message=None, next=request.query_params.get("next"))


@router.post("/ui/login", response_class=HTMLResponse)
async def login(request: Request) -> Response:
    """Check the token and keep it in an HttpOnly cookie, so the dashboard can read."""
    form = parse_qs((await request.body()).decode("utf-8", "replace"))
    token = (form.get("token") or [""])[0]
    target = (form.get("next") or ["/ui/"])[0]
    if not target.startswith("/ui") or "//" in target:
        target = "/ui/"
    try:
        check_token(state_of(request).web.api_token, token, "reading")
    except ApiError as err:
        return _render(request, "login.html", err.status_code, message=err.message, next=target)
    response = RedirectResponse(target, status_code=303)
    response.set_cookie(TOKEN_COOKIE, token, httponly=True, samesite="strict")
    return response
