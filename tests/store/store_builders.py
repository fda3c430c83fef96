"""Store test builders: hand-made coded articles and a Hypothesis strategy for any valid one."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import date
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import sqlalchemy as sa
from hypothesis import strategies as st

from whimbrel.records import (
    Actor,
    Article,
    CodedArticle,
    Event,
    Location,
    Mention,
    Quote,
    Sentence,
    Timex,
)
from whimbrel.store import Store, tables

# PostgreSQL text cannot hold NUL and UTF-8 cannot hold lone surrogates.
_chars = st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00")
texts = st.text(_chars, max_size=40)
opt_texts = st.none() | texts
offsets = st.integers(min_value=0, max_value=2**31 - 1)
spans = st.tuples(offsets, offsets)
finite = st.floats(allow_nan=False, allow_infinity=False)


@st.composite
def iso_dates(draw: st.DrawFn) -> str:
    day = draw(st.dates())
    precision = draw(st.sampled_from([4, 7, 10]))
    return f"{day.year:04d}-{day.month:02d}-{day.day:02d}"[:precision]


actors = st.builds(Actor, code=opt_texts, country=opt_texts, role=opt_texts, entity=opt_texts)
mentions = st.builds(
    Mention,
    text=texts,
    span=spans,
    actor=actors,
    sentence=st.none() | st.integers(0, 10_000),
    kind=st.sampled_from(["name", "alias", "description", "metonym", "pronoun", "nominal"]),
    antecedent=st.none() | spans,
)
sentences = st.builds(Sentence, index=st.integers(0, 10_000), span=spans, text=texts)
timexes = st.builds(
    Timex,
    text=texts,
    span=spans,
    value=st.none() | iso_dates(),
    precision=st.sampled_from([None, "year", "month", "day"]),
    kind=st.sampled_from(["DATE", "TIME", "DURATION", "SET"]),
    sentence=st.none() | st.integers(0, 10_000),
    method=opt_texts,
)
quotes = st.builds(
    Quote,
    id=texts,
    text=texts,
    span=spans,
    kind=st.sampled_from(["direct", "partial", "indirect"]),
    speaker=st.none() | mentions,
    cue=opt_texts,
    sentence=st.none() | st.integers(0, 10_000),
)
roots = st.integers(1, 20).map(lambda n: f"{n:02d}")
cameos = st.tuples(roots, st.sampled_from(["", "0", "1", "12", "99"])).map("".join)
locations = st.builds(
    Location, name=texts, country=opt_texts, lat=st.none() | finite, lon=st.none() | finite
)


@st.composite
def events(draw: st.DrawFn) -> Event:
    cameo = draw(cameos)
    return Event(
        id=draw(texts),
        sentence=draw(sentences),
        trigger_text=draw(texts),
        trigger_span=draw(spans),
        source=draw(st.none() | mentions),
        target=draw(st.none() | mentions),
        cameo=cameo,
        root=cameo[:2],
        quad_class=draw(st.integers(1, 4)),
        goldstein=draw(st.floats(-10, 10)),
        modality=draw(
            st.sampled_from(["asserted", "planned", "alleged", "negated", "hypothetical"])
        ),
        confidence=draw(st.floats(0, 1)),
        date=draw(st.none() | iso_dates()),
        date_basis=draw(st.sampled_from([None, "clause-timex", "sentence-timex", "published"])),
        plover=draw(opt_texts),
        location=draw(st.none() | locations),
        quote=draw(opt_texts),
        rule=draw(opt_texts),
    )


articles = st.builds(
    Article,
    id=texts,
    text=st.text(_chars, min_size=1, max_size=200),
    published=st.none() | st.dates(),
    title=opt_texts,
    url=opt_texts,
    language=st.sampled_from(["en", "fr", "de"]),
    original_text=st.none() | st.text(_chars, max_size=200),
)

coded_articles = st.builds(
    CodedArticle,
    article=articles,
    sentences=st.lists(sentences, max_size=3).map(tuple),
    mentions=st.lists(mentions, max_size=3).map(tuple),
    timexes=st.lists(timexes, max_size=3).map(tuple),
    quotes=st.lists(quotes, max_size=2).map(tuple),
    events=st.lists(events(), max_size=3).map(tuple),
    warnings=st.lists(texts, max_size=2).map(tuple),
)


# --- hand-made records --------------------------------------------------------------------


def mention(text: str, code: str, country: str, start: int = 0) -> Mention:
    return Mention(
        text=text,
        span=(start, start + len(text)),
        actor=Actor(code=code, country=country, role=code[3:] or None, entity=None),
    )


def event(
    sentence: str,
    source: Mention | None,
    target: Mention | None,
    cameo: str,
    day: str | None,
    *,
    goldstein: float = 1.0,
    quad_class: int = 1,
    confidence: float = 0.9,
    index: int = 0,
) -> Event:
    return Event(
        id=f"e{index}",
        sentence=Sentence(index, (0, len(sentence)), sentence),
        trigger_text=sentence.split()[1] if len(sentence.split()) > 1 else sentence,
        trigger_span=(0, 1),
        source=source,
        target=target,
        cameo=cameo,
        root=cameo[:2],
        quad_class=quad_class,
        goldstein=goldstein,
        modality="asserted",
        confidence=confidence,
        date=day,
        date_basis="published" if day else None,
    )


def coded(
    article_id: str,
    text: str,
    published: date | None,
    events: tuple[Event, ...] = (),
    url: str | None = None,
) -> CodedArticle:
    return CodedArticle(
        article=Article(id=article_id, text=text, published=published, url=url),
        sentences=tuple(e.sentence for e in events),
        events=events,
    )


def dyad_articles() -> list[CodedArticle]:
    """Five one-event articles (a-e) between Russia, Ukraine and the US, March-April 2022,
    for query and export tests: every filter field separates some of them."""
    rus = mention("Russia", "RUSGOV", "RUS")
    ukr = mention("Ukraine", "UKRGOV", "UKR")
    usa = mention("Washington", "USAGOV", "USA")
    items = [
        # (id, published, event date, source, target, cameo, goldstein, quad, confidence)
        ("a", date(2022, 3, 1), "2022-03-01", rus, ukr, "190", -10.0, 4, 0.9),
        ("b", date(2022, 3, 2), "2022-03-02", rus, ukr, "111", -2.0, 3, 0.4),
        ("c", date(2022, 3, 9), "2022-03", rus, ukr, "036", 4.0, 1, 0.8),  # month precision
        ("d", date(2022, 3, 9), "2022-03-08", ukr, rus, "172", -5.0, 4, 0.7),
        ("e", date(2022, 4, 2), None, usa, ukr, "070", 7.0, 2, 0.95),
    ]
    out = []
    for article_id, published, day, source, target, cameo, goldstein, quad, conf in items:
        text = f"Article {article_id} about {cameo}."
        e = event(
            text, source, target, cameo, day, goldstein=goldstein, quad_class=quad, confidence=conf
        )
        if article_id == "a":
            e = replace(e, location=Location("Kyiv", "UKR", 50.45, 30.52), quote="We hold.")
        if article_id == "b":
            e = replace(e, modality="alleged")
        out.append(
            coded(article_id, text, published, (e,), url=f"https://news.example/{article_id}")
        )
    return out


def delete_key(store: Store, key: str) -> None:
    with store.engine.begin() as conn:
        conn.execute(sa.delete(tables.articles).where(tables.articles.c.key == key))


# --- a local web server (127.0.0.1 only) for pages and feeds --------------------------------


class _Handler(BaseHTTPRequestHandler):
    routes: dict[str, tuple[int, str, bytes]] = {}
    seen: list[tuple[str, str]] = []
    failures_left: dict[str, int] = {}

    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        self.seen.append((self.path, self.headers.get("User-Agent", "")))
        if self.failures_left.get(self.path, 0) > 0:
            self.failures_left[self.path] -= 1
            self.send_response(503)
            self.end_headers()
            return
        status, kind, body = self.routes.get(self.path, (404, "text/plain", b"not found"))
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *_args: object) -> None:
        pass


@contextmanager
def serve(
    routes: dict[str, tuple[int, str, bytes]], failures: dict[str, int] | None = None
) -> Iterator[tuple[str, list[tuple[str, str]]]]:
    """Serve `routes` (path -> status, content type, body) on 127.0.0.1; yield base URL, log."""
    handler = type(
        "Handler",
        (_Handler,),
        {"routes": routes, "seen": [], "failures_left": dict(failures or {})},
    )
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", handler.seen
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def page(title: str, body: str, published: str | None = None) -> bytes:
    meta = f'<meta property="article:published_time" content="{published}">' if published else ""
    paragraphs = "".join(f"<p>{p}</p>" for p in body.split("\n"))
    return (
        f"<html><head><title>{title}</title>{meta}</head><body><nav>Home | World</nav>"
        f"<article><h1>{title}</h1>{paragraphs}</article><footer>Contact us</footer></body></html>"
    ).encode()


def rss(links: list[str]) -> bytes:
    items = "".join(
        f"<item><title>item {i}</title><link>{u}</link></item>" for i, u in enumerate(links)
    )
    return (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>'
        f"<link>http://127.0.0.1/</link><description>d</description>{items}</channel></rss>"
    ).encode()
