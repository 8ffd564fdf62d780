"""Re-running the notebooks: each in its own kernel, as many at once as there are cores.

The notebooks only read data/ and each writes its own figures/NAME.*, so none depends on
another and they can run side by side; kernels are separate processes, so two of them really
use two cores.  Each notebook is saved (temporary file, then rename) as soon as it has run.
"""
from __future__ import annotations

import asyncio
import os
from pathlib import Path

import nbformat
from jupyter_core.utils import run_sync
from nbclient import NotebookClient

from warclaims.files import write_bytes_atomic

__all__ = ["NotebookFailed", "run_notebooks"]


class NotebookFailed(RuntimeError):
    """One or more notebooks raised; the message names each with its error."""


def _usable_cores() -> int:
    """The cores this process may use (not all of the machine's, under a CPU limit)."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def _longest_first(paths: list[Path]) -> list[Path]:
    """Start the notebooks with the largest stored outputs (most figures) first, so a long one
    does not start last and keep one core busy while the other idles."""
    return sorted(paths, key=lambda path: (-path.stat().st_size, path.name))


def _save(notebook: nbformat.NotebookNode, path: Path) -> None:
    """Write as `nbformat.write` does (text ending in a newline), atomically."""
    text = nbformat.writes(notebook)
    write_bytes_atomic(path, (text if text.endswith("\n") else text + "\n").encode("utf-8"))


async def _run_one(path: Path, timeout: int, slots: asyncio.Semaphore) -> None:
    """Execute one notebook in a fresh kernel, with the working directory its folder, and save it.

    The kernel is killed, not asked to shut down, once the last cell has replied: every output
    has arrived by then and nothing is left for it to write, and a polite shutdown keeps a core's
    slot waiting ~0.4 s per notebook.
    """
    notebook = nbformat.read(path, as_version=4)
    client = NotebookClient(notebook, timeout=timeout, kernel_name="python3",
                            resources={"metadata": {"path": str(path.parent)}}, record_timing=False,
                            shutdown_kernel="immediate")
    async with slots:
        await client.async_execute()
    _save(notebook, path)


async def _run_all(paths: list[Path], timeout: int, jobs: int) -> dict[Path, BaseException]:
    """Run every notebook to the end, even when one fails, and return the failures by path."""
    slots = asyncio.Semaphore(jobs)
    results = await asyncio.gather(*(_run_one(path, timeout, slots) for path in paths),
                                   return_exceptions=True)
    return {path: result for path, result in zip(paths, results) if isinstance(result, BaseException)}


def _failure_message(failures: dict[Path, BaseException]) -> str:
    names = ", ".join(sorted(path.name for path in failures))
    details = "\n\n".join(f"--- {path}: {type(error).__name__}\n{error}"
                          for path, error in sorted(failures.items()))
    return f"{len(failures)} notebook(s) failed: {names}\n\n{details}"


def run_notebooks(folder: Path, timeout: int = 600, jobs: int | None = None) -> list[Path]:
    """Execute every notebook in `folder` in place and store its outputs; returns them in name order.

    At most `jobs` (default: the usable cores) run at once.  A notebook that fails is left as it
    was; the others still run and are saved, then NotebookFailed names every one that failed.
    """
    paths = sorted(folder.glob("*.ipynb"))
    failures = run_sync(_run_all)(_longest_first(paths), timeout, jobs or _usable_cores())
    if failures:
        raise NotebookFailed(_failure_message(failures))
    return paths
