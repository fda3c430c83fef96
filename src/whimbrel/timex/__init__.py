"""Time expressions: find them in a parse and resolve them against the publication date."""

from whimbrel.timex.find import clause_tense, find_timexes
from whimbrel.timex.resolve import Resolution, resolve

__all__ = ["Resolution", "clause_tense", "find_timexes", "resolve"]
