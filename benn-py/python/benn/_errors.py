"""The exceptions of benn: one base class, :class:`BennError`."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Dict, List

if TYPE_CHECKING:
    from ._report import Report

__all__ = ["BennError", "ValidationError"]


class BennError(Exception):
    """An operation of benn that could not be carried out.

    ``code`` is a stable slug such as ``read.invalid``. Findings of
    :func:`benn.validate` are never raised: it returns them as data.
    """

    code: str

    def __init__(self, message: str, code: str) -> None:
        super().__init__(message)
        self.code = code

    def __reduce__(self) -> Any:
        return (type(self), (str(self), self.code))


class ValidationError(BennError, ValueError):
    """A document that could not be loaded: it is no readable concept (code
    ``read.invalid``), or a strict load found errors (``validate.invalid``).

    ``findings`` holds every finding (dicts in the CLI's JSON shape);
    :meth:`errors` only the errors; :attr:`report` the same as a
    :class:`benn.Report`.
    """

    findings: List[Dict[str, Any]]

    def __init__(self, message: str, code: str, findings: List[Dict[str, Any]]) -> None:
        super().__init__(message, code)
        self.findings = findings

    def __reduce__(self) -> Any:
        return (type(self), (str(self), self.code, self.findings))

    @property
    def report(self) -> "Report":
        """The findings as a :class:`benn.Report`."""
        from ._report import Report

        return Report._from_dicts(self.findings)

    def errors(self) -> "Report":
        """Only the findings of severity ``error``."""
        return self.report.errors()
