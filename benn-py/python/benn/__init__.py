"""Validate and read BENN action concepts (*Handlungskonzepte*).

The work is done by the Rust core (``benn-core``) through ``benn._benn``;
this module turns its JSON results into plain dicts and lists.

>>> import benn
>>> findings = benn.validate(b'{"format_version": 1, "titel": "x"}')
>>> [(f["pointer"], f["line"], f["column"]) for f in findings if f["code"] == "field.unknown"]
[('/titel', 1, 23)]
>>> sorted({f["code"] for f in findings})
['field.missing', 'field.unknown']
"""

from __future__ import annotations

import datetime as _dt
import json as _json
from typing import Any, Dict, List, Mapping, Optional, Sequence, Union

from . import _benn

__all__ = [
    "BennError",
    "InvalidDocument",
    "codes",
    "read",
    "schema",
    "validate",
]

__version__: str = _benn.VERSION

Finding = Dict[str, Any]


class BennError(Exception):
    """An operation of benn that could not be carried out.

    ``code`` is a stable slug such as ``read.invalid``. Findings of validation
    are never raised: :func:`validate` returns them as data.
    """

    code: str

    def __init__(self, message: str, code: str) -> None:
        super().__init__(message)
        self.code = code

    def __reduce__(self) -> Any:
        return (type(self), (str(self), self.code))


class InvalidDocument(BennError, ValueError):
    """The document could not be read; ``findings`` lists its error findings,
    each a dict like those :func:`validate` returns."""

    findings: List[Finding]

    def __init__(self, message: str, code: str, findings: List[Finding]) -> None:
        super().__init__(message, code)
        self.findings = findings

    def __reduce__(self) -> Any:
        return (type(self), (str(self), self.code, self.findings))


def validate(
    data: Union[str, bytes],
    *,
    today: Union[str, _dt.date, None] = None,
    known_concepts: Optional[Sequence[Mapping[str, Any]]] = None,
) -> List[Finding]:
    """Validates a document and returns **all** findings, in source order.

    Each finding is a dict with ``code``, ``severity`` (``error``, ``warning``
    or ``advice``), ``pointer`` (JSON Pointer), ``line``, ``column``, ``offset``,
    ``message`` (``{"de", "en"}``) and, when there is one, ``hint`` and
    ``related``. ``today`` (``YYYY-MM-DD`` or a date) enables rules about the
    present; a malformed date raises :class:`ValueError`. Bytes are never
    rejected: invalid UTF-8 is a finding, and so is a lone surrogate in a
    ``str`` (``json.utf8`` at its place, as in the browser).

    ``known_concepts`` are the concepts checked together with this one (the
    document itself included), each a dict ``{"id": ..., "period": {"start":
    "YYYY-MM", "end": "YYYY-MM"}, "district": "03", "site": "BENN ..."}``
    (district and site optional): ``previous`` is resolved against them, a
    ``previous`` of another site is an error, and two of them with the same id
    are an error. A malformed entry raises :class:`ValueError` naming it.
    """
    if isinstance(today, _dt.date):
        today = f"{today.year:04d}-{today.month:02d}-{today.day:02d}"
    known = None if known_concepts is None else _json.dumps(list(known_concepts))
    findings: List[Finding] = _json.loads(_benn.validate(data, today, known))["findings"]
    return findings


def read(data: Union[str, bytes]) -> Dict[str, Any]:
    """Reads a document and returns it in canonical form as a dict.

    Raises :class:`InvalidDocument` (a :class:`ValueError`) with ``code`` and
    ``findings`` when the document cannot be read.
    """
    concept: Dict[str, Any] = _json.loads(_benn.read(data))
    return concept


def schema() -> Dict[str, Any]:
    """The JSON Schema (draft 2020-12) of the concept format."""
    result: Dict[str, Any] = _json.loads(_benn.SCHEMA_JSON)
    return result


def codes() -> List[Dict[str, Any]]:
    """The registry of finding codes: ``code``, ``severity`` and
    ``description`` (``{"de", "en"}``) of each, in registry order."""
    result: List[Dict[str, Any]] = _json.loads(_benn.codes())
    return result
