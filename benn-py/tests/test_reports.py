"""Reports and charts from the core's renderers (`benn_core::report`)."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

import benn
from conftest import EXAMPLES

DAY = datetime.date(2024, 6, 30)


@pytest.fixture(scope="module")
def c23() -> benn.Concept:
    return benn.load(EXAMPLES / "weissensee-2023.json")


@pytest.fixture(scope="module")
def log23(c23: benn.Concept) -> benn.Log:
    return benn.load_log(EXAMPLES / "weissensee-2023.log.json", c23)


def test_progress_report_as_html_and_markdown(c23: benn.Concept, log23: benn.Log, tmp_path: Path) -> None:
    html = c23.report(DAY, log=log23)
    assert isinstance(html, benn.ReportDocument) and html.markup == "html"
    assert html.startswith("<!DOCTYPE html>") and "<svg" in html and "<script" not in html
    assert "srcdoc=" in (html._repr_html_() or "") and html._repr_markdown_() is None
    md = c23.report(DAY, log=log23, format="markdown", lang="en")
    assert md.markup == "markdown" and md._repr_html_() is None and md._repr_markdown_() == str(md)
    assert c23.report(DAY, log=log23) == html  # the same bytes each time
    html.save(tmp_path / "r.html")
    assert (tmp_path / "r.html").read_text(encoding="utf-8") == html


def test_kurzfassung(c23: benn.Concept) -> None:
    md = c23.report(DAY, kind="kurzfassung", format="markdown")
    assert "## Handlungsfelder" in md
    assert len(c23.report(DAY, kind="kurzfassung", format="markdown", steps=True)) > len(md)
    en = c23.report(DAY, kind="kurzfassung", format="markdown", lang="en")
    assert en != md


@pytest.mark.parametrize(
    ("kwargs", "error", "match"),
    [
        ({"kind": "weekly"}, ValueError, "kind"),
        ({"lang": "fr"}, ValueError, "lang"),
        ({"format": "pdf"}, ValueError, "format"),
        ({"method": "median"}, ValueError, "method"),
        ({"lang": 1}, TypeError, "lang"),
        ({"steps": "yes"}, TypeError, "steps"),
    ],
)
def test_report_arguments_are_checked(c23: benn.Concept, kwargs: dict, error: type, match: str) -> None:
    with pytest.raises(error, match=match):
        c23.report(DAY, **kwargs)


@pytest.mark.parametrize("name", ["gantt", "budget", "progress", "shares"])
def test_charts_are_svg(c23: benn.Concept, log23: benn.Log, name: str) -> None:
    svg = c23.chart(name, DAY, log=log23)
    assert isinstance(svg, benn.SVG) and svg.startswith("<svg") and f'data-chart="{name}"' in svg
    assert svg._repr_svg_() == str(svg)
    assert c23.chart(name, DAY, log=log23, lang="en") != svg or name == "gantt"


def test_chart_arguments_are_checked(c23: benn.Concept, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="unknown chart `pie`"):
        c23.chart("pie", DAY)
    with pytest.raises(TypeError):
        c23.chart(3, DAY)  # type: ignore[arg-type]
    svg = c23.chart("gantt", DAY, key="k1")
    assert svg.count("data-bar=") == len(c23.all_steps())
    svg.save(tmp_path / "g.svg")
    assert (tmp_path / "g.svg").read_text(encoding="utf-8") == svg


def test_review_and_portfolio_reports(c23: benn.Concept, log23: benn.Log) -> None:
    c25 = benn.load(EXAMPLES / "weissensee-2025.json")
    r = benn.review_report(c23, c25, datetime.date(2025, 1, 31), log=log23)
    assert r.startswith("<!DOCTYPE html>") and "weissensee-2025" in r
    with pytest.raises(TypeError):
        benn.review_report(c23, "x", DAY)  # type: ignore[arg-type]
    p = benn.portfolio_report(EXAMPLES, DAY, "mean", format="markdown", lang="en")
    assert p.markup == "markdown" and "weissensee-2023" in p
    assert benn.portfolio_report([c23, c25], DAY, "cost").startswith("<!DOCTYPE html>")
