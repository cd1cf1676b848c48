"""benn.validate, benn.read, benn.schema and benn.codes: the conversions of the
bindings. The rules themselves are tested in Rust and by the shared vectors."""

from __future__ import annotations

import datetime
import doctest
import json
import pickle
import random
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import jsonschema
import pytest

import benn
from conftest import EXAMPLES, ROOT, valid_documents

BROKEN = b'{"format_version": 1, "titel": "x"}'
VALID = valid_documents()
FINDING_KEYS = {"code", "severity", "pointer", "line", "column", "offset", "message"}


def by_code(report: benn.Report, code: str) -> benn.Finding:
    return next(f for f in report if f.code == code)


FORMATS = jsonschema.FormatChecker()
SchemaValidator = jsonschema.Draft202012Validator


def test_a_report_holds_findings() -> None:
    report = benn.validate(BROKEN)
    assert isinstance(report, benn.Report) and len(report) == 6 and not report.ok
    unknown = by_code(report, "field.unknown")
    assert (unknown.severity, unknown.pointer, unknown.path) == ("error", "/titel", ["titel"])
    assert (unknown.line, unknown.column, unknown.offset) == (1, 23, 22)
    assert "title" in unknown.message.en and unknown.message.de != unknown.message.en
    assert unknown.hint is not None and "`title`" in unknown.hint.en and "`title`" in unknown.hint.de
    assert unknown.context["field"] == "titel" and unknown.context["suggestion"] == "title"
    assert by_code(report, "field.missing").pointer == ""
    assert by_code(report, "field.missing").path == []
    offsets = [f.offset for f in report]
    assert offsets == sorted(offsets)  # type: ignore[type-var]
    assert report[0] == list(report)[0] and isinstance(report[:1], benn.Report)
    assert repr(report) == "Report(6 error)"
    assert "field.unknown" in repr(unknown)
    assert unknown.format() == f"1:23: error[field.unknown]: {unknown.message.en}"
    assert report.format("de").count("\n") == 5


def test_texts_are_german_and_english() -> None:
    f = benn.validate(BROKEN)[0]
    assert f.message.get("de") == f.message.de and f.message.get() == f.message.en
    with pytest.raises(ValueError, match="lang"):
        f.message.get("fr")
    with pytest.raises(ValueError, match="lang"):
        f.format("fr")


def test_to_dicts_is_the_cli_json_shape() -> None:
    dicts = benn.validate(BROKEN).to_dicts()
    assert all(FINDING_KEYS <= set(f) for f in dicts)
    json.dumps(dicts)  # nothing but JSON types
    assert [benn.Finding(d) for d in dicts] == list(benn.validate(BROKEN))


def test_severity_filters() -> None:
    report = benn.validate(EXAMPLES / "broken" / "duplicate-ids.json")
    parts = [report.errors(), report.warnings(), report.advice()]
    assert sum(len(p) for p in parts) == len(report)
    assert all(f.severity == "error" for f in report.errors())
    assert report.by_severity("warning") == report.warnings()
    with pytest.raises(ValueError, match="severity"):
        report.by_severity("fatal")
    assert report.codes() == [f.code for f in report]
    html = report._repr_html_()
    assert "id.duplicate" in html and "<table" in html
    assert benn.validate(EXAMPLES / "weissensee-2023.json").errors() == benn.Report()
    assert "no findings" in benn.Report()._repr_html_()
    with pytest.raises(TypeError, match="Finding"):
        benn.Report(["x"])  # type: ignore[list-item]


def test_str_bytes_path_and_dict_give_the_same_findings() -> None:
    path = EXAMPLES / "broken" / "duplicate-ids.json"
    want = benn.validate(path.read_bytes())
    assert benn.validate(path) == want
    assert benn.validate(str(path)) == want
    assert benn.validate(path.read_text(encoding="utf-8")) == want
    doc = json.loads(BROKEN)
    assert benn.validate(doc).codes() == benn.validate(BROKEN).codes()
    assert benn.validate(bytearray(BROKEN)) == benn.validate(BROKEN)


def test_a_path_is_never_json_and_json_never_a_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    with pytest.raises(FileNotFoundError, match="neither an existing file nor JSON text"):
        benn.validate("examples/nope.json")
    with pytest.raises(FileNotFoundError, match="neither an existing file"):
        benn.validate(Path("nope.json"))
    with pytest.raises(FileNotFoundError):
        benn.load("nope.json")
    # A file whose name looks like JSON is still JSON text when given as str.
    (tmp_path / "{x").write_text("{}", encoding="utf-8")
    assert benn.validate("{x")[0].code == "json.syntax"
    assert benn.validate(Path("{x")).codes() == benn.validate("{}").codes()
    with pytest.raises(ValueError, match="neither a file name nor JSON"):
        benn.validate("a\0b")
    with pytest.raises(IsADirectoryError):
        benn.validate(str(tmp_path))


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (b"", "json.empty"),
        ("   ", "json.empty"),
        (b'{"format_version": 1,', "json.syntax"),
        (b"\xff\xfe{}", "json.utf8"),
        (b"[" * 100_000, "json.depth"),
        ("[1, 2", "json.syntax"),
    ],
)
def test_bad_input_gives_findings_not_exceptions(data: bytes, code: str) -> None:
    assert benn.validate(data)[0].code == code


def test_a_synthetic_concept_of_100_000_steps() -> None:
    concept = benn.synth(100_000)
    text = concept.write()
    assert len(text) > 30_000_000
    assert benn.validate(text.encode()).ok
    loaded = benn.load(text)
    assert len(loaded.all_steps()) == 100_000
    assert loaded.rollup("2025-06-30", "cost")["steps"] == 100_000
    assert benn.synth(3) == benn.synth(3) and benn.synth(3, seed=8) != benn.synth(3)
    with pytest.raises(TypeError):
        benn.synth(-1)
    with pytest.raises(TypeError):
        benn.synth("10")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="at most"):
        benn.synth(10**9)


def test_a_huge_document_is_validated() -> None:
    big = json.loads((EXAMPLES / "weissensee-2023.json").read_bytes())
    steps = big["action_fields"][0]["goals"][0]["steps"]
    template = steps[0]
    steps.extend(dict(template, id=f"s-big-{i}") for i in range(20_000))
    text = json.dumps(big)
    assert len(text) > 5_000_000
    report = benn.validate(text)
    assert isinstance(report, benn.Report)
    concept = benn.load(text, strict=False)
    assert len(concept.all_steps()) > 20_000


def test_today_accepts_a_string_or_a_date() -> None:
    assert benn.validate(BROKEN, today="2024-06-30") == benn.validate(BROKEN)
    assert benn.validate(BROKEN, today=datetime.date(2024, 6, 30)) == benn.validate(BROKEN)
    assert benn.validate(BROKEN, today=datetime.datetime(2024, 6, 30, 12)) == benn.validate(BROKEN)


@pytest.mark.parametrize("today", ["2024-02-30", "30.06.2024", "2024-6-30", "", "2024-06-30T00:00"])
def test_a_bad_today_is_a_value_error(today: str) -> None:
    with pytest.raises(ValueError, match="today"):
        benn.validate(BROKEN, today=today)


def test_a_today_of_another_type_is_a_type_error() -> None:
    with pytest.raises(TypeError, match="today"):
        benn.validate(BROKEN, today=20240630)  # type: ignore[arg-type]


@pytest.mark.parametrize("data", [None, 42, 4.2, ["{}"], object()])
def test_other_types_are_a_type_error(data: object) -> None:
    for f in (benn.validate, benn.read, benn.load):
        with pytest.raises(TypeError, match="path .*JSON text .*bytes or a dict"):
            f(data)  # type: ignore[operator]


def test_a_dict_that_is_no_json_is_a_type_error() -> None:
    with pytest.raises(TypeError, match="not JSON data"):
        benn.validate({"x": object()})
    with pytest.raises(TypeError, match="not JSON data"):
        benn.validate({"x": float("nan")})


@pytest.mark.parametrize(
    ("text", "offset"),
    [('{"title": "\ud800"}', 11), ('{"title": "\udc00"}', 11), ('{"title": "x\ud83d"}', 12)],
)
def test_a_lone_surrogate_is_invalid_utf8_at_its_place(text: str, offset: int) -> None:
    # UTF-8 cannot hold a lone surrogate: as in the browser (tests/web/node.test.mjs),
    # it is encoded like `surrogatepass` and reported where it stands, never replaced.
    report = benn.validate(text)
    assert [(f.code, f.line, f.column, f.offset) for f in report] == [("json.utf8", 1, offset + 1, offset)]
    assert report == benn.validate(text.encode("utf-8", "surrogatepass"))
    with pytest.raises(benn.ValidationError) as info:
        benn.read(text)
    assert [f["code"] for f in info.value.findings] == ["json.utf8"]


def test_a_real_replacement_character_is_no_finding() -> None:
    assert "json.utf8" not in benn.validate('{"title": "\ufffd"}').codes()


def test_validate_is_keyword_only_for_today() -> None:
    with pytest.raises(TypeError):
        benn.validate(BROKEN, "2024-06-30")  # type: ignore[misc]


def test_read_raises_validation_error_with_findings() -> None:
    with pytest.raises(benn.ValidationError) as info:
        benn.read(BROKEN)
    err = info.value
    assert isinstance(err, benn.BennError) and isinstance(err, ValueError)
    assert benn.InvalidDocument is benn.ValidationError
    assert err.code == "read.invalid"
    assert err.findings and all(f["severity"] == "error" for f in err.findings)
    assert {f["code"] for f in err.findings} >= {"field.unknown", "field.missing"}
    assert by_code(err.report, "field.unknown").pointer == "/titel"
    assert len(err.errors()) == len(err.findings)
    assert f"[{err.findings[0]['code']}]" in str(err)
    copy = pickle.loads(pickle.dumps(err))
    assert (type(copy), str(copy), copy.code, copy.findings) == (type(err), str(err), err.code, err.findings)
    plain = pickle.loads(pickle.dumps(benn.BennError("m", "c")))
    assert (str(plain), plain.code) == ("m", "c")


def test_a_strict_load_raises_with_all_findings() -> None:
    path = EXAMPLES / "broken" / "duplicate-ids.json"
    with pytest.raises(benn.ValidationError) as info:
        benn.load(path)
    err = info.value
    assert err.code == "validate.invalid"
    assert len(err.findings) == len(benn.validate(path))
    assert len(err.errors()) < len(err.findings)  # warnings and advice come along
    assert "id.duplicate" in str(err)
    assert benn.load(path, strict=False).id


def test_read_of_syntax_errors() -> None:
    with pytest.raises(benn.ValidationError) as info:
        benn.read("")
    assert info.value.findings[0]["code"] == "json.empty"


def test_never_panics_on_garbage() -> None:
    rng = random.Random(7)
    seeds = [BROKEN, *(doc for _, doc in VALID[:3])]
    for _ in range(300):
        doc = bytearray(rng.choice(seeds))
        for _ in range(rng.randint(1, 4)):
            if doc:
                doc[rng.randrange(len(doc))] = rng.randrange(256)
        data = bytes(doc)
        assert isinstance(benn.validate(data), benn.Report)
        try:
            assert isinstance(benn.read(data), dict)
            concept = benn.load(data, strict=False)
            concept.write()
            concept.steps_frame() if _has_pandas() else concept.table("steps")
            concept.rollup("2024-06-30", "cost")
            concept.budget("2024-06-30")
        except benn.ValidationError as e:
            assert e.findings


def _has_pandas() -> bool:
    try:
        import pandas  # noqa: F401
    except ImportError:
        return False
    return True


def test_threads_get_the_same_findings() -> None:
    # The core runs without the GIL; results must not depend on it.
    docs = [BROKEN, *(doc for _, doc in VALID)] * 8
    with ThreadPoolExecutor(4) as pool:
        results = list(pool.map(benn.validate, docs))
    assert results == [benn.validate(d) for d in docs]


def test_long_calls_release_the_gil() -> None:
    import threading
    import time

    data = benn.synth(50_000).write().encode()
    started = time.perf_counter()
    benn.validate(data)
    one_call = time.perf_counter() - started
    done = threading.Event()

    def work() -> None:
        for _ in range(3):
            benn.validate(data)
        done.set()

    thread = threading.Thread(target=work)
    thread.start()
    longest_pause, last = 0.0, time.perf_counter()
    while not done.is_set():  # held up only while the other thread holds the GIL
        now = time.perf_counter()
        longest_pause, last = max(longest_pause, now - last), now
    thread.join()
    assert longest_pause < one_call / 2, (longest_pause, one_call)


def test_threads_share_a_concept() -> None:
    concept = benn.load(EXAMPLES / "weissensee-2023.json")
    log = benn.load_log(EXAMPLES / "weissensee-2023.log.json", concept)
    days = [datetime.date(2023, m, 1) for m in range(1, 13)] * 4
    with ThreadPoolExecutor(4) as pool:
        results = list(pool.map(lambda d: concept.rollup(d, "mean", log=log), days))
    assert results == [concept.rollup(d, "mean", log=log) for d in days]


def test_schema_is_a_valid_draft_2020_12_schema() -> None:
    for schema in (benn.schema(), benn.log_schema()):
        assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
        SchemaValidator.check_schema(schema, format_checker=FORMATS)
    assert benn.schema() is not benn.schema()  # a fresh dict each time


@pytest.mark.skipif(not VALID, reason="no example or valid vector yet")
@pytest.mark.parametrize(("name", "doc"), VALID, ids=[n for n, _ in VALID])
def test_valid_documents_read_canonically_and_match_the_schema(name: str, doc: bytes) -> None:
    assert benn.validate(doc).ok
    concept = benn.read(doc)
    assert benn.read(json.dumps(concept)) == concept
    validator = SchemaValidator(benn.schema())
    validator.validate(json.loads(doc))
    validator.validate(concept)
    loaded = benn.load(doc)
    assert json.loads(loaded.write()) == concept
    assert benn.load(loaded.to_json()) == loaded


def test_codes_are_the_registry() -> None:
    codes = benn.codes()
    slugs = [c["code"] for c in codes]
    assert len(slugs) == len(set(slugs))
    assert {"json.syntax", "field.unknown", "field.missing"} <= set(slugs)
    for c in codes:
        assert c["severity"] in {"error", "warning", "advice"}
        assert c["description"]["de"] and c["description"]["en"]
    by_slug = {c["code"]: c for c in codes}
    for f in benn.validate(BROKEN):
        assert by_slug[f.code]["severity"] == f.severity
    for _, doc in VALID:
        for f in benn.validate(doc):
            assert by_slug[f.code]["severity"] == f.severity


def test_version() -> None:
    assert benn.__version__.count(".") == 2


def test_docstring_examples_run(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    attempted = 0
    for module in (benn, benn._report):
        result = doctest.testmod(module, raise_on_error=False)
        assert result.failed == 0
        attempted += result.attempted
    assert attempted >= 4


def test_the_public_namespace_has_only_benns_names() -> None:
    public = {n for n in dir(benn) if not n.startswith("_")}
    assert public == set(benn.__all__)
    for name in benn.__all__:
        obj = getattr(benn, name)
        module = getattr(obj, "__module__", "benn")
        assert module is None or str(module).startswith("benn") or name in {"Source", "FORMAT_VERSION", "METHODS"}, name


def test_lor_names() -> None:
    assert benn.lor_name("03500932") == "Bühringstraße"
    assert benn.lor_name("99999999") is None
    assert benn.lor_name("x") is None
    with pytest.raises(TypeError):
        benn.lor_name(3500932)  # type: ignore[arg-type]


def test_known_concepts_resolve_previous_and_are_checked() -> None:
    doc = {
        "format_version": 2,
        "id": "b-2023",
        "previous": "a-2021",
        "site": {"name": "BENN B", "district": "09", "site_type": "benn", "planning_areas": []},
        "period": {"start": "2023-01", "end": "2024-12"},
        "aim": "Zusammenhalt",
        "action_fields": [],
    }
    text = json.dumps(doc)
    own = {"id": "b-2023", "period": {"start": "2023-01", "end": "2024-12"}, "district": "09"}
    other_site = {"id": "a-2021", "period": {"start": "2021-01", "end": "2022-12"}, "district": "03"}
    assert "ref.previous" in benn.validate(text, known_concepts=[own, other_site]).codes()
    same_site = dict(other_site, district="09")
    assert "ref.previous" not in benn.validate(text, known_concepts=[own, same_site]).codes()
    with pytest.raises(ValueError, match=r"known_concepts\[0\]: missing field `period`"):
        benn.validate(text, known_concepts=[{"id": "a"}])
    bad_month = {"id": "a", "period": {"start": "2021-13", "end": "2022-12"}}
    with pytest.raises(ValueError, match=r"known_concepts\[1\]\.period\.start"):
        benn.validate(text, known_concepts=[own, bad_month])
    with pytest.raises(TypeError, match="known_concepts"):
        benn.validate(text, known_concepts="a-2021")  # type: ignore[arg-type]
