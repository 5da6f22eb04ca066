"""Reading JSON and JSON Lines files: one reader, UTF-8 checked, every problem with its line.

Every reader of the package goes through here (raw documents, annotation files of all formats,
``articles.jsonl`` of a text root, split files), so they agree on:

* **decoding**: UTF-8, a leading byte-order mark dropped; undecodable bytes are an
  :class:`~viet_partydocs.errors.InputError` naming the line of the first bad byte;
* **lines**: JSON Lines are cut at ``"\\n"`` only (a ``"\\r"`` before it is ignored as white space).
  Never :meth:`str.splitlines`, which also cuts at U+2028, U+2029, U+0085 …, characters that
  ``json.dumps(..., ensure_ascii=False)`` writes raw inside strings: a valid line would be torn;
* **messages**: ``file:line: reason`` (:class:`~viet_partydocs.errors.InputError` and the problem
  strings of :class:`JsonSource`).

:class:`JsonSource` reads a JSON Lines file, a JSON array of records or one (pretty-printed) JSON
object, collecting malformed lines as problems so that a bad line does not hide the others;
:func:`read_records` is the strict form (raise the first problem); :func:`load_json` reads a file
holding one JSON document; :func:`read_text` just decodes a file.
"""

from __future__ import annotations

import bisect
import json
import json.decoder
import json.scanner
from pathlib import Path
from typing import Any, Iterator, Optional

from ..errors import InputError

__all__ = ["read_text", "json_lines", "load_json", "JsonSource", "read_records", "split_problem"]


def read_text(path: str | Path, expected: str = "a file") -> str:
    """The text of ``path`` decoded as UTF-8 (a leading BOM dropped), else :class:`InputError`.

    ``expected`` names what the file should have been, for the message about a directory.
    """
    name = str(path)
    try:
        raw = Path(path).read_bytes()
    except FileNotFoundError:
        raise InputError(name, "no such file") from None
    except IsADirectoryError:
        raise InputError(name, f"is a directory, expected {expected}") from None
    except OSError as e:
        raise InputError(name, f"cannot be read ({e.strerror or e})") from None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        line = raw[: e.start].count(b"\n") + 1
        raise InputError(name, f"is not valid UTF-8 (byte {e.start}: {e.reason})", line) from None


def json_lines(text: str) -> Iterator[tuple[int, str]]:
    """``(line number, line)`` of the non-blank lines of ``text``, cut at ``"\\n"`` only."""
    for n, line in enumerate(text.split("\n"), 1):
        if line.strip():
            yield n, line


def _json_error(e: json.JSONDecodeError) -> str:
    return f"not valid JSON ({e.msg} at column {e.colno})"


def load_json(path: str | Path, expected: str = "a JSON file") -> Any:
    """The JSON document held by the file ``path``; malformed JSON is an :class:`InputError` with its line."""
    text = read_text(path, expected)
    try:
        return json.loads(text)
    except json.JSONDecodeError as e:
        raise InputError(str(path), _json_error(e), e.lineno) from None


class _PosDict(dict):  # type: ignore[type-arg]
    """A JSON object that remembers the character offset of its ``{`` in the source text."""

    __slots__ = ("pos",)


class _PositionDecoder(json.JSONDecoder):
    """A JSON decoder whose objects are :class:`_PosDict` (pure-Python scanner, so it can hook objects)."""

    def __init__(self) -> None:
        super().__init__()
        self.parse_object = self._parse_object  # type: ignore[assignment]
        self.scan_once = json.scanner.py_make_scanner(self)  # type: ignore[attr-defined]

    @staticmethod
    def _parse_object(s_and_end: tuple[str, int], *args: Any, **kwargs: Any) -> tuple[Any, int]:
        obj, end = json.decoder.JSONObject(s_and_end, *args, **kwargs)  # type: ignore[attr-defined]
        out = _PosDict(obj)
        out.pos = s_and_end[1] - 1
        return out, end


def split_problem(msg: str, name: str) -> tuple[Optional[int], str]:
    """``(line, reason)`` of a problem string ``"<name>:<line>: reason"`` (line ``None`` without one)."""
    if msg.startswith(name + ":"):
        rest = msg[len(name) + 1 :]
        head, sep, reason = rest.partition(":")
        if sep and head.isdigit():
            return int(head), reason.lstrip()
        return None, rest.lstrip()
    return None, msg


class JsonSource:
    """The records of one JSON / JSON Lines file, with their line numbers.

    ``records`` is a list of ``(line, record)``; ``problems`` the malformed lines (``file:line:
    reason``), to which readers of the records add their own. A JSON array (or one pretty-printed
    JSON object) is parsed whole and its objects remember where they start, so :meth:`line_of` can
    name the line of any nested object (a Label Studio result); JSON Lines are parsed line by line
    (:func:`json_lines`), so a bad line does not hide the others. A file that is not JSON at all,
    cannot be read or is not UTF-8 raises :class:`InputError` at once. An empty (or blank) file has
    no records and no problems.
    """

    def __init__(self, path: str | Path, expected: str = "a JSON or JSON Lines file") -> None:
        self.path = Path(path)
        self.name = str(path)
        self.records: list[tuple[int, dict[str, Any]]] = []
        self.problems: list[str] = []
        self._newlines: list[int] = []
        text = read_text(path, expected)
        if text.strip():
            self._parse(text)

    def _whole(self, text: str) -> Any:
        self._newlines = [i for i, c in enumerate(text) if c == "\n"]
        return _PositionDecoder().decode(text)

    def _parse(self, text: str) -> None:
        if text.lstrip().startswith("["):
            try:
                data = self._whole(text)
            except json.JSONDecodeError as e:
                raise InputError(self.name, _json_error(e), e.lineno) from None
            if not isinstance(data, list):  # pragma: no cover - starts with "[" so it is a list
                raise InputError(self.name, "expected a JSON array of records", 1)
            line = 1
            for k, item in enumerate(data):
                if isinstance(item, dict):
                    line = self.line_of(item, line)
                    self.records.append((line, item))
                else:  # only objects remember their position: name the line of the object before it
                    self.problems.append(f"{self.name}:{line}: item {k} of the array is not a JSON object")
            return
        parsed: list[tuple[int, Any]] = []
        bad: list[tuple[int, json.JSONDecodeError]] = []
        first_line = ""
        for n, line in json_lines(text):
            first_line = first_line or line
            try:
                parsed.append((n, json.loads(line)))
            except json.JSONDecodeError as e:
                bad.append((n, e))
        if bad and (not parsed or bad[0][0] < parsed[0][0]):
            # perhaps one pretty-printed JSON object rather than JSON Lines
            try:
                data = self._whole(text)
            except json.JSONDecodeError as e:
                if not parsed:  # nothing is JSON: name the first bad line (or, for one object laid
                    # out over many lines, the place where the whole text stops being JSON)
                    n, first = bad[0]  # every line is bad: bad[0] is the first line
                    if first_line.strip() == "{":
                        n, first = e.lineno, e
                    raise InputError(self.name, _json_error(first), n) from None
            else:
                if isinstance(data, dict):
                    self.records.append((1, data))
                    return
        for n, e in bad:
            self.problems.append(f"{self.name}:{n}: {_json_error(e)}")
        for n, obj in parsed:
            if isinstance(obj, dict):
                self.records.append((n, obj))
            else:
                self.problems.append(f"{self.name}:{n}: each line must be a JSON object")
        self.records.sort(key=lambda r: r[0])

    def line_of(self, obj: Any, default: int) -> int:
        """The line where ``obj`` (a record or an object nested in it) starts, else ``default``."""
        pos = getattr(obj, "pos", None)
        if pos is None:
            return default
        return bisect.bisect_left(self._newlines, pos) + 1

    def where(self, line: int) -> str:
        """``file:line``."""
        return f"{self.name}:{line}"

    def first_problem(self) -> Optional[InputError]:
        """The problem on the earliest line as an :class:`InputError`, or ``None`` without problems."""
        if not self.problems:
            return None
        split = [split_problem(p, self.name) for p in self.problems]
        k = min(range(len(split)), key=lambda i: (split[i][0] or 0, i))
        line, reason = split[k]
        return InputError(self.name, reason, line)

    def raise_first(self) -> None:
        """Raise :meth:`first_problem` if there is one."""
        err = self.first_problem()
        if err is not None:
            raise err


def read_records(path: str | Path, expected: str = "a JSON Lines file") -> list[tuple[int, dict[str, Any]]]:
    """``(line, record)`` of every JSON object of ``path`` (as :class:`JsonSource` reads it), in
    order; the first malformed line raises :class:`InputError` (``file:line: reason``)."""
    src = JsonSource(path, expected)
    src.raise_first()
    return src.records
