"""The dashboard: server-rendered pages over the same queries as the API.

    /ui/                 overview: events per period by quad class over the whole stored
                         range, escalation alerts, undated events, top dyads, top speakers
    /ui/dyad             a dyad's Goldstein line and event counts; bars link to their events
    /ui/events           the event list with filters, facets, sorting and downloads
    /ui/events/download  the filtered events as CSV, JSONL or Parquet (`whimbrel export`)
    /ui/map              the filtered events on a world map, by place or target country
    /ui/events/{pk}      one event
    /ui/articles/{pk}    the article text with actors, times, quotes and events highlighted

Forms submit with GET, so every view is a link; query strings are parsed leniently here (an
empty field means "no filter") and a bad value is a 400 page naming the field.
"""

from __future__ import annotations

import os
import re
import tempfile
from datetime import date
from pathlib import Path
from typing import Any, cast
from urllib.parse import parse_qs, urlencode, urlsplit

from fastapi import APIRouter, Depends, Request
from fastapi.responses import FileResponse, HTMLResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates
from markupsafe import Markup
from starlette.background import BackgroundTask

from whimbrel import __version__, alerts, export
from whimbrel.events.ontology import label as cameo_label
from whimbrel.periods import GRANULARITIES, Granularity, period_count
from whimbrel.store import EventFilter
from whimbrel.store.query import SORTS, Sort, period_end
from whimbrel.web import charts, markup, worldmap
from whimbrel.web.deps import TOKEN_COOKIE, check_token, require_read, state_of
from whimbrel.web.errors import ApiError

router = APIRouter(include_in_schema=False)
templates = Jinja2Templates(directory=Path(__file__).resolve().parent / "templates")
templates.env.globals.update(version=__version__, quad_names=charts.QUAD_NAMES)
templates.env.filters["cameo_label"] = cameo_label

CODE = re.compile(r"^[A-Za-z0-9]{2,24}$")
MODALITIES = ("asserted", "planned", "alleged", "negated", "hypothetical")
PAGE_SIZE = 25
ALERTS_SHOWN = 10
UNDATED_SHOWN = 10
DOWNLOADS = {
    "csv": "text/csv",
    "jsonl": "application/x-ndjson",
    "parquet": "application/vnd.apache.parquet",
}


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

    def range(self) -> tuple[date | None, date | None]:
        start, end = self.day("from"), self.day("to")
        if start and end and start > end:
            raise ApiError(400, "bad_request", f"from: {start} is after to: {end}")
        return start, end

    def granularity(self) -> Granularity | None:
        return cast(Granularity | None, self.choice("by", GRANULARITIES))


def _query(**params: Any) -> str:
    return urlencode({k: v for k, v in params.items() if v not in (None, "")})


@router.get("/", include_in_schema=False)
def root() -> RedirectResponse:
    return RedirectResponse("/ui/", status_code=307)


def _chart_range(
    start: date | None, end: date | None, bounds: tuple[date, date]
) -> tuple[date, date]:
    """The range a chart draws: `from`..`to` as asked, each defaulting to the stored data's
    bounds; a range too long to draw even by year (1 January 0001 to 9999...) shrinks to the
    data it holds."""
    first, last = start or bounds[0], end or bounds[1]
    if period_count(first, last, "year") > charts.MAX_BARS:
        return bounds
    return first, last


def _alert_granularity(by: Granularity) -> Granularity:
    # A day is too short a period to have a baseline of its own: alerts count weeks at least.
    return "week" if by == "day" else by


@router.get("/ui/", response_class=HTMLResponse, dependencies=[Depends(require_read)])
def overview(request: Request) -> HTMLResponse:
    state = state_of(request)
    queries = state.queries
    form = Form(request)
    start, end = form.range()
    wanted = form.granularity()
    where = EventFilter(start=start, end=end, dated=True)
    bounds = queries.bounds(where)
    undated_where = EventFilter(dated=False)
    undated_rows, undated = queries.event_page(undated_where, UNDATED_SHOWN)
    chart, note, by, found, first, last = None, None, wanted or "month", [], start, end
    if bounds is not None:
        first, last = _chart_range(start, end, bounds)
        by = charts.fit_granularity(first, last, wanted)
        if wanted is not None and by != wanted:
            note = f"{first} to {last} has too many {wanted}s to draw: shown by {by}."

        def href(period: date, quad: int) -> str:
            return "/ui/events?" + _query(
                **{"from": period, "to": period_end(period, by), "quad": quad}
            )

        counts = queries.period_quad_counts(by, where)
        chart = charts.quad_class_bars(counts, first, last, by, href)
        with state.store.engine.connect() as conn:
            found = alerts.stored_alerts(
                conn, _alert_granularity(by), since=first, until=last, where=where
            )[:ALERTS_SHOWN]
    dyads = queries.top_dyads(start, end)
    return _render(
        request,
        "overview.html",
        chart=chart,
        start=first,
        end=last,
        by=by,
        granularities=GRANULARITIES,
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
        total=queries.count(where),
        alerts=[(a, _alert_href(a)) for a in found],
        undated=undated,
        undated_rows=undated_rows,
    )


def _alert_href(found: alerts.StoredAlert) -> str:
    where = found.events
    return "/ui/events?" + _query(
        source=where.source, target=where.target, **{"from": where.start, "to": where.end}
    )


@router.get("/ui/dyad", response_class=HTMLResponse, dependencies=[Depends(require_read)])
def dyad(request: Request) -> HTMLResponse:
    state = state_of(request)
    form = Form(request)
    start, end = form.range()
    wanted = form.granularity()
    pairs = state.queries.top_dyads(start, end, limit=25)
    source, target = form.code("source"), form.code("target")
    if (source is None or target is None) and pairs:
        source = source or pairs[0].source
        target = target or pairs[0].target
    periods = []
    by: Granularity = wanted or "month"
    note = None
    where = EventFilter(start=start, end=end, dated=True)
    bounds = state.queries.bounds(where)
    first, last = start, end
    if source and target and bounds is not None:
        first, last = _chart_range(start, end, bounds)
        by = charts.fit_granularity(first, last, wanted)
        if wanted is not None and by != wanted:
            note = f"{first} to {last} has too many {wanted}s to draw: shown by {by}."
        periods = state.store.dyad(source, target, by, where)

    def href(period: date) -> str:
        return "/ui/events?" + _query(
            source=source, target=target, **{"from": period, "to": period_end(period, by)}
        )

    goldstein, counts = charts.Chart("", 0), charts.Chart("", 0)
    if first is not None and last is not None:
        goldstein, counts = charts.dyad_charts(periods, first, last, by, href)
    return _render(
        request,
        "dyad.html",
        source=source,
        target=target,
        start=first,
        end=last,
        by=by,
        granularities=GRANULARITIES,
        note=note,
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
    country, place_country = form.code("country"), form.code("place_country")
    place = form.text("place")
    undated = form.choice("undated", ("1",))
    where = EventFilter(
        start,
        end,
        source,
        target,
        root,
        min_confidence,
        modality=modality,
        quad_class=int(quad) if quad else None,
        dated=False if undated else None,
        country=country,
        place_country=place_country,
        place=place,
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
        "country": country,
        "place_country": place_country,
        "place": place,
        "undated": undated,
    }
    return where, values


FACET_TITLES = {
    "root": "CAMEO root",
    "quad_class": "quad class",
    "modality": "modality",
    "country": "country",
}
# The event-list parameter each facet narrows by.
FACET_PARAMS = {"root": "root", "quad_class": "quad", "modality": "modality", "country": "country"}


@router.get("/ui/events", response_class=HTMLResponse, dependencies=[Depends(require_read)])
def events(request: Request) -> HTMLResponse:
    form = Form(request)
    where, values = _event_filter(form)
    sort = cast(Sort, form.choice("sort", SORTS) or "date")
    page = int(form.number("page", 1, 10**6) or 1)
    queries = state_of(request).queries
    rows, total = queries.event_page(where, PAGE_SIZE, (page - 1) * PAGE_SIZE, sort)
    pages = max(1, -(-total // PAGE_SIZE))
    # Undated events have no day, so a date range never holds them: say how many the other
    # filters select, and link to them.
    undated = queries.count(where.undated())

    def page_href(n: int) -> str:
        return "/ui/events?" + _query(**values, sort=None if sort == "date" else sort, page=n)

    def narrowed(**change: Any) -> str:
        return "/ui/events?" + _query(**{**values, **change}, sort=None if sort == "date" else sort)

    facets = [
        (
            FACET_TITLES[name],
            [
                (
                    f,
                    charts.QUAD_NAMES[int(f.value)] if name == "quad_class" else f.value,
                    narrowed(**{FACET_PARAMS[name]: f.value}),
                )
                for f in found[:12]
            ],
        )
        for name, found in queries.facets(where).items()
    ]
    return _render(
        request,
        "events.html",
        rows=[(r, markup.evidence_segments(r)) for r in rows],
        values=values,
        modalities=MODALITIES,
        total=total,
        page=page,
        pages=pages,
        sort=sort,
        sorts=SORTS,
        facets=facets,
        undated=undated,
        undated_href=narrowed(**{"from": None, "to": None, "undated": "1"}),
        downloads=[
            # the filters only: a file is in day order, like `whimbrel export`'s
            (fmt, "/ui/events/download?" + _query(**values, format=fmt))
            for fmt in DOWNLOADS
        ],
        map_href="/ui/map?" + _query(**values),
        prev_href=page_href(page - 1) if page > 1 else None,
        next_href=page_href(page + 1) if page < pages else None,
    )


@router.get(
    "/ui/events/download", dependencies=[Depends(require_read)], response_class=FileResponse
)
def download_events(request: Request) -> FileResponse:
    """The filtered events as a file, written by `whimbrel export`'s own function."""
    form = Form(request)
    where, _ = _event_filter(form)
    fmt = form.choice("format", tuple(DOWNLOADS)) or "csv"
    handle, name = tempfile.mkstemp(prefix="whimbrel-events-", suffix=f".{fmt}")
    os.close(handle)
    path = Path(name)
    try:
        export.export(state_of(request).store, export.ExportFormat(fmt), path, where)
    except BaseException:
        path.unlink(missing_ok=True)
        raise
    return FileResponse(
        path,
        media_type=DOWNLOADS[fmt],
        filename=f"whimbrel-events.{fmt}",
        background=BackgroundTask(path.unlink, missing_ok=True),
    )


@router.get("/ui/map", response_class=HTMLResponse, dependencies=[Depends(require_read)])
def world_map(request: Request) -> HTMLResponse:
    form = Form(request)
    where, values = _event_filter(form)
    by = form.choice("by", ("place", "target")) or "place"
    queries = state_of(request).queries
    counts = queries.country_counts(by, where)
    places = [
        worldmap.PlacePoint(p.name, p.lat, p.lon, p.events) for p in queries.place_counts(where)
    ]
    country_param = "place_country" if by == "place" else "target"

    def link(code: str) -> str:
        return "/ui/events?" + _query(**{**values, country_param: code})

    def place_link(place: worldmap.PlacePoint) -> str:
        return "/ui/events?" + _query(**{**values, "place": place.name})

    title = "Events by the country of their place" if by == "place" else "Events by target country"
    svg = worldmap.world_map_svg(counts, places, link, place_link, title=title)
    return _render(
        request,
        "map.html",
        svg=Markup(svg),  # noqa: S704 - world_map_svg escapes every name it writes
        by=by,
        values=values,
        modalities=MODALITIES,
        total=queries.count(where),
        mapped=sum(counts.values()),
        places=places[:20],
        place_links=[place_link(p) for p in places[:20]],
        events_href="/ui/events?" + _query(**values),
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
