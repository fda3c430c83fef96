"""Convert the CAMEO->PLOVER table (Schrodt 2021) into `data/ontology/cameo-plover.tsv`.

    python scripts/convert_cameo_plover.py ../shared/corpus/dictionaries/CAMEO2PLOVER-2021.txt

Input lines look like ``1123: ACCUSE, allege, military # Accuse of aggression``; a bare
``11: ACCUSE`` gives the root's type. Output columns: code, plover (event type), mode,
context (``;``-separated). When a code appears twice the first line wins.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

LINE = re.compile(r"^(?P<code>\d{2,4}):\s*(?P<body>[^#]*)")
OUT = Path(__file__).resolve().parents[1] / "src/whimbrel/data/ontology/cameo-plover.tsv"


def convert(text: str) -> list[tuple[str, str, str, str]]:
    rows: dict[str, tuple[str, str, str, str]] = {}
    for line in text.splitlines():
        match = LINE.match(line.strip())
        if not match:
            continue
        parts = [p.strip() for p in match["body"].split(",")]
        plover = parts[0].upper()
        mode = parts[1].replace(" ", "") if len(parts) > 1 else ""
        context = (
            ";".join(c.strip() for c in parts[2].split(";") if c.strip()) if len(parts) > 2 else ""
        )
        rows.setdefault(match["code"], (match["code"], plover, mode, context))
    return sorted(rows.values())


def main(source: str) -> None:
    rows = convert(Path(source).read_text(encoding="utf-8"))
    lines = ["code\tplover\tmode\tcontext"] + ["\t".join(row) for row in rows]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(rows)} codes to {OUT}")


if __name__ == "__main__":
    default = "../shared/corpus/dictionaries/CAMEO2PLOVER-2021.txt"
    main(sys.argv[1] if len(sys.argv) > 1 else default)
