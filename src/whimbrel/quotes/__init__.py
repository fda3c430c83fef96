"""Quotes: direct, partial and indirect speech with their speakers.

marks.py     where the quotation marks are, paragraph by paragraph, even when unbalanced
speakers.py  the cue verb of a quote and the mention that is its subject
extract.py   quotes in marks, indirect speech, and the records they become
lexicon.py   cue words, title and person nouns (data/quotes/*.tsv)
"""

from whimbrel.quotes.extract import extract_quotes

__all__ = ["extract_quotes"]
