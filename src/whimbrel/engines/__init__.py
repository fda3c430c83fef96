"""Engines: run the same `pipeline.code_batch` on every core (`local`) or on a Dask cluster.

Both engines cut the input into chunks and hand each chunk to `code_chunk`, which calls
`code_batch` unchanged and puts a `Failure` in the place of an article that could not be
coded instead of losing the chunk, so one bad article never costs the articles around it.
"""

from __future__ import annotations

from collections.abc import Sequence

from whimbrel import pipeline
from whimbrel.errors import InputError, ModelError
from whimbrel.pipeline import Coder, code_batch
from whimbrel.records import Article, CodedArticle, Failure
from whimbrel.settings import Settings

Outcome = CodedArticle | Failure


def code_chunk(
    articles: Sequence[Article], settings: Settings, coder: Coder | None = None
) -> list[Outcome]:
    """Code `articles` with this process's model (or `coder`, when the caller holds one):
    one outcome per article, in input order; a failing article is a `Failure`, not raised.

    The fast path codes the whole chunk in one `nlp.pipe` batch. Only when that raises is the
    chunk recoded one article at a time, to find the culprit and keep the rest.
    """

    def code_batch(batch: Sequence[Article]) -> list[CodedArticle]:
        if coder is not None:
            return list(coder.code_many(batch))
        return pipeline.code_batch(batch, settings)

    try:
        return list(code_batch(articles))
    except ModelError:
        raise  # no article can be coded without the model: not a per-article problem
    except Exception:  # noqa: BLE001 - any stage error spoils one article, not the chunk
        pass
    outcomes: list[Outcome] = []
    for position, article in enumerate(articles):
        try:
            outcomes.extend(code_batch([article]))
        except ModelError:
            raise
        except Exception as err:  # noqa: BLE001 - recorded and reported by the engine
            outcomes.append(Failure(article.id, position, _describe(err)))
    return outcomes


def coded(outcomes: Sequence[Outcome]) -> list[CodedArticle]:
    return [o for o in outcomes if isinstance(o, CodedArticle)]


def failures(outcomes: Sequence[Outcome]) -> list[Failure]:
    return [o for o in outcomes if isinstance(o, Failure)]


def warm_up(settings: Settings) -> None:
    """Load this process's model and the tables stages load on first use now (a worker's
    initializer), so that no chunk pays for them."""
    from whimbrel.events import places

    code_batch((), settings)
    places.load()


def _describe(err: Exception) -> str:
    if isinstance(err, InputError):
        return err.problem
    return f"{type(err).__name__}: {err}"
