"""A cache of read articles and their claims, keyed by file content, so a refresh re-reads only
new or changed articles.

The key covers everything the result depends on: the file's bytes, its hand-kept manifest
values and the extractor's own source code (a changed rule re-reads every article).  Entries
are JSON files in data/cache/, written atomically; the folder can be deleted at any time.
"""
from __future__ import annotations

import hashlib
import json
import os
import tempfile
from functools import lru_cache
from pathlib import Path

#: The modules whose code decides what an article yields, besides every module of the
#: claims extractor (the package `EXTRACTOR_PACKAGE`).
EXTRACTOR_MODULES = ("articles", "claims", "countries", "dates", "lexicon", "news_outlets", "numbers", "periods", "places",
                     "schema", "sources")
EXTRACTOR_PACKAGE = "extract"


@lru_cache(maxsize=1)
def extractor_version() -> str:
    """A digest of the extractor's source and data: it changes whenever a rule or an alias changes."""
    digest = hashlib.sha256()
    package = Path(__file__).resolve().parent
    for name in EXTRACTOR_MODULES:
        digest.update((package / f"{name}.py").read_bytes())
    for module in sorted((package / EXTRACTOR_PACKAGE).glob("*.py")):
        digest.update(module.read_bytes())
    for data_file in sorted((package / "data").glob("*.csv")):
        digest.update(data_file.read_bytes())
    return digest.hexdigest()[:16]


def cache_key(raw: bytes, manual: dict[str, str] | None, name: str) -> str:
    """The key of one article: its file name and bytes, its manifest row, the extractor version."""
    digest = hashlib.sha256(name.encode("utf-8") + b"\0" + raw)
    values = {k: v for k, v in (manual or {}).items() if not k.startswith("_")}   # not where the row stands
    digest.update(json.dumps(values, sort_keys=True).encode("utf-8"))
    digest.update(extractor_version().encode("ascii"))
    return digest.hexdigest()


class ArticleCache:
    """Read and write cache entries (plain JSON-able dicts) under `folder`."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.unwritable = False

    def _path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.json"

    def get(self, key: str) -> dict[str, object] | None:
        path = self._path(key)
        try:
            entry = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        return entry

    def put(self, key: str, entry: dict[str, object]) -> None:
        """Store an entry; a cache that cannot be written (read-only data/) is simply skipped."""
        path = self._path(key)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        except OSError:
            self.unwritable = True
            return
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as stream:
                json.dump(entry, stream, ensure_ascii=False)
            os.replace(temporary, path)
        except OSError:
            Path(temporary).unlink(missing_ok=True)
            self.unwritable = True
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
