"""Findings of a validation (:class:`Finding`) and their :class:`Report`."""

from __future__ import annotations

import copy as _copy
import json as _json
from typing import Any, Dict, Iterator, List, NamedTuple, Optional, Sequence, Union, overload

__all__ = ["Finding", "Report", "Text", "SEVERITIES"]

SEVERITIES = ("error", "warning", "advice")


class Text(NamedTuple):
    """A text in German and English (German first, as in the core)."""

    de: str
    en: str

    def get(self, lang: str = "en") -> str:
        """The text in ``lang`` (``de`` or ``en``)."""
        if lang == "de":
            return self.de
        if lang == "en":
            return self.en
        raise ValueError(f"lang must be 'de' or 'en', not {lang!r}")


def pointer_path(pointer: str) -> List[Union[str, int]]:
    """The keys and indexes of a JSON Pointer: ``/action_fields/0/goals`` →
    ``['action_fields', 0, 'goals']`` (RFC 6901 escapes undone)."""
    if not pointer:
        return []
    parts: List[Union[str, int]] = []
    for raw in pointer.split("/")[1:]:
        key = raw.replace("~1", "/").replace("~0", "~")
        is_index = key.isdigit() and key.isascii() and (key == "0" or not key.startswith("0"))
        parts.append(int(key) if is_index else key)
    return parts


class Finding:
    """One finding of the validation: what (``code``, ``severity``), where
    (``path``, ``pointer``, ``line``, ``column``, ``offset``), the ``message``
    and ``hint`` in German and English, and the values in ``context``.

    Findings are immutable values; ``to_dict()`` gives the CLI's JSON shape.
    """

    __slots__ = ("_d",)

    def __init__(self, data: Dict[str, Any]) -> None:
        self._d = data

    @property
    def code(self) -> str:
        """The stable code, e.g. ``id.duplicate`` (see :func:`benn.codes`)."""
        return str(self._d["code"])

    @property
    def severity(self) -> str:
        """``error``, ``warning`` or ``advice``."""
        return str(self._d["severity"])

    @property
    def pointer(self) -> str:
        """Where, as a JSON Pointer (``""`` is the whole document)."""
        return str(self._d["pointer"])

    @property
    def path(self) -> List[Union[str, int]]:
        """Where, as keys and indexes: ``['action_fields', 0, 'title']``."""
        return pointer_path(self.pointer)

    @property
    def line(self) -> Optional[int]:
        """Line in the document, from 1."""
        v = self._d.get("line")
        return None if v is None else int(v)

    @property
    def column(self) -> Optional[int]:
        """Column in the line (in characters), from 1."""
        v = self._d.get("column")
        return None if v is None else int(v)

    @property
    def offset(self) -> Optional[int]:
        """Byte offset in the document, from 0."""
        v = self._d.get("offset")
        return None if v is None else int(v)

    @property
    def message(self) -> Text:
        """The message in German and English."""
        m = self._d["message"]
        return Text(str(m["de"]), str(m["en"]))

    @property
    def hint(self) -> Optional[Text]:
        """How to fix it, in German and English, when there is a hint."""
        h = self._d.get("hint")
        return None if h is None else Text(str(h["de"]), str(h["en"]))

    @property
    def related(self) -> Optional[Dict[str, Any]]:
        """Another place the finding refers to (``pointer``, ``line``, ...)."""
        r = self._d.get("related")
        return None if r is None else dict(r)

    @property
    def context(self) -> Dict[str, Any]:
        """The finding's values, e.g. ``{"id": "s1", "count": 2}``."""
        return _copy.deepcopy(self._d.get("context", {}))

    def __reduce__(self) -> Any:
        return (Finding, (self.to_dict(),))

    def to_dict(self) -> Dict[str, Any]:
        """The finding as in ``benn validate --format json``."""
        return _copy.deepcopy(self._d)

    def format(self, lang: str = "en") -> str:
        """One line like the CLI's: ``3:5: error[id.duplicate]: message``."""
        return f"{self.line}:{self.column}: {self.severity}[{self.code}]: {self.message.get(lang)}"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Finding) and self._d == other._d

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return (
            f"Finding({self.severity}[{self.code}] at {self.pointer or '/'!s} "
            f"{self.line}:{self.column}: {self.message.en!r})"
        )


class Report:
    """All findings of a document, in source order: iterable, ``len()``,
    indexable, filtered by severity (:meth:`errors`, :meth:`warnings`,
    :meth:`advice`, :meth:`by_severity`); :meth:`to_dicts` gives the
    findings as ``benn validate --format json`` writes them.

    >>> import benn
    >>> report = benn.validate(b'{"format_version": 1, "titel": "x"}')
    >>> [(f.pointer, f.line, f.column) for f in report if f.code == "field.unknown"]
    [('/titel', 1, 23)]
    >>> len(report.errors()) == len(report), report.ok
    (True, False)
    """

    __slots__ = ("_findings",)

    def __init__(self, findings: Sequence[Finding] = ()) -> None:
        items = list(findings)
        for f in items:
            if not isinstance(f, Finding):
                raise TypeError(f"a Report holds Finding objects, not {type(f).__name__}")
        self._findings = items

    @classmethod
    def _from_dicts(cls, findings: List[Dict[str, Any]]) -> "Report":
        r = cls.__new__(cls)
        r._findings = [Finding(f) for f in findings]
        return r

    @classmethod
    def _from_json(cls, text: str) -> "Report":
        return cls._from_dicts(_json.loads(text)["findings"])

    def __reduce__(self) -> Any:
        return (Report, (self._findings,))

    def __iter__(self) -> Iterator[Finding]:
        return iter(self._findings)

    def __len__(self) -> int:
        return len(self._findings)

    @overload
    def __getitem__(self, index: int) -> Finding: ...

    @overload
    def __getitem__(self, index: slice) -> "Report": ...

    def __getitem__(self, index: Union[int, slice]) -> Union[Finding, "Report"]:
        if isinstance(index, slice):
            return Report(self._findings[index])
        return self._findings[index]

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Report) and self._findings == other._findings

    __hash__ = None  # type: ignore[assignment]

    def by_severity(self, severity: str) -> "Report":
        """The findings of one severity (``error``, ``warning`` or ``advice``)."""
        if severity not in SEVERITIES:
            raise ValueError(f"severity must be one of {', '.join(SEVERITIES)}, not {severity!r}")
        return Report([f for f in self._findings if f.severity == severity])

    def errors(self) -> "Report":
        """The findings of severity ``error``."""
        return self.by_severity("error")

    def warnings(self) -> "Report":
        """The findings of severity ``warning``."""
        return self.by_severity("warning")

    def advice(self) -> "Report":
        """The findings of severity ``advice``."""
        return self.by_severity("advice")

    @property
    def ok(self) -> bool:
        """``True`` when there is no error (warnings and advice allowed)."""
        return not any(f.severity == "error" for f in self._findings)

    def codes(self) -> List[str]:
        """The codes of the findings, in order."""
        return [f.code for f in self._findings]

    def to_dicts(self) -> List[Dict[str, Any]]:
        """The findings as ``benn validate --format json`` writes them."""
        return [f.to_dict() for f in self._findings]

    def format(self, lang: str = "en") -> str:
        """One line per finding, as the CLI prints them."""
        return "\n".join(f.format(lang) for f in self._findings)

    def __repr__(self) -> str:
        counts = ", ".join(
            f"{n} {s}" for s in SEVERITIES if (n := sum(f.severity == s for f in self._findings))
        )
        return f"Report({counts or 'no findings'})"

    def _repr_html_(self) -> str:
        from ._html import report_html

        return report_html(self)

