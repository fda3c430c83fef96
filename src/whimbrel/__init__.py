"""whimbrel: political event data from news text.

>>> import whimbrel
>>> coded = whimbrel.code("Moscow accused Kiev on Friday.", published="2021-12-04")
>>> whimbrel.to_contract(coded)["timexes"][0]["value"]
'2021-12-03'
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("whimbrel")
except PackageNotFoundError:  # running from a source tree without installing
    __version__ = "0.0.0+unknown"

from whimbrel.contract import to_contract  # noqa: E402
from whimbrel.pipeline import code, code_batch, code_many  # noqa: E402
from whimbrel.records import Article, CodedArticle  # noqa: E402

__all__ = [
    "Article",
    "CodedArticle",
    "__version__",
    "code",
    "code_batch",
    "code_many",
    "to_contract",
]
