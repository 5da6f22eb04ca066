"""Reading the raw documents given to ``annotate``: text files, folders and JSONL files."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Iterable, Iterator, NamedTuple

from .errors import InputError

__all__ = ["Document", "read_documents", "iter_input_files"]


class Document(NamedTuple):
    id: str
    text: str
    source: str  # file (and line) it came from, for messages


def _read_text(path: Path) -> str:
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(str(path), "no such file") from None
    except IsADirectoryError:
        raise InputError(str(path), "is a directory") from None
    except OSError as e:
        raise InputError(str(path), f"cannot be read ({e.strerror or e})") from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        line = data[: e.start].count(b"\n") + 1
        raise InputError(str(path), f"is not valid UTF-8 (byte {e.start}: {e.reason})", line) from None


def iter_input_files(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Expand ``paths``: files as they are, folders into the ``.txt`` files below them (sorted)."""
    for p in map(Path, paths):
        if p.is_dir():
            found = sorted(q for q in p.rglob("*.txt") if q.is_file())
            if not found:
                raise InputError(str(p), "is a directory without any .txt file")
            yield from found
        elif not p.exists():
            raise InputError(str(p), "no such file or directory")
        else:
            yield p


def _read_jsonl(path: Path) -> Iterator[Document]:
    text = _read_text(path)
    seen: dict[str, int] = {}
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            raise InputError(str(path), f"not valid JSON ({e.msg} at column {e.colno})", n) from None
        if not isinstance(obj, dict):
            raise InputError(str(path), "each line must be a JSON object with 'id' and 'text'", n)
        if "text" not in obj:
            raise InputError(str(path), "the object has no 'text'", n)
        if not isinstance(obj["text"], str):
            raise InputError(str(path), "'text' must be a string", n)
        doc_id = obj.get("id", f"{path.stem}:{n}")
        if not isinstance(doc_id, (str, int)):
            raise InputError(str(path), "'id' must be a string or a number", n)
        doc_id = str(doc_id)
        if doc_id in seen:
            raise InputError(str(path), f"duplicate id {doc_id!r} (first on line {seen[doc_id]})", n)
        seen[doc_id] = n
        yield Document(doc_id, obj["text"], f"{path}:{n}")


def read_documents(paths: Iterable[str | Path]) -> list[Document]:
    """Read every input document, validating all of it before anything is processed.

    ``.jsonl`` files hold one ``{"id", "text"}`` object per line; any other file is one document
    whose id is its file name without ``.txt``. Raises :class:`InputError` on the first problem.
    """
    docs: list[Document] = []
    for path in iter_input_files(paths):
        if path.suffix.lower() in (".jsonl", ".ndjson"):
            docs.extend(_read_jsonl(path))
        else:
            docs.append(Document(path.stem, _read_text(path), str(path)))
    return docs
