"""Actors: the dated knowledge base and in-article resolution to CAMEO actor codes.

    kb = load_kb(extra_files)                              # once per process
    mentions = find_mentions(doc, published, sentence_index, kb)

`kb.py` loads and looks up the knowledge base (data in `whimbrel/data/actors/`); `resolve.py`
runs the steps: `match.py` finds the KB's names, `describe.py` reads descriptions ("Kremlin
spokesman X", "Russian troops", "the US president"), `coref.py` links pronouns and nominals to
their antecedents. `measure.py` scores the layer against gold actor codes.
"""

from __future__ import annotations

from whimbrel.actors.kb import Entity, KnowledgeBase, Role, load_kb
from whimbrel.actors.resolve import find_mentions

__all__ = ["Entity", "KnowledgeBase", "Role", "find_mentions", "load_kb"]
