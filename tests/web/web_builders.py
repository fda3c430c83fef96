"""Test data for the web layer: hand-made coded articles whose events make charts.

The shipped samples go through the real coder; these articles add events on known days so the
dyad and overview charts have points whatever the event coder finds. Each article is two
sentences: SOURCE TRIGGER TARGET on WHEN, and a speaker's quoted accusation (a second event).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from whimbrel.events.ontology import lookup
from whimbrel.records import (
    Actor,
    Article,
    CodedArticle,
    Event,
    Mention,
    Quote,
    Sentence,
    Timex,
)

RUSSIA = ("Russian forces", Actor("RUSMIL", "RUS", "MIL", "Russia"))
UKRAINE = ("Ukrainian positions near Kharkiv", Actor("UKRMIL", "UKR", "MIL", "Ukraine"))
TURKEY = ("Turkish diplomats", Actor("TURGOV", "TUR", "GOV", "Turkey"))
MOSCOW = ("Moscow", Actor("RUSGOV", "RUS", "GOV", "Russia"))
ZELENSKY = ("Volodymyr Zelensky", Actor("UKRGOV", "UKR", "GOV", "Volodymyr Zelensky"))
ERDOGAN = ("Recep Tayyip Erdogan", Actor("TURGOV", "TUR", "GOV", "Recep Tayyip Erdogan"))

# The dyad the browser test follows and the day its count peaks.
DYAD = ("RUS", "UKR")
SPIKE_DAY = date(2024, 3, 18)
SCRIPT_TITLE = "Shelling report <script>alert('title')</script>"
SCRIPT_TEXT = "<script>window.__whimbrel_pwned = true;</script>"


@dataclass(frozen=True)
class Spec:
    day: date
    source: tuple[str, Actor]
    trigger: str
    cameo: str
    target: tuple[str, Actor]
    speaker: tuple[str, Actor]
    quote: str
    title: str | None = None
    prefix: str = ""


class _Text:
    """Builds text piece by piece, remembering each piece's span."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.size = 0

    def add(self, piece: str) -> tuple[int, int]:
        start = self.size
        self.parts.append(piece)
        self.size += len(piece)
        return start, self.size

    @property
    def text(self) -> str:
        return "".join(self.parts)


def _mention(text: str, actor: Actor, span: tuple[int, int], sentence: int) -> Mention:
    return Mention(text=text, span=span, actor=actor, sentence=sentence)


def _event(
    number: int,
    sentence: Sentence,
    trigger: tuple[str, tuple[int, int]],
    source: Mention,
    target: Mention,
    cameo: str,
    day: date,
    quote: str | None,
) -> Event:
    code = lookup(cameo)
    return Event(
        id=f"e{number}",
        sentence=sentence,
        trigger_text=trigger[0],
        trigger_span=trigger[1],
        source=source,
        target=target,
        cameo=cameo,
        root=code.root,
        quad_class=code.quad_class,
        goldstein=code.goldstein,
        modality="asserted",
        confidence=0.8,
        date=day.isoformat(),
        date_basis="clause-timex",
        quote=quote,
        rule="web-test",
    )


def build(number: int, spec: Spec) -> CodedArticle:
    t = _Text()
    t.add(spec.prefix)
    s0_start = t.size
    source = _mention(spec.source[0], spec.source[1], t.add(spec.source[0]), 0)
    t.add(" ")
    trigger = (spec.trigger, t.add(spec.trigger))
    t.add(" ")
    target = _mention(spec.target[0], spec.target[1], t.add(spec.target[0]), 0)
    t.add(" on ")
    when_text = f"{spec.day:%A}"
    when = Timex(when_text, t.add(when_text), spec.day.isoformat(), "day", sentence=0)
    t.add(", officials said.")
    s0 = Sentence(0, (s0_start, t.size), t.text[s0_start:])
    t.add("\n")
    s1_start = t.size
    speaker = _mention(spec.speaker[0], spec.speaker[1], t.add(spec.speaker[0]), 1)
    t.add(" ")
    accused = ("accused", t.add("accused"))
    t.add(" ")
    moscow = _mention(MOSCOW[0], MOSCOW[1], t.add(MOSCOW[0]), 1)
    t.add(' of lying: "')
    quote_span = t.add(spec.quote)
    t.add('"')
    s1 = Sentence(1, (s1_start, t.size), t.text[s1_start:])
    text = t.text
    article = Article(
        id=f"web-{number}",
        text=text,
        published=spec.day,
        title=spec.title or f"Report {number}: {spec.trigger} on {spec.day}",
        url=f"https://example.org/web-test/{number}",
        original_text=text,
    )
    quote = Quote(
        id="q1", text=spec.quote, span=quote_span, kind="direct", speaker=speaker, sentence=1
    )
    events = (
        _event(1, s0, trigger, source, target, spec.cameo, spec.day, None),
        _event(2, s1, accused, speaker, moscow, "112", spec.day, spec.quote),
    )
    return CodedArticle(
        article=article,
        sentences=(s0, s1),
        mentions=(source, target, speaker, moscow),
        timexes=(when,),
        quotes=(quote,),
        events=events,
    )


def specs() -> list[Spec]:
    """RUS->UKR attacks through March 2024 peaking on SPIKE_DAY, Turkish mediation, a script."""
    out = []
    for day in (4, 6, 9, 12, 15, 18, 18, 18, 18, 21):
        out.append(
            Spec(
                date(2024, 3, day),
                RUSSIA,
                "shelled",
                "190",
                UKRAINE,
                ZELENSKY,
                "They are lying about the strikes",
            )
        )
    for day in (11, 14, 20):
        out.append(
            Spec(
                date(2024, 3, day),
                TURKEY,
                "met",
                "036",
                MOSCOW,
                ERDOGAN,
                "Dialogue is the only way",
            )
        )
    out.append(
        Spec(
            date(2024, 3, 18),
            RUSSIA,
            "shelled",
            "190",
            UKRAINE,
            ZELENSKY,
            "They target civilians",
            title=SCRIPT_TITLE,
            prefix=SCRIPT_TEXT + "\n",
        )
    )
    return out


def web_articles() -> list[CodedArticle]:
    return [build(n, spec) for n, spec in enumerate(specs(), start=1)]
