"""The JSON API: code text, store articles, query events, dyad series and actors.

Each endpoint is a few lines over the library (the pipeline's coder, `whimbrel.contract`,
the store). Inputs are validated by the models and parameter types below; bad input is a 4xx
with the one error body of `errors.py`.
"""

from __future__ import annotations

from dataclasses import fields
from datetime import date
from typing import Annotated, Any, Literal
from urllib.parse import urlencode

import anyio.from_thread
from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, Field

from whimbrel import __version__, alerts, runs
from whimbrel.contract import event_to_dict, to_contract
from whimbrel.errors import InputError
from whimbrel.records import Article
from whimbrel.store import EventFilter, EventRow
from whimbrel.store.query import Period, period_end
from whimbrel.web.deps import require_read, require_write, state_of
from whimbrel.web.errors import ApiError
from whimbrel.web.params import IsoDate


class ErrorDetail(BaseModel):
    where: str
    problem: str


class ErrorInfo(BaseModel):
    status: int
    code: str = Field(description="Machine-readable: invalid_request, missing_token, ...")
    message: str = Field(description="One line naming the input and what is wrong.")
    details: list[ErrorDetail]


class ErrorBody(BaseModel):
    """The body of every error response."""

    error: ErrorInfo


def _errors(*statuses: int) -> dict[int | str, dict[str, Any]]:
    meaning = {
        400: "Bad request (a malformed request line, header or input)",
        401: "No API token sent",
        403: "Wrong API token",
        404: "Not found",
        413: "Request body too large",
        422: "Invalid request",
        503: "Unavailable: writes disabled (no API token), the coder busy or over its time "
        "budget (see Retry-After), or the coder not loaded",
    }
    return {s: {"model": ErrorBody, "description": meaning[s]} for s in statuses}


READ_ERRORS = _errors(400, 401, 403, 422)
WRITE_ERRORS = _errors(400, 401, 403, 413, 422, 503)
router = APIRouter()

# Actor codes and countries: CAMEO-style letters and digits (RUS, RUSGOV, IGOUNO).
ActorCode = Annotated[str, Path(pattern=r"^[A-Za-z0-9]{2,24}$", description="e.g. RUS, RUSGOV")]
ActorFilter = Annotated[
    str | None,
    Query(pattern=r"^[A-Za-z0-9]{2,24}$", description="Country (RUS) or actor code (RUSGOV)."),
]
# Row keys fit a signed 64-bit integer on every backend.
MAX_PK = 2**62
Modality = Literal["asserted", "planned", "alleged", "negated", "hypothetical"]
Granularity = Period
# Measured so that a text at the limit codes inside the default budget (docs/reliability.md).
MAX_TEXT_CHARS = 200_000


class ArticleIn(BaseModel):
    """One article to code: its text and what is known about it."""

    model_config = ConfigDict(extra="forbid")

    text: str = Field(min_length=1, max_length=MAX_TEXT_CHARS, description="The article text.")
    published: IsoDate | None = Field(
        default=None, description="Publication date, the anchor for relative dates."
    )
    title: str | None = Field(default=None, max_length=2000)
    url: str | None = Field(default=None, max_length=4000)
    id: str | None = Field(default=None, max_length=200, description="Defaults to a text hash.")

    def article(self) -> Article:
        from whimbrel.pipeline import make_article

        try:
            return make_article(
                self.text,
                self.published,
                id=self.id,
                title=self.title,
                url=self.url,
                source="body.text",
            )
        except InputError as err:
            raise ApiError(
                422, "invalid_request", str(err), [{"where": "body.text", "problem": err.problem}]
            ) from None


class StoredOut(BaseModel):
    article_pk: int
    stored: bool = Field(description="False when the article was already stored (by URL/hash).")
    events: int | None = Field(description="Events stored with it (None for a duplicate).")
    links: dict[str, str]


class Page(BaseModel):
    items: list[dict[str, Any]]
    total: int
    limit: int
    offset: int
    next: str | None


class SeriesPoint(BaseModel):
    period: date
    period_end: date
    events: int
    goldstein_sum: float
    goldstein_mean: float
    quad_counts: dict[str, int]


class Series(BaseModel):
    source: str
    target: str
    by: Granularity
    periods: list[SeriesPoint]


class AlertOut(BaseModel):
    """One dyad-period that breaks from its trailing baseline (docs/alerts.md)."""

    source: str = Field(description="Source country")
    target: str = Field(description="Target country")
    period: date
    period_end: date
    measure: Literal["conflicts", "goldstein"]
    direction: Literal["escalation", "de-escalation"]
    observed: float = Field(description="Conflict events, or the period's mean Goldstein score")
    expected: float = Field(description="Baseline conflict events per period, or pooled mean")
    p_value: float
    q_value: float = Field(description="Benjamini-Hochberg over every comparison of the call")
    statistic: float = Field(description="The p-value as a one-sided standard-normal z")
    baseline_periods: int
    event_count: int = Field(description="The dyad's events in the period")
    event_pks: list[int] = Field(description="The first of them (at most 20), in day order")
    links: dict[str, str]


class Alerts(BaseModel):
    by: Granularity
    since: date | None
    until: date | None
    items: list[AlertOut]


class ActorOut(BaseModel):
    text: str
    code: str | None
    country: str | None
    entity: str | None
    mentions: int


class Actors(BaseModel):
    query: str
    items: list[ActorOut]


class Health(BaseModel):
    status: str
    version: str
    database: str
    articles: int
    events: int
    writes_enabled: bool
    reads: str


def _check_period(start: date | None, end: date | None) -> None:
    if start is not None and end is not None and start > end:
        raise ApiError(
            422,
            "invalid_request",
            f"query.from: {start} is after query.to {end}",
            [{"where": "query.from", "problem": "after query.to"}],
        )


@router.post(
    "/code",
    tags=["coding"],
    summary="Code one article (not stored)",
    dependencies=[Depends(require_write)],
    response_description="The coded article in the contract's JSON shape.",
    responses=WRITE_ERRORS,
)
async def code_article(body: ArticleIn, request: Request) -> dict[str, Any]:
    """Run the pipeline on the text and return the coded article (the contract).

    Coding has a time budget (WHIMBREL_CODING_BUDGET); a busy coder answers 503 at once.
    """
    coded = await state_of(request).code(body.article(), request)
    return to_contract(coded)


@router.post(
    "/articles",
    tags=["coding"],
    summary="Code one article and store it",
    dependencies=[Depends(require_write)],
    status_code=201,
    response_model=StoredOut,
    responses={
        200: {"model": StoredOut, "description": "Already stored: nothing written."},
        **WRITE_ERRORS,
    },
)
def store_article(body: ArticleIn, request: Request) -> Any:
    """Code and store the article as `whimbrel ingest` does: never the same article twice."""
    state = state_of(request)
    try:
        # This handler runs in a thread; the coding pool is async.
        done = runs.store_article(
            state.store,
            body.article(),
            lambda article: anyio.from_thread.run(state.code, article, request),
        )
    except InputError as err:  # e.g. a NUL character, which PostgreSQL text cannot hold
        raise ApiError(
            422, "invalid_request", str(err), [{"where": "body", "problem": str(err)}]
        ) from None
    if done.pk is None:  # stored by a concurrent request, then gone before we could read it
        raise ApiError(409, "conflict", "the article changed while it was stored; retry")
    out = StoredOut(
        article_pk=done.pk, stored=done.stored, events=done.events, links=_links(done.pk)
    )
    if not done.stored:
        return JSONResponse(out.model_dump(), status_code=200)
    return out


def _links(article_pk: int) -> dict[str, str]:
    return {
        "events": f"/events?article={article_pk}",
        "page": f"/ui/articles/{article_pk}",
    }


@router.get(
    "/events",
    tags=["events"],
    summary="Stored events, filtered and paginated",
    dependencies=[Depends(require_read)],
    responses=READ_ERRORS,
    response_model=Page,
)
def list_events(
    request: Request,
    start: Annotated[
        IsoDate | None, Query(alias="from", description="First day (YYYY-MM-DD).")
    ] = None,
    end: Annotated[IsoDate | None, Query(alias="to", description="Last day (YYYY-MM-DD).")] = None,
    source: ActorFilter = None,
    target: ActorFilter = None,
    root: Annotated[str | None, Query(pattern=r"^[0-9]{1,2}$", description="CAMEO root")] = None,
    modality: Modality | None = None,
    min_confidence: Annotated[float | None, Query(ge=0.0, le=1.0)] = None,
    article: Annotated[int | None, Query(ge=1, le=MAX_PK, description="Article row key")] = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
    offset: Annotated[int, Query(ge=0, le=MAX_PK)] = 0,
) -> Page:
    """Events in day order with the filters of `whimbrel events`, `limit` per page."""
    _check_period(start, end)
    where = EventFilter(
        start, end, source, target, root, min_confidence, modality=modality, article_pk=article
    )
    rows, total = state_of(request).queries.event_page(where, limit, offset)
    following = None
    if offset + len(rows) < total:
        kept = [
            (k, v) for k, v in request.query_params.multi_items() if k not in ("offset", "limit")
        ]
        kept += [("limit", str(limit)), ("offset", str(offset + limit))]
        following = f"{request.url.path}?{urlencode(kept)}"
    return Page(
        items=[_event_item(r) for r in rows],
        total=total,
        limit=limit,
        offset=offset,
        next=following,
    )


# An event in a page: every EventRow field but the offsets of the sentence and the actors
# (meaningless without the article text) and the storage time, then links.
_ITEM_FIELDS = tuple(
    f.name
    for f in fields(EventRow)
    if f.name
    not in (
        "sentence_start",
        "sentence_end",
        "source_start",
        "source_end",
        "target_start",
        "target_end",
        "stored_at",
    )
)


def _event_item(row: EventRow) -> dict[str, Any]:
    item: dict[str, Any] = {name: getattr(row, name) for name in _ITEM_FIELDS}
    item["links"] = {
        "self": f"/events/{row.event_pk}",
        "article": f"/ui/articles/{row.article_pk}",
    }
    return item


@router.get(
    "/events/{event_pk}",
    tags=["events"],
    summary="One event with its evidence",
    dependencies=[Depends(require_read)],
    responses={**READ_ERRORS, **_errors(404)},
)
def get_event(request: Request, event_pk: Annotated[int, Path(ge=1, le=MAX_PK)]) -> dict[str, Any]:
    """The event in the contract's shape, its evidence spans within the sentence, its article."""
    found = state_of(request).queries.event(event_pk)
    if found is None:
        raise ApiError(404, "not_found", f"no event {event_pk}")
    event, row = found
    offset = event.sentence.span[0]

    def relative(span: tuple[int, int] | None) -> list[int] | None:
        if span is None or span[0] < offset or span[1] > event.sentence.span[1]:
            return None
        return [span[0] - offset, span[1] - offset]

    return {
        "pk": event_pk,
        "event": event_to_dict(event),
        "evidence": {
            "sentence": event.sentence.text,
            "trigger": relative(event.trigger_span),
            "source": relative(event.source.span if event.source else None),
            "target": relative(event.target.span if event.target else None),
            "quote": event.quote,
        },
        "day": row.day,
        "cluster": None
        if row.cluster_id is None
        else {
            "id": row.cluster_id,
            "mentions": row.cluster_mentions,
            "articles": row.cluster_articles,
            "sources": row.cluster_sources,
        },
        "article": {
            "pk": row.article_pk,
            "id": row.article_id,
            "title": row.article_title,
            "url": row.article_url,
            "published": row.published,
            "publisher": row.publisher,
        },
        "links": {"article": f"/ui/articles/{row.article_pk}", "page": f"/ui/events/{event_pk}"},
    }


@router.get(
    "/dyads/{source}/{target}/series",
    tags=["events"],
    summary="A dyad's events per period",
    dependencies=[Depends(require_read)],
    responses=READ_ERRORS,
    response_model=Series,
)
def dyad_series(
    request: Request,
    source: ActorCode,
    target: ActorCode,
    by: Granularity = "day",
    start: Annotated[IsoDate | None, Query(alias="from")] = None,
    end: Annotated[IsoDate | None, Query(alias="to")] = None,
    min_confidence: Annotated[float | None, Query(ge=0.0, le=1.0)] = None,
) -> Series:
    """Events from `source` to `target` per day, week, month, quarter or year: count,
    Goldstein, quad classes."""
    _check_period(start, end)
    where = EventFilter(start=start, end=end, min_confidence=min_confidence)
    periods = state_of(request).store.dyad(source, target, by, where)
    return Series(
        source=source,
        target=target,
        by=by,
        periods=[
            SeriesPoint(
                period=p.period,
                period_end=period_end(p.period, by),
                events=p.events,
                goldstein_sum=p.goldstein_sum,
                goldstein_mean=p.goldstein_mean,
                quad_counts={str(k): n for k, n in zip((1, 2, 3, 4), p.quad_counts, strict=True)},
            )
            for p in periods
        ],
    )


@router.get(
    "/alerts",
    tags=["events"],
    summary="Escalation alerts: dyads that break from their own trailing baseline",
    dependencies=[Depends(require_read)],
    responses=READ_ERRORS,
    response_model=Alerts,
)
def list_alerts(
    request: Request,
    by: Granularity = "week",
    since: Annotated[
        date | None, Query(description="First period tested (default: only the latest).")
    ] = None,
    until: Annotated[
        date | None, Query(description="Last period tested (default: latest).")
    ] = None,
    min_confidence: Annotated[float | None, Query(ge=0.0, le=1.0)] = None,
) -> Alerts:
    """Country dyads whose conflict count or mean Goldstein score in a period breaks from the
    12 periods before it (exact conditional Poisson and t tests, Benjamini-Hochberg at 5%;
    docs/alerts.md), strongest first, each with the events behind it."""
    _check_period(since, until)
    where = EventFilter(min_confidence=min_confidence)
    with state_of(request).store.engine.connect() as conn:
        found = alerts.stored_alerts(conn, by, since, until, where)
    return Alerts(
        by=by, since=since, until=until, items=[AlertOut(**_alert_item(a)) for a in found]
    )


def _alert_item(found: alerts.StoredAlert) -> dict[str, Any]:
    alert, where = found.alert, found.events
    query = urlencode(
        {"source": where.source, "target": where.target, "from": where.start, "to": where.end}
    )
    return {
        "source": alert.dyad[0],
        "target": alert.dyad[1],
        "period": alert.period,
        "period_end": found.period_end,
        "measure": alert.measure,
        "direction": alert.direction,
        "observed": alert.observed,
        "expected": alert.expected,
        "p_value": alert.p_value,
        "q_value": alert.q_value,
        "statistic": alert.statistic,
        "baseline_periods": alert.baseline_periods,
        "event_count": found.event_count,
        "event_pks": list(found.event_pks),
        "links": {"events": f"/events?{query}", "page": f"/ui/events?{query}"},
    }


@router.get(
    "/actors",
    tags=["actors"],
    summary="Search stored actor mentions",
    dependencies=[Depends(require_read)],
    responses=READ_ERRORS,
    response_model=Actors,
)
def search_actors(
    request: Request,
    q: Annotated[str, Query(min_length=1, max_length=100, description="Text, code or entity")],
    limit: Annotated[int, Query(ge=1, le=100)] = 20,
) -> Actors:
    """Actor mentions whose text, code, country or entity contains `q`, most mentioned first."""
    if not q.strip():
        raise ApiError(
            422, "invalid_request", "query.q: blank", [{"where": "query.q", "problem": "blank"}]
        )
    matches = state_of(request).queries.search_actors(q.strip(), limit)
    return Actors(query=q, items=[ActorOut(**m.__dict__) for m in matches])


@router.get(
    "/health",
    tags=["service"],
    summary="Is the service up",
    response_model=Health,
    responses=_errors(400, 422),
)
def health(request: Request) -> Health:
    state = state_of(request)
    counts = state.store.counts()
    return Health(
        status="ok",
        version=__version__,
        database=state.store.backend,
        articles=counts["articles"],
        events=counts["events"],
        writes_enabled=state.web.api_token is not None,
        reads=state.web.reads,
    )
