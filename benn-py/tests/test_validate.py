"""benn.validate, benn.read, benn.schema and benn.codes: the conversions of the
bindings. The rules themselves are tested in Rust and by the shared vectors."""

from __future__ import annotations

import datetime
import doctest
import json
import pickle
import random
from concurrent.futures import ThreadPoolExecutor

import jsonschema
import pytest

import benn
from conftest import valid_documents

BROKEN = b'{"format_version": 1, "titel": "x"}'
VALID = valid_documents()
FINDING_KEYS = {"code", "severity", "pointer", "line", "column", "offset", "message"}


def by_code(findings: list, code: str) -> dict:
    return next(f for f in findings if f["code"] == code)


# The schema's patterns avoid `\p{..}` classes, so Python's `re` reads them.
FORMATS = jsonschema.FormatChecker()
SchemaValidator = jsonschema.Draft202012Validator


def test_findings_are_plain_dicts() -> None:
    findings = benn.validate(BROKEN)
    assert isinstance(findings, list) and findings
    assert all(FINDING_KEYS <= set(f) for f in findings)
    unknown = by_code(findings, "field.unknown")
    assert (unknown["severity"], unknown["pointer"]) == ("error", "/titel")
    assert (unknown["line"], unknown["column"], unknown["offset"]) == (1, 23, 22)
    assert "title" in unknown["message"]["en"]
    assert unknown["message"]["de"] != unknown["message"]["en"]
    assert by_code(findings, "field.missing")["pointer"] == ""
    offsets = [f["offset"] for f in findings]
    assert offsets == sorted(offsets)
    json.dumps(findings)  # nothing but JSON types


def test_str_and_bytes_give_the_same_findings() -> None:
    assert benn.validate(BROKEN.decode()) == benn.validate(BROKEN)
    text = '{"format_version": 1, "titel": "Begegnungsstätte"}'
    assert benn.validate(text) == benn.validate(text.encode())


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (b"", "json.empty"),
        ("   ", "json.empty"),
        (b'{"format_version": 1,', "json.syntax"),
        (b"\xff\xfe{}", "json.utf8"),
        (b"[" * 100_000, "json.depth"),
    ],
)
def test_bad_input_gives_findings_not_exceptions(data: bytes, code: str) -> None:
    assert benn.validate(data)[0]["code"] == code


def test_today_accepts_a_string_or_a_date() -> None:
    assert benn.validate(BROKEN, today="2024-06-30") == benn.validate(BROKEN)
    assert benn.validate(BROKEN, today=datetime.date(2024, 6, 30)) == benn.validate(BROKEN)
    assert benn.validate(BROKEN, today=datetime.datetime(2024, 6, 30, 12)) == benn.validate(BROKEN)


@pytest.mark.parametrize("today", ["2024-02-30", "30.06.2024", "2024-6-30", "", "2024-06-30T00:00"])
def test_a_bad_today_is_a_value_error(today: str) -> None:
    with pytest.raises(ValueError, match="today"):
        benn.validate(BROKEN, today=today)


@pytest.mark.parametrize("data", [None, 42, bytearray(b"{}"), ["{}"]])
def test_other_types_are_a_type_error(data: object) -> None:
    with pytest.raises(TypeError, match="str or bytes"):
        benn.validate(data)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="str or bytes"):
        benn.read(data)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "offset"),
    [('{"title": "\ud800"}', 11), ('{"title": "\udc00"}', 11), ('{"title": "x\ud83d"}', 12)],
)
def test_a_lone_surrogate_is_invalid_utf8_at_its_place(text: str, offset: int) -> None:
    # UTF-8 cannot hold a lone surrogate: as in the browser (tests/web/node.test.mjs),
    # it is encoded like `surrogatepass` and reported where it stands, never replaced.
    findings = benn.validate(text)
    assert [(f["code"], f["line"], f["column"], f["offset"]) for f in findings] == [
        ("json.utf8", 1, offset + 1, offset)
    ]
    assert findings == benn.validate(text.encode("utf-8", "surrogatepass"))
    with pytest.raises(benn.InvalidDocument) as info:
        benn.read(text)
    assert [f["code"] for f in info.value.findings] == ["json.utf8"]


def test_a_real_replacement_character_is_no_finding() -> None:
    assert not any(f["code"] == "json.utf8" for f in benn.validate('{"title": "\ufffd"}'))


def test_validate_is_keyword_only_for_today() -> None:
    with pytest.raises(TypeError):
        benn.validate(BROKEN, "2024-06-30")  # type: ignore[misc]


def test_read_raises_invalid_document_with_findings() -> None:
    with pytest.raises(benn.InvalidDocument) as info:
        benn.read(BROKEN)
    err = info.value
    assert isinstance(err, benn.BennError) and isinstance(err, ValueError)
    assert err.code == "read.invalid"
    assert err.findings and all(f["severity"] == "error" for f in err.findings)
    assert {f["code"] for f in err.findings} >= {"field.unknown", "field.missing"}
    assert by_code(err.findings, "field.unknown")["pointer"] == "/titel"
    assert f"[{err.findings[0]['code']}]" in str(err)
    copy = pickle.loads(pickle.dumps(err))
    assert (type(copy), str(copy), copy.code, copy.findings) == (type(err), str(err), err.code, err.findings)


def test_read_of_syntax_errors() -> None:
    with pytest.raises(benn.InvalidDocument) as info:
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
        assert isinstance(benn.validate(data), list)
        try:
            assert isinstance(benn.read(data), dict)
        except benn.InvalidDocument as e:
            assert e.findings


def test_threads_get_the_same_findings() -> None:
    # The core runs without the GIL; results must not depend on it.
    docs = [BROKEN, *(doc for _, doc in VALID)] * 8
    with ThreadPoolExecutor(4) as pool:
        results = list(pool.map(benn.validate, docs))
    assert results == [benn.validate(d) for d in docs]


def test_schema_is_a_valid_draft_2020_12_schema() -> None:
    schema = benn.schema()
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    SchemaValidator.check_schema(schema, format_checker=FORMATS)
    assert schema is not benn.schema()  # a fresh dict each time


@pytest.mark.skipif(not VALID, reason="no example or valid vector yet")
@pytest.mark.parametrize(("name", "doc"), VALID, ids=[n for n, _ in VALID])
def test_valid_documents_read_canonically_and_match_the_schema(name: str, doc: bytes) -> None:
    assert not [f for f in benn.validate(doc) if f["severity"] == "error"]
    concept = benn.read(doc)
    assert benn.read(json.dumps(concept)) == concept
    validator = SchemaValidator(benn.schema())
    validator.validate(json.loads(doc))
    validator.validate(concept)


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
        assert by_slug[f["code"]]["severity"] == f["severity"]
    for _, doc in VALID:
        for f in benn.validate(doc):
            assert by_slug[f["code"]]["severity"] == f["severity"]


def test_version() -> None:
    assert benn.__version__.count(".") == 2


def test_docstring_examples_run() -> None:
    result = doctest.testmod(benn, raise_on_error=False)
    assert result.attempted >= 3 and result.failed == 0


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
    codes = [f["code"] for f in benn.validate(text, known_concepts=[own, other_site])]
    assert "ref.previous" in codes
    same_site = dict(other_site, district="09")
    codes = [f["code"] for f in benn.validate(text, known_concepts=[own, same_site])]
    assert "ref.previous" not in codes
    with pytest.raises(ValueError, match=r"known_concepts\[0\]: missing field `period`"):
        benn.validate(text, known_concepts=[{"id": "a"}])
    bad_month = {"id": "a", "period": {"start": "2021-13", "end": "2022-12"}}
    with pytest.raises(ValueError, match=r"known_concepts\[1\]\.period\.start"):
        benn.validate(text, known_concepts=[own, bad_month])
