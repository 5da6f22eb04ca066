"""Reading the raw documents given to ``annotate``: text files, folders and JSONL files.

Document ids:

* a file given directly: its name without the extension (``notes/x.txt`` → ``x``);
* a ``.txt`` file found in a given folder: its path relative to that folder, without ``.txt``,
  with ``/`` between folders (``in/`` holding ``a/x.txt`` and ``b/x.txt`` → ``a/x``, ``b/x``);
* a line of a ``.jsonl`` file: its ``id`` (a string or a number), else ``<file stem>:<line>``.

Ids are unique across all inputs: the same id twice (in one JSONL file, or from two inputs, e.g.
two folders each holding ``x.txt``) is an :class:`~viet_partydocs.errors.InputError` naming both
places. Files are read through :mod:`viet_partydocs.corpus.jsonio` (UTF-8 checked, JSON Lines cut
at ``"\\n"`` only, problems as ``file:line: reason``).
"""

from __future__ import annotations

from pathlib import Path
from typing import Iterable, Iterator, NamedTuple

from .corpus.jsonio import read_records, read_text
from .errors import InputError

__all__ = ["Document", "read_documents", "iter_input_files", "iter_input_documents"]

JSONL_SUFFIXES = (".jsonl", ".ndjson")


class Document(NamedTuple):
    id: str
    text: str
    source: str  # file (and line) it came from, for messages


def iter_input_documents(paths: Iterable[str | Path]) -> Iterator[tuple[Path, str]]:
    """Expand ``paths`` into ``(file, id)``: a file as it is, with its stem as id; a folder into the
    ``.txt`` files below it (sorted), each with its path relative to the folder, without ``.txt``.

    The id of a JSONL file is not used (its lines carry theirs).
    """
    for p in map(Path, paths):
        if p.is_dir():
            found = sorted(q for q in p.rglob("*.txt") if q.is_file())
            if not found:
                raise InputError(str(p), "is a directory without any .txt file")
            for q in found:
                yield q, q.relative_to(p).with_suffix("").as_posix()
        elif not p.exists():
            raise InputError(str(p), "no such file or directory")
        else:
            yield p, p.stem


def iter_input_files(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Expand ``paths``: files as they are, folders into the ``.txt`` files below them (sorted)."""
    for path, _ in iter_input_documents(paths):
        yield path


def _read_jsonl(path: Path) -> Iterator[Document]:
    for n, obj in read_records(path, "a JSONL file of documents"):
        if "text" not in obj:
            raise InputError(str(path), "the object has no 'text'", n)
        if not isinstance(obj["text"], str):
            raise InputError(str(path), "'text' must be a string", n)
        doc_id = obj.get("id", f"{path.stem}:{n}")
        if not isinstance(doc_id, (str, int)):
            raise InputError(str(path), "'id' must be a string or a number", n)
        yield Document(str(doc_id), obj["text"], f"{path}:{n}")


def _line_of(source: str, path: Path) -> int | None:
    """The line number of a ``Document.source`` of ``path`` (``None`` for a whole file)."""
    rest = source[len(str(path)) + 1 :] if source.startswith(f"{path}:") else ""
    return int(rest) if rest.isdigit() else None


def read_documents(paths: Iterable[str | Path]) -> list[Document]:
    """Read every input document, validating all of it before anything is processed.

    ``.jsonl`` files hold one ``{"id", "text"}`` object per line; any other file is one document
    (ids: see the module docstring). Raises :class:`InputError` on the first problem, also for an
    id used twice across the inputs (naming both sources).
    """
    docs: list[Document] = []
    seen: dict[str, str] = {}
    for path, file_id in iter_input_documents(paths):
        if path.suffix.lower() in JSONL_SUFFIXES:
            found: Iterable[Document] = _read_jsonl(path)
        else:
            found = [Document(file_id, read_text(path, "a text file"), str(path))]
        for d in found:
            if d.id in seen:
                raise InputError(
                    str(path), f"duplicate id {d.id!r} (first from {seen[d.id]})", _line_of(d.source, path)
                )
            seen[d.id] = d.source
            docs.append(d)
    return docs
