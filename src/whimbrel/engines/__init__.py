"""Engines: run the same `pipeline.code_batch` on every core (`local`) or on a Dask cluster.

Both engines cut the input into chunks and hand each chunk to `code_chunk`, which calls
`code_batch` unchanged and turns a per-article failure into a `Failure` record instead of
losing the chunk, so one bad article never costs the articles around it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from whimbrel import pipeline
from whimbrel.errors import ArticleError, ModelError
from whimbrel.pipeline import Coder, code_batch
from whimbrel.records import Article, CodedArticle
from whimbrel.settings import Settings


@dataclass(frozen=True)
class Failure:
    """An article that could not be coded, and why (picklable, unlike our exceptions)."""

    article_id: str
    problem: str
    # Where the article stood in its chunk, so outputs can keep every input's position.
    position: int = -1

    def __str__(self) -> str:
        return f"{self.article_id}: {self.problem}"


@dataclass(frozen=True)
class ChunkResult:
    """What coding one chunk gave: the coded articles in input order, and the failures."""

    coded: tuple[CodedArticle, ...]
    failures: tuple[Failure, ...] = ()


def code_chunk(
    articles: Sequence[Article], settings: Settings, coder: Coder | None = None
) -> ChunkResult:
    """Code `articles` with this process's model (or `coder`, when the caller holds one); a
    failing article is recorded, not raised.

    The fast path codes the whole chunk in one `nlp.pipe` batch. Only when that raises is the
    chunk recoded one article at a time, to find the culprit and keep the rest.
    """

    def code_batch(batch: Sequence[Article], settings: Settings) -> list[CodedArticle]:
        if coder is not None:
            return list(coder.code_many(batch))
        return pipeline.code_batch(batch, settings)

    try:
        return ChunkResult(tuple(code_batch(articles, settings)))
    except ModelError:
        raise  # no article can be coded without the model: not a per-article problem
    except Exception:  # noqa: BLE001 - any stage error spoils one article, not the chunk
        pass
    coded: list[CodedArticle] = []
    failures: list[Failure] = []
    for position, article in enumerate(articles):
        try:
            coded.extend(code_batch([article], settings))
        except ModelError:
            raise
        except Exception as err:  # noqa: BLE001 - recorded and reported by the engine
            failures.append(Failure(article.id, _describe(err), position))
    return ChunkResult(tuple(coded), tuple(failures))


def warm_up(settings: Settings) -> None:
    """Load this process's model now (a worker's initializer), not on its first chunk."""
    code_batch((), settings)


def _describe(err: Exception) -> str:
    from whimbrel.errors import InputError

    if isinstance(err, InputError):
        return err.problem
    return f"{type(err).__name__}: {err}"


def in_input_order(
    result: ChunkResult, articles: Sequence[Article]
) -> list[CodedArticle | ArticleError]:
    """The chunk's outcome per input article, in input order: coded, or the reason it failed."""
    failed = {f.position: f for f in result.failures}
    coded = iter(result.coded)
    return [
        ArticleError(failed[i].article_id, failed[i].problem) if i in failed else next(coded)
        for i in range(len(articles))
    ]
