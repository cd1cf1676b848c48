"""HTML for Jupyter (``_repr_html_``): small tables of a concept and of a
report. Every number comes from the core; this only lays it out."""

from __future__ import annotations

import html as _html
import os
from typing import TYPE_CHECKING, Iterable, List, Optional, Union

if TYPE_CHECKING:
    from ._concept import Concept, Log
    from ._report import Report

__all__ = ["ReportDocument", "SVG", "concept_html", "log_html", "report_html", "table_html"]

_STYLE = "border-collapse:collapse;font-size:90%"
_CELL = "border:1px solid #ccc;padding:2px 6px;text-align:left;vertical-align:top"


def _e(value: object) -> str:
    return _html.escape("" if value is None else str(value))


def table_html(head: Iterable[str], rows: Iterable[Iterable[object]]) -> str:
    """A plain HTML table (cells escaped)."""
    th = "".join(f'<th style="{_CELL}">{_e(h)}</th>' for h in head)
    body = "".join(
        "<tr>" + "".join(f'<td style="{_CELL}">{_e(c)}</td>' for c in row) + "</tr>" for row in rows
    )
    return f'<table style="{_STYLE}"><thead><tr>{th}</tr></thead><tbody>{body}</tbody></table>'


def _euros(cents: int) -> str:
    return f"{cents / 100:,.2f} €".replace(",", "\u202f")


def concept_html(concept: "Concept") -> str:
    """The concept's head and one row per action field."""
    site = concept.site
    period = concept.period
    rows: List[List[object]] = []
    for f in concept.action_fields:
        steps = f.all_steps()
        cost = sum(s.planned_cost_cents or 0 for s in steps)
        done = sum(1 for s in steps if s.status == "done")
        rows.append([f.key, f.title, len(f.goals), len(steps), done, _euros(cost)])
    head = (
        f"<p><b>{_e(concept.title or concept.id)}</b> <code>{_e(concept.id)}</code><br>"
        f"{_e(site.name if site else '')} · Bezirk {_e(site.district if site else '')} · "
        f"{_e(period if period else '')} · {len(concept.log)} log entries</p>"
    )
    table = table_html(
        ["field", "title", "goals", "steps", "done", "planned cost"],
        rows,
    )
    return head + table


def report_html(report: "Report") -> str:
    """One row per finding, or a line saying there is none."""
    if not len(report):
        return "<p>benn: no findings</p>"
    counts = ", ".join(
        f"{len(report.by_severity(s))} {s}" for s in ("error", "warning", "advice") if len(report.by_severity(s))
    )
    rows = [
        [f"{f.line}:{f.column}", f.severity, f.code, f.pointer or "/", f.message.en, f.message.de]
        for f in report
    ]
    return f"<p>benn: {_e(counts)}</p>" + table_html(
        ["line:col", "severity", "code", "pointer", "message", "Meldung"], rows
    )


def log_html(log: "Log", last: int = 10) -> str:
    """The log's concept, its number of entries and the latest ``last``."""
    entries = list(log.entries)
    rows: List[List[object]] = []
    for e in entries[-last:]:
        about = e.step or e.goal or e.indicator or e.body or ""
        what = e.status or (f"{e.progress} %" if e.progress is not None else "")
        if e.spent_cents is not None:
            what = _euros(e.spent_cents)
        if e.value is not None:
            what = f"{e.value} {e.unit or ''}".strip()
        rows.append([e.date, e.kind, about, what, e.note or "", e.id])
    head = (
        f"<p>Log of <code>{_e(log.concept)}</code>: {len(entries)} entries"
        f"{f', the latest {len(rows)}' if len(rows) < len(entries) else ''}</p>"
    )
    return head + table_html(["date", "kind", "about", "what", "note", "id"], rows)


class ReportDocument(str):
    """A report as the core wrote it: HTML or Markdown text (``markup`` is
    ``html`` or ``markdown``).
    Shows itself in Jupyter (HTML in a frame of its own, so its styles stay
    inside); :meth:`save` writes it to a file."""

    markup: str

    def __new__(cls, text: str, markup: str) -> "ReportDocument":
        obj = super().__new__(cls, text)
        obj.markup = markup
        return obj

    def _repr_html_(self) -> Optional[str]:
        if self.markup != "html":
            return None
        return (
            '<iframe style="width:100%;height:640px;border:1px solid #ccc" '
            f'srcdoc="{_html.escape(str(self), quote=True)}"></iframe>'
        )

    def _repr_markdown_(self) -> Optional[str]:
        return str(self) if self.markup == "markdown" else None

    def save(self, path: Union[str, "os.PathLike[str]"]) -> None:
        """Writes the text to a file (UTF-8)."""
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            f.write(str(self))


class SVG(str):
    """A chart as the core drew it (SVG text); shows itself in Jupyter."""

    def _repr_svg_(self) -> str:
        return str(self)

    def save(self, path: Union[str, "os.PathLike[str]"]) -> None:
        """Writes the SVG to a file (UTF-8)."""
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            f.write(str(self))
