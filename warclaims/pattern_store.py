"""Compiled regular expressions kept on disk between runs, so a command that reads one article
does not spend most of its time compiling patterns.

Python's `re` compiles a pattern in Python code (parse, then generate the matching engine's
program) every time a process starts; the extractor's few hundred patterns cost about 0.4 s,
more than reading an article.  Here the program `re` generates for a (pattern, flags) pair is
stored in a file (JSON: lists, numbers and strings, nothing that runs) and handed straight
to the engine (`_sre.compile`) the next time.

It relies on two internals of CPython's `re` (`re._parser.parse`, `re._compiler._code`) and on
the engine's `_sre.compile`, so:

- the file's name carries the Python version and the engine's MAGIC number, and a file
  written by another version is never read;
- it carries a stamp of the project's code too (`code_stamp`), and of where the project is: the
  patterns of rules since changed are never hit again, so each version of the rules has a
  file of its own and saving one deletes the others of the same copy of the project (a store
  that grew with every update took a one-article run from 0.23 to 0.40 s, parsing 5.7 MB of
  stale programs);
- a program is stored only after the pattern it makes compared equal to `re.compile`'s (a
  compiled pattern's equality compares its flags, text and program);
- anything unexpected (another Python, an unreadable or broken file, a folder that cannot be
  written) falls back to `re.compile`, silently: the store only ever saves time.

The folder is `$WARCLAIMS_CACHE_DIR`, else `$XDG_CACHE_HOME/warclaims`, else
`~/.cache/warclaims`; it can be deleted at any time.  New programs are written by
`save_new_programs` (at exit, and after each batch of a corpus, as pool workers skip `atexit`).
"""
from __future__ import annotations

import atexit
import hashlib
import json
import os
import re
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

try:   # CPython's regular-expression internals; without them the store is off
    import _sre
    from re import _compiler, _parser
except ImportError:   # pragma: no cover - another Python
    _sre = None

__all__ = ["compile_pattern", "save_new_programs", "store_path"]

#: What `_sre.compile` takes: the text compiled, flags, program, groups, group names.
Program = tuple[str, int, list[int], int, dict[str, int], tuple[str | None, ...]]
#: A pattern as asked for: its text, its flags and the name of the rewriting it is compiled after.
Key = tuple[str, int, str]
#: The layout of the stored programs, in the file's name: a file of another layout is never read.
LAYOUT = 2

_programs: dict[Key, Program] | None = None
_new: dict[Key, Program] = {}


def store_path() -> Path:
    """The file of this Python's stored programs for this version of the code."""
    return _store_folder() / f"{_store_prefix()}{code_stamp()}.json"


def _store_folder() -> Path:
    return Path(os.environ.get("WARCLAIMS_CACHE_DIR") or Path(
        os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "warclaims")


def _store_prefix() -> str:
    """The stores of this Python and of this copy of the project (two clones keep their own)."""
    clone = hashlib.sha1(str(_PACKAGE).encode()).hexdigest()[:8]
    return f"patterns{LAYOUT}-{sys.implementation.cache_tag}-{getattr(_sre, 'MAGIC', 0)}-{clone}-"


_PACKAGE = Path(__file__).resolve().parent
#: Data files the patterns are built from (the actor names, the outlets' names).
_PATTERN_DATA = ("actor_aliases.csv", "news_outlets.csv")


def code_stamp() -> str:
    """A stamp of the project's code and of the data its patterns are built from: the name,
    size and modification time of each file (a few dozen `stat` calls, no reading)."""
    digest = hashlib.sha1()
    files = sorted(_PACKAGE.rglob("*.py")) + [_PACKAGE / "data" / name for name in _PATTERN_DATA]
    for path in files:
        try:
            status = path.stat()
        except OSError:
            continue
        digest.update(f"{path.relative_to(_PACKAGE)}:{status.st_size}:{status.st_mtime_ns};".encode())
    return digest.hexdigest()[:12]


def compile_pattern(pattern: str, flags: int = 0, rewrite: Callable[[str], str] | None = None) -> re.Pattern[str]:
    """`re.compile(rewrite(pattern), flags)` (`re.compile(pattern, flags)` without `rewrite`),
    from the stored program when there is one: a rewriting that costs time of its own (one
    that reads the parsed pattern, say) is then skipped too."""
    if _sre is not None:
        key = (pattern, int(flags), rewrite.__qualname__ if rewrite else "")
        program = _stored_programs().get(key)
        if program is not None:
            try:
                return _sre.compile(*program)
            except (TypeError, ValueError, RuntimeError):
                pass   # a program this engine does not take: compile it afresh below
    text = rewrite(pattern) if rewrite else pattern
    compiled = re.compile(text, flags)
    if _sre is not None:
        _remember(key, compiled)
    return compiled


def _stored_programs() -> dict[Key, Program]:
    global _programs
    if _programs is None:
        _programs = _read_store(store_path())
    return _programs


def _read_store(path: Path) -> dict[Key, Program]:
    try:
        rows = json.loads(path.read_bytes())
        return {(key[0], key[1], key[2]): (program[0], program[1], program[2], program[3], program[4],
                                           tuple(program[5])) for key, program in rows}
    except (OSError, ValueError, TypeError, IndexError, KeyError):
        return {}


def _remember(key: Key, compiled: re.Pattern[str]) -> None:
    """Keep the program of a pattern just compiled, if the engine rebuilds the same pattern from it."""
    try:
        program = _program(compiled.pattern, key[1])
        if _sre.compile(*program) != compiled:
            return
    except Exception:   # noqa: BLE001 - internals of another Python: no store, no harm
        return
    if not _new:
        atexit.register(save_new_programs)
    _new[key] = program
    _stored_programs()[key] = program


def _program(pattern: str, flags: int) -> Program:
    """What `re._compiler.compile` hands the engine for `pattern`: its flags, program, number of
    groups and group names."""
    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    names = parsed.state.groupdict
    by_index: list[str | None] = [None] * parsed.state.groups
    for name, index in names.items():
        by_index[index] = name
    return (pattern, int(flags | parsed.state.flags), [int(op) for op in code], parsed.state.groups - 1, dict(names),
            tuple(by_index))


def save_new_programs() -> None:
    """Add the programs compiled since the last save to the store file (written whole, atomically;
    another process's additions in the meantime are kept)."""
    if not _new:
        return
    path = store_path()
    stored = _read_store(path)
    stored.update(_new)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("wb", dir=path.parent, prefix=".patterns-", delete=False) as out:
            try:
                out.write(json.dumps([[list(key), list(program)] for key, program in stored.items()]).encode())
            except BaseException:
                Path(out.name).unlink()
                raise
        os.replace(out.name, path)
    except (OSError, ValueError):
        return   # a folder that cannot be written: the next run compiles again
    _new.clear()
    _remove_stale_stores(path)


def _remove_stale_stores(current: Path) -> None:
    """Delete the stores of earlier versions of the code for this Python (never read again)."""
    legacy = current.parent / f"patterns{LAYOUT}-{sys.implementation.cache_tag}-{getattr(_sre, 'MAGIC', 0)}.json"   # before stamps
    for other in [*current.parent.glob(f"{_store_prefix()}*.json"), legacy]:
        if other != current and other.exists():
            try:
                other.unlink()
            except OSError:
                pass   # another process's, or a folder that cannot be written: harmless
