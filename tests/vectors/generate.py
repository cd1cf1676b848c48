#!/usr/bin/env python3
"""Generates the shared test vectors tests/vectors/<case>/{input.json,expected.json}.

Run `python3 tests/vectors/generate.py` after editing a case here; it rewrites
only the folders of the cases it defines.

Expected findings are written down by hand below (from reading the rules),
not copied from the validator.
"""
import copy
import json
import os
import shutil
import sys

OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))

SEV = {
    "json.empty": "error", "json.bom": "warning", "json.utf8": "error",
    "json.syntax": "error", "json.depth": "error", "json.duplicate_key": "error",
    "json.number_range": "error", "format.version": "error", "field.unknown": "error",
    "field.missing": "error", "type.mismatch": "error", "value.unknown_variant": "error",
    "value.format": "error", "id.invalid": "error", "id.duplicate": "error",
    "lor.shape": "error", "lor.other_district": "error", "ref.planning_area": "error",
    "area.outside_site": "warning", "ref.body": "error", "ref.previous": "error",
    "time.end_before_start": "error", "time.outside_period": "warning",
    "report.truncated": "warning",
    "period.length": "warning", "period.label": "warning", "budget.exceeded": "error",
    "budget.duplicate_year": "error", "budget.year_outside_period": "warning",
    "budget.year_missing": "warning", "amount.negative": "error", "text.empty": "error",
    "action_field.duplicate_key": "error", "action_field.custom_key": "advice",
    "action_field.no_goals": "warning", "goal.no_steps": "warning",
    "indicator.no_baseline": "advice", "indicator.no_target": "advice",
    "indicator.value": "error", "adoption.inconsistent": "error",
    "step.done_not_started": "warning", "step.weight": "error",
}

# ---------------------------------------------------------------- documents

BASE = {
    "format_version": 1,
    "id": "test-2023",
    "site": {
        "name": "BENN Test",
        "district": "03",
        "site_type": "benn",
        "operator": "Träger gGmbH",
        "planning_areas": [
            {"code": "03500932", "name": "Bühringstraße", "level": "planning_area"},
            {"code": "035010", "name": "Weißensee Ost", "level": "district_region"},
        ],
        "bodies": [{"id": "forum", "kind": "neighbourhood_forum", "name": "Nachbarschaftsforum"}],
    },
    "period": {"start": "2023-01", "end": "2024-12"},
    "adoption": {"status": "adopted", "resolution_date": "2023-03-14"},
    "aim": "Zusammenhalt stärken",
    "budget": [
        {"year": 2023, "amount_cents": 3000000},
        {"year": 2024, "amount_cents": 3000000},
    ],
    "action_fields": [
        {
            "key": "begegnung",
            "title": "Begegnung",
            "goals": [
                {
                    "id": "g1",
                    "text": "Wir wollen Nachbarschaft stärken.",
                    "planning_areas": ["03500932"],
                    "steps": [
                        {
                            "id": "s1",
                            "text": "Nachbarschaftsfest",
                            "status": "planned",
                            "timeframe": {"start": "2023-05", "end": "2023-09"},
                            "planned_cost_cents": 100000,
                        }
                    ],
                }
            ],
        }
    ],
}


def base():
    return copy.deepcopy(BASE)


def step(d, f=0, g=0, s=0):
    return d["action_fields"][f]["goals"][g]["steps"][s]


def goal(d, f=0, g=0):
    return d["action_fields"][f]["goals"][g]


def insert_after(d, after, key, value):
    """A copy of dict d with key inserted after the key `after`."""
    out = {}
    for k, v in d.items():
        out[k] = v
        if k == after:
            out[key] = value
    if after not in d:
        out[key] = value
    return out


class Raw:
    """A value written verbatim (NaN, 1e400, big integers, ...)."""

    def __init__(self, text):
        self.text = text


WIDTH = 100


def dump(v, indent=0):
    """Pretty JSON: containers that fit on one line stay on one line."""
    one = flat(v)
    if len(one) + indent <= WIDTH or not isinstance(v, (dict, list)) or not v:
        return one
    pad = " " * (indent + 2)
    if isinstance(v, dict):
        items = [pad + json.dumps(k, ensure_ascii=False) + ": " + dump(x, indent + 2)
                 for k, x in v.items()]
        return "{\n" + ",\n".join(items) + "\n" + " " * indent + "}"
    items = [pad + dump(x, indent + 2) for x in v]
    return "[\n" + ",\n".join(items) + "\n" + " " * indent + "]"


def flat(v):
    if isinstance(v, Raw):
        return v.text
    if isinstance(v, dict):
        return "{" + ", ".join(json.dumps(k, ensure_ascii=False) + ": " + flat(x)
                               for k, x in v.items()) + "}"
    if isinstance(v, list):
        return "[" + ", ".join(flat(x) for x in v) + "]"
    return json.dumps(v, ensure_ascii=False)


def text(d):
    if isinstance(d, dict):
        d = normalize(d)
    return dump(d) + "\n"


# ---------------------------------------------------------------- cases

CASES = []


GOAL_KEYS = ["id", "text", "planning_areas", "target_groups", "bodies", "impact_level",
             "indicators", "steps"]
STEP_KEYS = ["id", "text", "timeframe", "responsible", "partners", "planned_cost_cents",
             "planning_areas", "bodies", "status", "weight"]


def ordered(obj, keys):
    out = {k: obj[k] for k in keys if k in obj}
    out.update({k: v for k, v in obj.items() if k not in keys})
    return out


def normalize(d):
    """Goals and steps with their fields in the model's order."""
    for field in d.get("action_fields", []) if isinstance(d.get("action_fields"), list) else []:
        goals = field.get("goals", [])
        for gi, g in enumerate(goals):
            if isinstance(g.get("steps"), list):
                g["steps"] = [ordered(s, STEP_KEYS) for s in g["steps"]]
            goals[gi] = ordered(g, GOAL_KEYS)
    return d


def case(name, description, src, findings, today=None):
    if isinstance(src, list):
        src = dump([normalize(x) for x in src]) + "\n"
    if isinstance(src, dict):
        src = text(src)
    if isinstance(src, str):
        src = src.encode("utf-8")
    CASES.append((name, description, src, findings, today))


def F(code, pointer, at=None):
    """A finding; `at` is the byte offset where it must be (pins line/column)."""
    return {"code": code, "pointer": pointer, "at": at}


def pos(src, needle, nth=1, delta=0):
    """Byte offset of the nth occurrence of needle (str) in src (str)."""
    b = src.encode("utf-8") if isinstance(src, str) else src
    n = needle.encode("utf-8") if isinstance(needle, str) else needle
    i = -1
    for _ in range(nth):
        i = b.index(n, i + 1)
    return i + delta


S = "/action_fields/0/goals/0/steps/0"
G = "/action_fields/0/goals/0"

# --- valid -----------------------------------------------------------------

case("valid-minimal", "The minimal valid concept: no findings.", base(), [])

d = base()
d = insert_after(d, "id", "title", "Für Teilhabe und Zusammenhalt in Weißensee")
d["site"]["office"] = {"address": "Bühringstraße 20, 13086 Berlin", "phone": "030 1234567",
                       "email": "team@benn-test.de", "website": "https://benn-test.de"}
d["site"]["coordination"] = "OE SPK"
d["site"]["start_date"] = "2022-01-01"
d["site"] = {k: d["site"][k] for k in ["name", "district", "site_type", "operator", "office",
                                        "coordination", "start_date", "planning_areas", "bodies"]}
d["site"]["shelters"] = [{"name": "GU Test", "capacity": 350, "operator": "Betreiber e. V.",
                          "planning_area": "03500932"}]
d["site"]["bodies"].append({"id": "runder-tisch", "kind": "round_table", "name": "Runder Tisch",
                            "meets": "monatlich"})
d["period"]["label"] = "2023/2024"
d["adoption"] = {"status": "noted", "resolution_date": "2023-03-14", "drucksache": "0819/XXI",
                 "noted_date": "2023-04-19"}
d = insert_after(d, "adoption", "previous", "test-2021")
d = insert_after(d, "aim", "analysis", {
    "summary": "Ein Gebiet mit zwei Unterkünften und vielen jungen Familien.",
    "needs": [{"text": "Mehr Treffpunkte", "source": "Kiezwerkstatt März 2023"}],
    "facts": [{"text": "Einwohnende", "value": 12345, "unit": "Personen",
               "source": "Amt für Statistik", "date": "2022-12-31"}],
})
d = insert_after(d, "analysis", "public_relations", {
    "summary": "Newsletter und Aushänge.", "channels": ["Newsletter", "Kiezzeitung"]})
d["budget"][0]["staff_hours"] = 3600
g = goal(d)
g["target_groups"] = ["Kinder und Jugendliche"]
g["bodies"] = ["forum"]
g["impact_level"] = "reached"
g["indicators"] = [
    {"id": "i1", "name": "Teilnehmende am Nachbarschaftsfest", "measure": "unit",
     "unit": "Personen", "direction": "increase",
     "baseline": {"value": 80, "date": "2023-01-01"}, "target": {"value": 150, "date": "2024-12-31"}},
    {"id": "i2", "name": "Anteil zufriedener Gäste", "measure": "percentage",
     "baseline": {"value": 60}, "target": {"value": 75.5}},
    {"id": "i3", "name": "Stimmung im Kiez", "measure": "qualitative",
     "baseline": {"value": "angespannt"}, "target": {"value": "entspannt"}},
]
g = {k: g[k] for k in ["id", "text", "planning_areas", "target_groups", "bodies", "impact_level",
                       "indicators", "steps"]}
d["action_fields"][0]["goals"][0] = g
s = step(d)
s["responsible"] = "BENN-Team"
s["partners"] = ["Kirchengemeinde", "Jugendclub"]
s["planning_areas"] = ["03501037"]
s["bodies"] = ["forum", "runder-tisch"]
s["weight"] = 2.5
s["status"] = "in_progress"
d["action_fields"].append({"key": "netzwerk", "title": "Netzwerkarbeit und Quartiersentwicklung",
                           "goals": [{"id": "g2", "text": "Wir wollen Akteure vernetzen.",
                                      "steps": [{"id": "s2", "text": "Runder Tisch", "status": "done",
                                                 "timeframe": {"start": "2023-02", "end": "2023-02"}}]}]})
case("valid-full", "A valid concept using every optional field: no findings.", d, [])

crlf = text(base()).replace("\n", "\r\n")
case("valid-crlf", "A valid concept with Windows line endings (CRLF): no findings.", crlf, [])

# --- phase 1: bytes and syntax ---------------------------------------------

case("json-empty", "An empty input gives json.empty.", b"", [F("json.empty", "", 0)])
case("json-whitespace-only", "Input of only spaces, tabs and line breaks gives json.empty.",
     b"  \n\t\r\n   \n", [F("json.empty", "", 0)])

BOM = b"\xef\xbb\xbf"
case("json-bom", "A UTF-8 byte-order mark before a valid document gives only the json.bom warning.",
     BOM + text(base()).encode(), [F("json.bom", "", 0)])
t = BOM + text(insert_after(base(), "adoption", "previous", "test-2023")).encode()
case("json-bom-with-finding",
     "A byte-order mark does not stop the rules, nor shift their positions: json.bom and ref.previous.",
     t, [F("json.bom", "", 0), F("ref.previous", "/previous", pos(t, b'"test-2023"', 2))])
case("json-bom-only", "A byte-order mark with nothing after it: json.empty and json.bom (same place; errors first).",
     BOM + b"\n", [F("json.empty", "", 0), F("json.bom", "", 0)])

t = text(base()).encode().replace("Träger".encode(), b"Tr\xe4ger")
case("json-utf8", "A Latin-1 byte (0xE4, `ä`) in the text: json.utf8 at that byte, nothing else.",
     t, [F("json.utf8", "", pos(t, b"\xe4"))])

t = text(base())
cut = t.index('"operator"')
cut = t.index(",", cut) + 1
t = t[:cut]
case("json-truncated", "A document cut off after a comma inside `site`: json.syntax at the end.",
     t, [F("json.syntax", "/site", len(t.encode()))])

t = text(base())
t = t[:t.index("Zusammenhalt stärken") + len("Zusammenhalt st")]
case("json-truncated-string", "A document cut off inside a string: json.syntax at the end.",
     t, [F("json.syntax", "/aim", len(t.encode()))])

t = text(base())
t = t.replace('"name": "BENN Test",', '"name": "BENN Test"', 1)
case("json-missing-comma", "A missing comma between two fields of `site`: json.syntax at the next key.",
     t, [F("json.syntax", "/site", pos(t, '"district"'))])

t = text(base()).replace('3000000}, {', '3000000},, {', 1)
assert ",," in t
case("json-double-comma", "Two commas in a row in `budget`: json.syntax at the second comma, in element 1.",
     t, [F("json.syntax", "/budget/1", pos(t, ",,", delta=1))])

t = text(normalize(base()))
t = t.replace('"status": "planned"', '"status": "planned",', 1)
case("json-trailing-comma", "A comma after the last field of a step: json.syntax at the closing brace.",
     t, [F("json.syntax", S, t.encode().index(b"}", pos(t, '"planned",')))])

t = text(base()) + "}\n"
case("json-trailing-garbage", "A second closing brace after the document: json.syntax there.",
     t, [F("json.syntax", "", len(t.encode()) - 2)])

t = text(base()) + text(base())
case("json-two-documents", "Two concepts in one file: json.syntax at the start of the second.",
     t, [F("json.syntax", "", len(text(base()).encode()))])

t = text(base()).replace('"format_version": 1,\n', '"format_version": 1,\n  // Entwurf, noch nicht abgestimmt\n', 1)
case("json-comment", "A `//` comment: json.syntax at the slash.",
     t, [F("json.syntax", "", pos(t, "//"))])

t = text(base()).replace('"aim": "Zusammenhalt stärken"', "\"aim\": 'Zusammenhalt stärken'", 1)
case("json-single-quotes", "A text in single quotes: json.syntax at the quote, pointing at the field.",
     t, [F("json.syntax", "/aim", pos(t, "'"))])

t = text(base()).replace('"aim": "Zusammenhalt stärken",',
                         '"aim": "Zusammenhalt stärken",\n  "aim": "Nachbarschaft stärken",', 1)
case("json-duplicate-key", "The field `aim` twice in one object: json.duplicate_key at the second.",
     t, [F("json.duplicate_key", "/aim", pos(t, '"aim"', 2))])

t = text(base()).replace("Zusammenhalt stärken", "Zusammenhalt \\ud800 stärken", 1)
case("json-lone-surrogate", "A `\\ud800` escape without its low surrogate: json.syntax at the escape.",
     t, [F("json.syntax", "/aim", pos(t, "\\ud800"))])

t = text(base()).replace("Zusammenhalt stärken", "Zusammenhalt\nstärken", 1)
case("json-control-char", "An unescaped line break inside a string: json.syntax at the break.",
     t, [F("json.syntax", "/aim", pos(t, "Zusammenhalt\n", delta=len("Zusammenhalt")))])

t = text(base()).replace("Zusammenhalt stärken", "Ordner C:\\Daten", 1)
case("json-invalid-escape", "An invalid escape `\\D` (a Windows path) in a string: json.syntax at the backslash.",
     t, [F("json.syntax", "/aim", pos(t, "\\D"))])

t = text(base()).replace('"district": "03"', '"district": 03', 1)
case("json-leading-zero", "A district written as the number 03: json.syntax (leading zero) at the number.",
     t, [F("json.syntax", "/site/district", pos(t, ": 03", delta=2))])

d = base()
step(d)["weight"] = Raw("NaN")
t = text(d)
case("json-nan", "The literal NaN as a step weight: json.syntax at NaN.",
     t, [F("json.syntax", S + "/weight", pos(t, "NaN"))])

d = base()
step(d)["weight"] = Raw("Infinity")
t = text(d)
case("json-infinity", "The literal Infinity as a step weight: json.syntax at Infinity.",
     t, [F("json.syntax", S + "/weight", pos(t, "Infinity"))])

d = base()
step(d)["weight"] = Raw("-Infinity")
t = text(d)
case("json-negative-infinity", "The literal -Infinity as a step weight: json.syntax at the minus sign.",
     t, [F("json.syntax", S + "/weight", pos(t, "-Infinity"))])

t = "[" * 5000 + "]" * 5000 + "\n"
case("json-depth", "Arrays nested 5000 levels deep: json.depth where level 129 begins.",
     t, [F("json.depth", "", 128)])

d = base()
d["aim"] = Raw("[" * 5000 + "]" * 5000)
t = text(d)
case("json-depth-in-field", "A field holding arrays nested 5000 deep: json.depth inside `aim`, nothing else.",
     t, [F("json.depth", "/aim", pos(t, "[[[") + 127)])

d = base()
d["aim"] = Raw("{" + '"a": {' * 4999 + "}" * 5000)
t = text(d)
case("json-depth-objects", "Objects nested 5000 deep in `aim`: json.depth, nothing else.",
     t, [F("json.depth", "/aim", pos(t, '{"a": {') + 127 * len('"a": {') + 0)])

d = base()
step(d)["weight"] = Raw("1e400")
t = text(d)
case("json-number-huge", "A weight of 1e400 (beyond f64): json.number_range at the number.",
     t, [F("json.number_range", S + "/weight", pos(t, "1e400"))])

d = base()
d["budget"][0]["amount_cents"] = Raw("1e400")
t = text(d)
case("json-number-huge-cents", "Cents of 1e400 (an integer far beyond i64): json.number_range.",
     t, [F("json.number_range", "/budget/0/amount_cents", pos(t, "1e400"))])

d = insert_after(base(), "id", "title", None)
d = insert_after(d, "adoption", "previous", None)
d = insert_after(d, "aim", "analysis", None)
step(d)["responsible"] = None
step(d)["weight"] = None
case("null-optional-fields", "`null` for optional fields counts as absent: no findings.", d, [])

d = base()
d["budget"][0]["amount_cents"] = Raw("3000000.0")
d["budget"][0]["staff_hours"] = Raw("3.6e3")
step(d)["planned_cost_cents"] = Raw("1e5")
t = text(d)
case("integer-written-as-float",
     "Integers written as `3000000.0`, `3.6e3` and `1e5`: integer fields take only integer literals "
     "(read exactly, never through a double), so each is a type.mismatch whose hint gives the integer.",
     t, [F("type.mismatch", "/budget/0/amount_cents", pos(t, "3000000.0")),
         F("type.mismatch", "/budget/0/staff_hours", pos(t, "3.6e3")),
         F("type.mismatch", S + "/planned_cost_cents", pos(t, "1e5"))])

d = base()
d["budget"][0]["amount_cents"] = Raw("9223372036854775808")
step(d)["planned_cost_cents"] = Raw("-99999999999999999999")
t = text(d)
case("json-number-cents-beyond-i64",
     "Cent amounts beyond the i64 range (one above i64::MAX, one far below i64::MIN): two json.number_range.",
     t, [F("json.number_range", "/budget/0/amount_cents", pos(t, "9223372036854775808")),
         F("json.number_range", S + "/planned_cost_cents", pos(t, "-99999999999999999999"))])

d = base()
unit = "Nachbarschaft für alle – gemeinsam stärker. "
n = 2_000_000 // len(unit.encode())
d["aim"] = unit * n
case("json-huge-string", "A valid concept whose `aim` is a text of about 2 MB: no findings.", d, [])

d = [base()]
case("json-top-level-array", "The concept wrapped in a list: type.mismatch at the root, nothing else.",
     d, [F("type.mismatch", "", 0)])

case("json-top-level-string", "A document that is just a string: type.mismatch at the root.",
     '"Handlungskonzept"\n', [F("type.mismatch", "", 0)])

case("json-empty-object", "An empty object: field.missing for each required top-level field.",
     "{}\n", [F("field.missing", "", 0)] * 6)

# A syntax error after a shape finding: the shape finding is kept.
t = text(insert_after(base(), "id", "titel", "Für Teilhabe"))
t = t[:t.index('"period"')]
case("syntax-after-shape-finding",
     "An unknown field, then the document is cut off: both findings, the shape finding is kept.",
     t, [F("field.unknown", "/titel", pos(t, '"titel"')), F("json.syntax", "", len(t.encode()))])

# --- phase 2: shape ----------------------------------------------------------

d = base()
d["format_version"] = 99
d = insert_after(d, "id", "sprache", "de")
d["site"]["koordinaten"] = {"lat": 52.55, "lon": 13.46}
d["adoption"] = {"status": "bvv_noted", "date": "2023-04-19"}
del d["aim"]
step(d)["progress"] = 0.5
t = text(d)
case("format-version-newer",
     "format_version 99 with unknown fields, an unknown status and a missing field: only format.version.",
     t, [F("format.version", "/format_version", pos(t, "99"))])

d = base()
d["format_version"] = 0
t = text(d)
case("format-version-zero", "format_version 0 does not exist: format.version.",
     t, [F("format.version", "/format_version", pos(t, ": 0", delta=2))])

d = base()
del d["format_version"]
case("format-version-missing", "No format_version: field.missing at the root.", d, [F("field.missing", "", 0)])

d = base()
d["format_version"] = "1"
case("format-version-string", "format_version written as the text \"1\": type.mismatch.",
     d, [F("type.mismatch", "/format_version")])

d = insert_after(base(), "id", "titel", "Für Teilhabe und Zusammenhalt in Weißensee")
t = text(d)
case("field-unknown-suggestion", "The German `titel` instead of `title`: field.unknown (did you mean `title`?).",
     t, [F("field.unknown", "/titel", pos(t, '"titel"'))])

d = base()
step(d)["farbe"] = "grün"
t = text(d)
case("field-unknown", "An unknown field in a step: field.unknown at its key.",
     t, [F("field.unknown", S + "/farbe", pos(t, '"farbe"'))])

d = base()
del d["aim"]
del step(d)["status"]
t = text(d)
case("field-missing", "`aim` and a step's `status` are missing: field.missing at the objects that lack them.",
     t, [F("field.missing", "", 0), F("field.missing", S)])

d = insert_after(base(), "id", "title", 42)
d["site"]["district"] = 3
d["aim"] = None
d["budget"][0]["amount_cents"] = Raw("3000000.5")
step(d)["planned_cost_cents"] = "1.000,00 €"
d["action_fields"][0]["goals"][0]["planning_areas"] = "03500932"
case("type-mismatch",
     "Wrong JSON types: number title, number district, null aim, fractional cents, text cost, text for a list.",
     d, [F("type.mismatch", "/title"), F("type.mismatch", "/site/district"), F("type.mismatch", "/aim"),
         F("type.mismatch", "/budget/0/amount_cents"),
         F("type.mismatch", G + "/planning_areas"),
         F("type.mismatch", S + "/planned_cost_cents")])

d = base()
d["site"]["site_type"] = "bennplus"
step(d)["status"] = "in progress"
case("value-unknown-variant", "Names not in the enum (`bennplus`, `in progress`): value.unknown_variant.",
     d, [F("value.unknown_variant", "/site/site_type"), F("value.unknown_variant", S + "/status")])

d = base()
d["site"]["district"] = "3"
d["period"]["start"] = "2023-1"
d["adoption"]["resolution_date"] = "14.03.2023"
d["action_fields"][0]["key"] = "Begegnung und aktives Miteinander"
step(d)["timeframe"]["end"] = "2023-13"
case("value-format", "Badly shaped district, month, date, field key and month 13: value.format each.",
     d, [F("value.format", "/site/district"), F("value.format", "/period/start"),
         F("value.format", "/adoption/resolution_date"), F("value.format", "/action_fields/0/key"),
         F("value.format", S + "/timeframe/end")])

d = base()
d["site"]["bodies"][0]["id"] = ""
d["action_fields"][0]["goals"][0]["id"] = "Ziel 1"
step(d)["id"] = "s" * 129
case("id-invalid", "An empty id, an id with a space and one of 129 characters: id.invalid each.",
     d, [F("id.invalid", "/site/bodies/0/id"), F("id.invalid", G + "/id"), F("id.invalid", S + "/id")])

d = base()
goal(d)["planning_areas"] = ["0350093"]
step(d)["planning_areas"] = ["13500932"]
case("lor-shape", "A 7-digit LOR code and one starting with district 13: lor.shape (read phase).",
     d, [F("lor.shape", G + "/planning_areas/0"), F("lor.shape", S + "/planning_areas/0")])

d = base()
step(d)["id"] = "g1"
step(d)["farbe"] = "grün"
t = text(d)
case("shape-error-skips-rules",
     "An unknown field is a shape error, so the rules (here: id.duplicate) do not run: only field.unknown.",
     t, [F("field.unknown", S + "/farbe", pos(t, '"farbe"'))])

d = base()
step(d)["id"] = "g1"
t = text(d).replace('"aim": "Zusammenhalt stärken",',
                    '"aim": "Zusammenhalt stärken",\n  "aim": "Nachbarschaft stärken",', 1)
case("duplicate-key-skips-rules",
     "A duplicate key is an error of the JSON, so the rules (here: id.duplicate) do not run: only json.duplicate_key.",
     t, [F("json.duplicate_key", "/aim", pos(t, '"aim"', 2))])

# --- phase 3: rules ----------------------------------------------------------

d = base()
d["site"]["planning_areas"][0]["level"] = "district_region"
d["site"]["planning_areas"][0]["name"] = "Weißer See"
case("lor-shape-level",
     "An 8-digit code declared as a district region, named after another planning area: lor.shape (rule phase) "
     "and lor.name_mismatch.",
     d, [F("lor.shape", "/site/planning_areas/0/code"), F("lor.name_mismatch", "/site/planning_areas/0/name")])

d = base()
d["site"]["planning_areas"].append({"code": "09300922", "name": "Kosmosviertel", "level": "planning_area"})
step(d)["planning_areas"] = ["09300922"]
case("lor-other-district",
     "A Treptow-Köpenick code in a Pankow site's area: lor.other_district; the step naming it lies in the area.",
     d, [F("lor.other_district", "/site/planning_areas/2/code")])

d = base()
goal(d)["planning_areas"] = ["03500932", "03500933"]
d["site"]["shelters"] = [{"name": "GU Test", "planning_area": "03500934"}]
case("ref-planning-area",
     "A goal and a shelter name planning areas outside the site's area: ref.planning_area (a warning).",
     d, [F("ref.planning_area", "/site/shelters/0/planning_area"),
         F("ref.planning_area", G + "/planning_areas/1")])

d = base()
goal(d)["planning_areas"] = ["035009"]
case("area-outside-site", "A goal names a district region that reaches beyond the site's area: area.outside_site.",
     d, [F("area.outside_site", G + "/planning_areas/0")])

d = base()
goal(d)["bodies"] = ["runder-tisch"]
step(d)["bodies"] = ["forum", "froum"]
case("ref-body", "References to participation bodies that do not exist: ref.body.",
     d, [F("ref.body", G + "/bodies/0"), F("ref.body", S + "/bodies/1")])

d = insert_after(base(), "adoption", "previous", "test-2023")
case("ref-previous", "A concept naming itself as its predecessor: ref.previous.",
     d, [F("ref.previous", "/previous")])

d = base()
step(d)["timeframe"] = {"start": "2023-09", "end": "2023-05"}
g = goal(d)
g["indicators"] = [{"id": "i1", "name": "Teilnehmende", "measure": "unit",
                    "baseline": {"value": 40, "date": "2023-06-01"},
                    "target": {"value": 80, "date": "2023-01-31"}}]
d["action_fields"][0]["goals"][0] = {k: g[k] for k in ["id", "text", "planning_areas", "indicators", "steps"]}
case("time-end-before-start",
     "A step timeframe and an indicator's target date that lie before their starts: time.end_before_start.",
     d, [F("time.end_before_start", G + "/indicators/0/target/date"),
         F("time.end_before_start", S + "/timeframe/end")])

d = base()
d["period"] = {"start": "2024-12", "end": "2023-01"}
case("time-end-before-start-period", "A concept period that ends before it starts: time.end_before_start only.",
     d, [F("time.end_before_start", "/period/end")])

d = base()
step(d)["timeframe"] = {"start": "2024-10", "end": "2025-03"}
del step(d)["planned_cost_cents"]
case("time-outside-period", "A step running past the end of the period: time.outside_period.",
     d, [F("time.outside_period", S + "/timeframe")])

d = base()
d["period"] = {"start": "2023-01", "end": "2024-06", "label": "Januar 2023 – Juni 2024"}
case("period-length", "An 18-month period: period.length.", d, [F("period.length", "/period")])

d = base()
step(d)["planned_cost_cents"] = 3100000
case("budget-exceeded", "A step costing 31,000 € in a year with 30,000 €: budget.exceeded.",
     d, [F("budget.exceeded", "/budget/0/amount_cents")])

d = base()
step(d)["planned_cost_cents"] = Raw("9223372036854775807")
case("amount-i64-max", "A step costing i64::MAX cents (readable, but far over budget): budget.exceeded.",
     d, [F("budget.exceeded", "/budget/0/amount_cents")])

d = base()
d["budget"][1]["year"] = 2023
case("budget-duplicate-year", "Two budgets for 2023: budget.duplicate_year at the second.",
     d, [F("budget.duplicate_year", "/budget/1/year")])

d = base()
d["budget"].append({"year": 2025, "amount_cents": 3000000})
case("budget-year-outside-period", "A budget for 2025 in a 2023/2024 concept: budget.year_outside_period.",
     d, [F("budget.year_outside_period", "/budget/2/year")])

d = base()
d["budget"] = [{"year": 2024, "amount_cents": 3000000}]
case("budget-year-missing",
     "Costs planned in 2023 but budgets only for 2024: budget.year_missing at the step's cost.",
     d, [F("budget.year_missing", S + "/planned_cost_cents")])

d = base()
step(d)["planned_cost_cents"] = -5000
case("amount-negative", "A negative planned cost: amount.negative.", d,
     [F("amount.negative", S + "/planned_cost_cents")])

d = base()
d["aim"] = "   "
d["action_fields"][0]["title"] = ""
step(d)["partners"] = ["Kirchengemeinde", ""]
case("text-empty", "Blank `aim`, field title and partner: text.empty each.",
     d, [F("text.empty", "/aim"), F("text.empty", "/action_fields/0/title"),
         F("text.empty", S + "/partners/1")])

d = base()
d["action_fields"].append({"key": "begegnung", "title": "Miteinander", "goals": [
    {"id": "g2", "text": "Wir wollen Feste feiern.",
     "steps": [{"id": "s2", "text": "Sommerfest", "status": "planned"}]}]})
case("action-field-duplicate-key", "Two action fields with the key `begegnung`: action_field.duplicate_key.",
     d, [F("action_field.duplicate_key", "/action_fields/1/key")])

d = base()
d["action_fields"][0]["key"] = "begegnungen"
d["action_fields"].append({"key": "hf2", "title": "Wir fördern Empowerment und Beteiligung", "goals": [
    {"id": "g2", "text": "Wir wollen Beteiligung stärken.",
     "steps": [{"id": "s2", "text": "Kiezwerkstatt", "status": "planned"}]}]})
case("action-field-custom-key",
     "Custom keys that probably mean standard fields (`begegnungen`; `hf2` titled Empowerment): advice.",
     d, [F("action_field.custom_key", "/action_fields/0/key"),
         F("action_field.custom_key", "/action_fields/1/key")])

d = base()
d["action_fields"].append({"key": "netzwerk", "title": "Netzwerkarbeit und Quartiersentwicklung"})
case("action-field-no-goals", "An action field without goals: action_field.no_goals.",
     d, [F("action_field.no_goals", "/action_fields/1")])

d = base()
d["action_fields"][0]["goals"].append({"id": "g2", "text": "Wir wollen Beteiligung stärken."})
case("goal-no-steps", "A goal without steps: goal.no_steps.",
     d, [F("goal.no_steps", "/action_fields/0/goals/1")])


def with_indicators(inds):
    d = base()
    g = goal(d)
    g["indicators"] = inds
    d["action_fields"][0]["goals"][0] = {k: g[k] for k in ["id", "text", "planning_areas", "indicators", "steps"]}
    return d


d = with_indicators([{"id": "i1", "name": "Teilnehmende", "measure": "unit", "unit": "Personen",
                      "target": {"value": 150, "date": "2024-12-31"}}])
case("indicator-no-baseline", "An indicator with a target but no baseline: indicator.no_baseline.",
     d, [F("indicator.no_baseline", G + "/indicators/0")])

d = with_indicators([{"id": "i1", "name": "Teilnehmende", "measure": "unit", "unit": "Personen",
                      "baseline": {"value": 80, "date": "2023-01-01"}}])
case("indicator-no-target", "An indicator with a baseline but no target: indicator.no_target.",
     d, [F("indicator.no_target", G + "/indicators/0")])

d = with_indicators([{"id": "i1", "name": "Teilnehmende", "measure": "unit"}])
case("indicator-no-baseline-no-target", "An indicator with neither baseline nor target: both advices.",
     d, [F("indicator.no_baseline", G + "/indicators/0"), F("indicator.no_target", G + "/indicators/0")])

d = with_indicators([
    {"id": "i1", "name": "Anteil", "measure": "percentage", "baseline": {"value": 120}, "target": {"value": 80}},
    {"id": "i2", "name": "Stimmung", "measure": "qualitative", "baseline": {"value": "angespannt"},
     "target": {"value": 3}},
    {"id": "i3", "name": "Teilnehmende", "measure": "unit", "baseline": {"value": "viele"},
     "target": {"value": 150}},
])
case("indicator-value", "Values that do not fit the measure (120 %, a number for a qualitative, a text for a unit).",
     d, [F("indicator.value", G + "/indicators/0/baseline/value"),
         F("indicator.value", G + "/indicators/1/target/value"),
         F("indicator.value", G + "/indicators/2/baseline/value")])

d = base()
d["adoption"] = {"status": "draft", "resolution_date": "2023-03-14"}
case("adoption-inconsistent", "A draft with a district office resolution date: adoption.inconsistent.",
     d, [F("adoption.inconsistent", "/adoption/resolution_date")])

d = base()
d["adoption"] = {"status": "noted", "resolution_date": "2023-03-14"}
case("adoption-noted-incomplete", "Status `noted` without Drucksache and noted_date: two adoption.inconsistent.",
     d, [F("adoption.inconsistent", "/adoption/status"), F("adoption.inconsistent", "/adoption/status")])

d = base()
d["adoption"] = {"status": "noted", "resolution_date": "2023-03-14", "drucksache": "0819/XXI",
                 "noted_date": "2023-03-01"}
case("adoption-noted-before-resolution", "The BVV noted the concept before the district office decided on it.",
     d, [F("adoption.inconsistent", "/adoption/noted_date")])

d = base()
step(d)["status"] = "done"
case("step-done-not-started", "A step marked done whose timeframe starts after today: step.done_not_started.",
     d, [F("step.done_not_started", S + "/status")], today="2023-04-15")

d = base()
step(d)["status"] = "done"
case("step-done-started", "The same step checked on a day after its start: no findings.",
     d, [], today="2023-05-01")

d = base()
step(d)["weight"] = 0
case("step-weight", "A step weight of 0: step.weight.", d, [F("step.weight", S + "/weight")])

# --- boundaries and extra edges -------------------------------------------------

d = base()
d["period"] = {"start": "2023-07", "end": "2025-06", "label": "2023-2025"}
d["budget"] = [{"year": 2023, "amount_cents": 3000000}, {"year": 2024, "amount_cents": 1000000},
               {"year": 2025, "amount_cents": 3000000}]
del step(d)["timeframe"]
step(d)["planned_cost_cents"] = 2400000
case("budget-spread-mid-year",
     "A step without timeframe spreads its 24,000 € over a mid-year period by months (6/12/6): only 2024 is exceeded.",
     d, [F("budget.exceeded", "/budget/1/amount_cents")])

d = with_indicators([
    {"id": "i1", "name": "Anteil", "measure": "percentage", "baseline": {"value": 0}, "target": {"value": 100}},
    {"id": "i2", "name": "Quote", "measure": "percentage", "baseline": {"value": -0.5},
     "target": {"value": 100.5}},
])
case("indicator-percentage-bounds", "Percentages 0 and 100 are fine; -0.5 and 100.5 are not: two indicator.value.",
     d, [F("indicator.value", G + "/indicators/1/baseline/value"),
         F("indicator.value", G + "/indicators/1/target/value")])

# More than MAX_FINDINGS (10 000) problems: the first 10 000 are kept, the rest
# (5 unknown fields and the 6 missing fields, reported last) are counted.
t = "{\"format_version\": 1,\n" + ",\n".join('"x%05d": 0' % i for i in range(10005)) + "\n}\n"
case("report-truncated", "10 005 unknown fields and 6 missing ones: 10 000 findings, then report.truncated.",
     t, [F("field.unknown", "/x%05d" % i) for i in range(10000)] + [F("report.truncated", "", 0)])

d = base()
d["period"] = {"start": "2023-01", "end": "2024-12", "label": "2023-2025"}
case("period-label", "The label 2023-2025 reads as 2023-07 to 2025-06, not the period's 2023-01 to 2024-12: period.label.",
     d, [F("period.label", "/period/label")])

d = base()
d["period"] = {"start": "2023-01", "end": "2025-01"}
case("period-length-25-months", "A 25-month period still counts as about two years: no findings.", d, [])

d = base()
d["period"] = {"start": "2023-01", "end": "2025-02"}
case("period-length-26-months", "A 26-month period: period.length.", d, [F("period.length", "/period")])

d = base()
d["aim"] = Raw("[" * 127 + "]" * 127)
t = text(d)
case("json-depth-limit", "Nesting of exactly 128 levels is allowed: a type.mismatch for `aim`, no json.depth.",
     t, [F("type.mismatch", "/aim", pos(t, "[[["))])

d = base()
d["budget"][0]["year"] = 70000
d["budget"][1]["staff_hours"] = -5
case("json-number-range-small-types", "A year beyond 16 bits and negative staff hours: json.number_range each.",
     d, [F("json.number_range", "/budget/0/year"), F("json.number_range", "/budget/1/staff_hours")])

d = base()
d["aim"] = Raw('"Zusammenhalt st\\u00e4rken \\ud83d\\ude00 \\"Kiez\\" \\/ \\t \\\\"')
case("valid-escapes", "Escapes (\\u00e4, a surrogate pair, quotes, slash, tab, backslash) are fine: no findings.",
     d, [])

t = text(base()).replace("Zusammenhalt stärken", "Zusammenhalt \\udc00 stärken", 1)
case("json-lone-low-surrogate", "A low surrogate `\\udc00` without a high one before it: json.syntax.",
     t, [F("json.syntax", "/aim", pos(t, "\\udc00"))])

d = insert_after(base(), "id", "a/b~c", "x")
t = text(d)
case("field-unknown-pointer-escape",
     "An unknown key with `/` and `~`: the pointer escapes them as `~1` and `~0` (RFC 6901).",
     t, [F("field.unknown", "/a~1b~0c", pos(t, '"a/b~c"'))])

# --- many findings -----------------------------------------------------------

d = insert_after(base(), "id", "titel", "Für Teilhabe")
d["site"]["district"] = 3
d["site"]["site_type"] = "bennplus"
d["period"]["start"] = "2023-1"
del d["adoption"]["status"]
goal(d)["id"] = "Ziel 1"
goal(d)["planning_areas"] = ["0350093"]
s = step(d)
del s["status"]
s["planned_cost_cents"] = "1000"
t = text(normalize(d))
assert '"text": "Nachbarschaftsfest",' in t
t = t.replace('"text": "Nachbarschaftsfest",', '"text": "Nachbarschaftsfest", "text": "Sommerfest",', 1)
case("many-findings",
     "Ten shape errors in one document: all are reported, in document order, not just the first.",
     t, [F("field.unknown", "/titel"), F("type.mismatch", "/site/district"),
         F("value.unknown_variant", "/site/site_type"), F("value.format", "/period/start"),
         F("field.missing", "/adoption"), F("id.invalid", G + "/id"),
         F("lor.shape", G + "/planning_areas/0"), F("field.missing", S),
         F("json.duplicate_key", S + "/text"), F("type.mismatch", S + "/planned_cost_cents")])

d = base()
d["period"]["end"] = "2024-06"
d["adoption"] = {"status": "adopted"}
d["aim"] = ""
d["budget"] = [{"year": 2023, "amount_cents": 100000}]
g = goal(d)
g["planning_areas"] = ["03500933"]
s = step(d)
s["id"] = "g1"
s["bodies"] = ["froum"]
s["planned_cost_cents"] = 200000
s["weight"] = -1
d["action_fields"][0]["goals"].append({"id": "g2", "text": "Wir wollen Beteiligung stärken."})
d["action_fields"].append({"key": "netzwerk", "title": "Netzwerkarbeit"})
case("many-rule-findings",
     "A well-formed concept breaking many rules at once: every finding is reported, sorted by position.",
     d, [F("period.length", "/period"), F("adoption.inconsistent", "/adoption/status"),
         F("text.empty", "/aim"), F("budget.exceeded", "/budget/0/amount_cents"),
         F("budget.below_standard", "/budget/0/amount_cents"),
         F("ref.planning_area", G + "/planning_areas/0"),
         F("id.duplicate", S + "/id"), F("ref.body", S + "/bodies/0"),
         F("step.weight", S + "/weight"),
         F("goal.no_steps", "/action_fields/0/goals/1"),
         F("action_field.no_goals", "/action_fields/1")])

d = base()
step(d)["id"] = "g1"
d["site"]["planning_areas"].append({"code": "03500932", "name": "Bühringstraße", "level": "planning_area"})
case("id-duplicate", "A step reusing its goal's id and a LOR code listed twice in the area: id.duplicate.",
     d, [F("id.duplicate", "/site/planning_areas/2/code"), F("id.duplicate", S + "/id")])


# ---- lor: the LOR 2021 catalogue (lor.unknown, lor.name_mismatch, lor.level) ----

SEV.update({"lor.unknown": "warning", "lor.name_mismatch": "warning", "lor.level": "advice",
            "ref.planning_area": "warning"})

d = base()
d["site"]["planning_areas"][0]["code"] = "03500939"
goal(d)["planning_areas"] = ["03501073"]
case("lor-unknown",
     "A site area and a goal with codes LOR 2021 does not have: lor.unknown (with near codes).",
     d, [F("lor.unknown", "/site/planning_areas/0/code"), F("lor.unknown", G + "/planning_areas/0")])

d = base()
d["site"]["planning_areas"][0]["code"] = "03500939"
goal(d)["planning_areas"] = ["03501073"]
d["site"] = insert_after(d["site"], "operator", "lor_edition", "2019")
case("lor-edition-other",
     "The same unknown codes with a declared LOR edition benn has no table for: no findings.", d, [])

d = base()
d["site"]["planning_areas"][0]["name"] = "Weißensee"
d["site"]["planning_areas"][1]["name"] = "Weissensee-Ost"
case("lor-name-mismatch",
     "A planning area named after its district region: lor.name_mismatch; a spelling variant "
     "(`Weissensee-Ost`) is fine.",
     d, [F("lor.name_mismatch", "/site/planning_areas/0/name")])

d = base()
d["site"]["planning_areas"][1] = {"code": "035010", "name": "Weißensee-Ost", "level": "planning_area"}
case("lor-level",
     "Weißensee-Ost called a planning area, as texts do, but code and name are the district region 035010: "
     "lor.level (advice).",
     d, [F("lor.level", "/site/planning_areas/1/level")])

d = base()
goal(d)["planning_areas"] = ["03500932", "03400618"]
step(d)["planning_areas"] = ["11300721", "03501038"]
case("ref-planning-area-outing",
     "Steps and goals outside the area, in the same district and in a neighbouring one (an outing): "
     "ref.planning_area warnings only.",
     d, [F("ref.planning_area", G + "/planning_areas/1"), F("ref.planning_area", S + "/planning_areas/0")])


# ---- rules: dropped steps, budget plausibility, copied step texts ----------

SEV.update({
    "budget.below_standard": "warning", "budget.above_standard": "advice",
    "step.cost_tiny": "warning", "step.duplicate_text": "warning",
    # A goal without steps is normal in a published short version: advice.
    "goal.no_steps": "advice",
})

d = base()
d["budget"][1]["amount_cents"] = 30000
case("budget-below-standard",
     "A budget of 300 € for 2024, euros typed as cents (30,000 € meant): budget.below_standard "
     "(under a tenth of the BENN standard); the 1,000 € step of 2023 still fits.",
     d, [F("budget.below_standard", "/budget/1/amount_cents")])

d = base()
d["site"]["site_type"] = "benn_plus"
d["period"] = {"start": "2023-07", "end": "2025-06"}
step(d)["timeframe"] = {"start": "2023-09", "end": "2023-12"}
d["budget"] = [{"year": 2023, "amount_cents": 1000000}, {"year": 2024, "amount_cents": 2000000},
               {"year": 2025, "amount_cents": 1000000}]
case("budget-standard-share",
     "A BENNplus site with half a year's share in the first and last year (10,000 / 20,000 / "
     "10,000 €), as real concepts budget: no finding.",
     d, [])

d = base()
d["site"]["site_type"] = "benn_plus"
d["period"] = {"start": "2023-07", "end": "2025-06"}
step(d)["timeframe"] = {"start": "2023-09", "end": "2023-12"}
d["budget"] = [{"year": 2023, "amount_cents": 1000000}, {"year": 2024, "amount_cents": 2000000},
               {"year": 2025, "amount_cents": 99999}]
case("budget-below-standard-share",
     "A BENNplus budget of 999.99 € for the six months of 2025 (a tenth of 10,000 € is 1,000 €): "
     "budget.below_standard.",
     d, [F("budget.below_standard", "/budget/2/amount_cents")])

d = base()
d["site"]["site_type"] = "qm_attached"
d["budget"][0]["amount_cents"] = 4000001
case("budget-above-standard",
     "A QM-attached site budgeting 40,000.01 € for 2023, over twice its 20,000 € standard: "
     "budget.above_standard (advice).",
     d, [F("budget.above_standard", "/budget/0/amount_cents")])

d = base()
step(d)["planned_cost_cents"] = 50
case("step-cost-tiny", "A step costing 50 cents (50 € meant): step.cost_tiny.",
     d, [F("step.cost_tiny", S + "/planned_cost_cents")])

d = base()
step(d)["planned_cost_cents"] = 0
case("step-cost-zero", "A step planned at 0 cents costs nothing, which is fine: no finding.", d, [])

d = base()
step(d)["planned_cost_cents"] = 3100000
step(d)["status"] = "dropped"
d["budget"] = [{"year": 2024, "amount_cents": 3000000}]
case("budget-dropped-step",
     "A dropped step of 31,000 € in 2023, a year without budget: it costs nothing, so neither "
     "budget.exceeded nor budget.year_missing.",
     d, [])

d = base()
g = goal(d)
g["steps"].append({"id": "s2", "text": "Sprachcafé", "status": "planned",
                   "timeframe": {"start": "2023-10", "end": "2024-03"}, "planned_cost_cents": 120000})
g["steps"].append({"id": "s3", "text": "Kiezspaziergang", "status": "done",
                   "timeframe": {"start": "2023-11", "end": "2023-11"}, "planned_cost_cents": 20000})
d["budget"] = [{"year": 2024, "amount_cents": 3000000}]
t = text(d)
case("budget-year-missing-steps",
     "Three steps plan costs in 2023, which has no budget: one budget.year_missing at the first "
     "step's cost (related: /budget).",
     t, [F("budget.year_missing", S + "/planned_cost_cents",
           pos(t, '"planned_cost_cents": ', 1, len('"planned_cost_cents": ')))])

d = base()
g = goal(d)
g["steps"].append({"id": "s2", "text": "  NachbarschaftsFEST\t", "status": "planned",
                   "timeframe": {"start": "2023-05", "end": "2023-09"}})
g["steps"].append({"id": "s3", "text": "Nachbarschaftsfest", "status": "planned",
                   "timeframe": {"start": "2024-05", "end": "2024-09"}})
g["steps"].append({"id": "s4", "text": "Nachbarschaftsfest", "status": "dropped",
                   "timeframe": {"start": "2023-05", "end": "2023-09"}})
d["action_fields"][0]["goals"].append({"id": "g2", "text": "Wir wollen Feste feiern.", "steps": [
    {"id": "s5", "text": "NACHBARSCHAFTSFEST", "status": "in_progress",
     "timeframe": {"start": "2023-05", "end": "2023-09"}}]})
t = text(d)
case("step-duplicate-text",
     "The step `Nachbarschaftsfest` (May-Sept 2023) copied as `s2` (other case and spacing) and "
     "`s5` (another goal): step.duplicate_text at each copy's text. The same festival in 2024 "
     "(`s3`) recurs, and the dropped `s4` is history: no finding.",
     t, [F("step.duplicate_text", S[:-1] + "1/text", pos(t, '"  NachbarschaftsFEST')),
         F("step.duplicate_text", "/action_fields/0/goals/1/steps/0/text", pos(t, '"NACHBARSCHAFTSFEST"'))])

d = base()
d["period"] = {"start": "2020-07", "end": "2021-12", "label": "Juli 2020 – Dezember 2021"}
d["adoption"] = {"status": "adopted", "resolution_date": "2020-06-09"}
d["budget"] = [{"year": 2020, "amount_cents": 1500000}, {"year": 2021, "amount_cents": 3000000}]
d["action_fields"][0]["key"] = "beteiligung"
d["action_fields"][0]["title"] = "Beteiligung"
step(d)["timeframe"] = {"start": "2021-05", "end": "2021-09"}
case("action-field-custom-key-phase-one",
     "A phase-1 transition concept (Juli 2020 – Dezember 2021, 18 months) with the phase-1 topic "
     "`beteiligung`: no action_field.custom_key (the standard fields are phase 2's); only "
     "period.length for the 18 months.",
     d, [F("period.length", "/period")])


# ---------------------------------------------------------------- write

def line_col(src, offset):
    offset = min(offset, len(src))
    # CR, LF and CRLF each end a line.
    head = src[:offset].replace(b"\r\n", b"\n").replace(b"\r", b"\n")
    line = head.count(b"\n") + 1
    start = max(src.rfind(b"\n", 0, offset), src.rfind(b"\r", 0, offset)) + 1
    col = sum(1 for b in src[start:offset] if (b & 0xC0) != 0x80) + 1
    return line, col


# ---- reader: integers read exactly, numbers out of range, line endings
# (no new codes: the severities are those of type.mismatch, json.number_range, field.unknown)

d = base()
d["budget"][0]["amount_cents"] = Raw("9007199254740993")
case("integer-beyond-double-exact",
     "An amount of 9007199254740993 cents (2^53 + 1, not a double) is read exactly: no shape finding, "
     "only the advice that it is far above the standard.",
     d, [F("budget.above_standard", "/budget/0/amount_cents")])

d = base()
d["budget"][0]["amount_cents"] = Raw("2999999.9999999999")
d["budget"][1]["amount_cents"] = Raw("1e-999999999")
t = text(d)
case("integer-fraction-and-tiny-exponent",
     "`2999999.9999999999` and `1e-999999999` as cents are no integers (a double would round them to "
     "3000000 and 0): type.mismatch at each.",
     t, [F("type.mismatch", "/budget/0/amount_cents", pos(t, "2999999.9999999999")),
         F("type.mismatch", "/budget/1/amount_cents", pos(t, "1e-999999999"))])

d = base()
d["format_version"] = Raw("1.0")
t = text(d)
case("format-version-float", "`format_version: 1.0`: the version is an integer; type.mismatch.",
     t, [F("type.mismatch", "/format_version", pos(t, "1.0"))])

d = base()
step(d)["weight"] = Raw("1e-400")
t = text(d)
case("number-underflow", "A weight of `1e-400` would become 0 in a double: json.number_range, not a silent 0.",
     t, [F("json.number_range", S + "/weight", pos(t, "1e-400"))])

d = base()
d["titel"] = "x"
t = text(d).replace("\n", "\r")
case("line-endings-cr", "A document with CR-only line endings: lines count at each CR (field.unknown on its line).",
     t, [F("field.unknown", "/titel", pos(t, '"titel"'))])

d = base()
d["titel"] = "x"
t = text(d).replace("\n", "\r\n")
case("line-endings-crlf", "A document with CRLF line endings: each CRLF counts as one line break.",
     t, [F("field.unknown", "/titel", pos(t, '"titel"'))])


def main():
    names = set()
    for name, description, src, findings, today in CASES:
        assert name not in names, name
        names.add(name)
        folder = os.path.join(OUT, name)
        if os.path.isdir(folder):
            shutil.rmtree(folder)
        os.makedirs(folder)
        with open(os.path.join(folder, "input.json"), "wb") as fh:
            fh.write(src)
        if name in LOG_FILES:
            # A log file checked against the concept input.json; the findings are the log file's.
            with open(os.path.join(folder, "log.json"), "wb") as fh:
                fh.write(LOG_FILES[name])
        out = []
        for f in findings:
            e = {"code": f["code"], "severity": SEV[f["code"]], "pointer": f["pointer"]}
            if f["at"] is not None:
                e["line"], e["column"] = line_col(src, f["at"])
            out.append(e)
        exp = {"description": description}
        opts = {"today": today} if today else {}
        opts.update(EXTRA_OPTIONS.get(name, {}))
        if opts:
            exp["options"] = opts
        exp["findings"] = out
        body = "{\n" + f'  "description": {json.dumps(description, ensure_ascii=False)},\n'
        if opts:
            body += f'  "options": {json.dumps(opts, ensure_ascii=False)},\n'
        if out:
            body += '  "findings": [\n' + ",\n".join(
                "    " + json.dumps(e, ensure_ascii=False) for e in out) + "\n  ]\n}\n"
        else:
            body += '  "findings": []\n}\n'
        assert json.loads(body) == exp
        with open(os.path.join(folder, "expected.json"), "w", encoding="utf-8") as fh:
            fh.write(body)
    print(len(CASES), "cases")



# ---- model: format version 2, approximate data, decision path, versions, sets of files

SEV.update({
    "adoption.event_order": "warning", "shelter.duplicate": "warning",
    "ref.previous_unchecked": "advice", "concept.duplicate_id": "error",
    "time.after_period": "warning", "time.future": "warning", "format.upgrade": "advice",
})
# Options beyond `today`, per case: `known_concepts` are the documents checked
# together (the document itself included), each {id, period, district?, site?}.
EXTRA_OPTIONS = {}


def v2():
    d = base()
    d["format_version"] = 2
    return d


def known(id_, start, end, site="BENN Test", district="03"):
    return {"id": id_, "period": {"start": start, "end": end}, "district": district, "site": site}


SELF = known("test-2023", "2023-01", "2024-12")

# Everything version 2 can say about partial knowledge: no findings.
d = v2()
d["version"] = {"number": "2", "date": "2023-11"}
del d["adoption"]
d["site"] = {
    "name": "BENN Test", "district": "03", "site_type": "benn",
    "operator": "Träger gGmbH", "operator_as_of": "2018",
    "office": {"website": "https://example.org/benn"},
    "start_date": "2017", "staff_positions": 2.5,
    "planning_areas": d["site"]["planning_areas"], "planning_areas_source": "derived",
    "shelters": [
        {"name": "GU Quittenweg", "residents": 300, "approximate": True, "as_of": "2018-04",
         "opened": "2016"},
        {"name": "GU Bühringstraße", "capacity": 450, "opened": "2017-04-12"},
    ],
    "bodies": d["site"]["bodies"],
}
d["period"] = {"start": "2023-01", "end": "2024-12", "label": "2023/24"}
d["analysis"] = {"facts": [{"text": "Anteil", "value": 0.1, "unit": "%", "source": "Monitoring",
                            "date": "2022"}]}
d["action_fields"][0]["steps"] = [
    {"id": "f1", "text": "Kiezspaziergang", "status": "planned", "planned_cost_cents": 50000}]
case("v2-partial-knowledge",
     "Version 2: unknown adoption left out, approximate dates, optional operator details, "
     "shelter residents as of a month, steps of a field, exact decimals: no findings.", d, [])

d = v2()
d["adoption"] = {"status": "unknown"}
d["site"]["operator"] = None
case("v2-adoption-unknown", "Adoption status unknown, operator null: no findings.", d, [])

d = v2()
d["adoption"] = {"status": "published"}
case("v2-adoption-published", "Published without resolution data: no findings.", d, [])

d = v2()
d["adoption"] = {"status": "noted", "events": [
    {"kind": "resolution", "date": "2023-03-14"},
    {"kind": "referred", "date": "2023-04", "body": "Ausschuss für Soziales"},
    {"kind": "postponed", "date": "2023-05"},
    {"kind": "noted_by_committee", "date": "2023-06-01"},
    {"kind": "noted_by_bvv", "date": "2023", "drucksache": "0819/XXI"},
]}
case("v2-adoption-events", "A decision path as events that leads to `noted`; a year is not before a day "
     "in it: no findings.", d, [])

d = v2()
d["adoption"] = {"status": "adopted", "events": [
    {"kind": "resolution", "date": "2023-03-14"},
    {"kind": "noted_by_bvv", "date": "2023-04-19", "drucksache": "0819/XXI"},
]}
case("adoption-events-inconsistent", "The events lead to `noted`, the status says `adopted`: "
     "adoption.inconsistent.", d, [F("adoption.inconsistent", "/adoption/status")])

d = v2()
d["adoption"] = {"status": "adopted", "events": [
    {"kind": "referred", "date": "2023-04"},
    {"kind": "resolution", "date": "2023-03-14"},
]}
case("adoption-event-order", "A referral dated after the resolution it follows: adoption.event_order.",
     d, [F("adoption.event_order", "/adoption/events/1/date")])

d = v2()
d["site"]["shelters"] = [{"name": "GU Quittenweg", "capacity": 300},
                         {"name": "GU-Quittenweg", "residents": 280, "as_of": "2024"}]
case("shelter-duplicate", "The same shelter twice (spelling aside): shelter.duplicate.",
     d, [F("shelter.duplicate", "/site/shelters/1/name")])

d = v2()
d["site"]["start_date"] = "2018-4"
t = text(d)
case("approx-date-malformed", "A start date `2018-4`: value.format (a year, month or day is expected).",
     t, [F("value.format", "/site/start_date", pos(t, '"2018-4"'))])

d = v2()
d["action_fields"][0]["steps"] = [{"id": "s1", "text": "Kiezspaziergang", "status": "planned"}]
case("field-step-id-duplicate", "A step of the field itself reuses a goal step's id: id.duplicate.",
     d, [F("id.duplicate", "/action_fields/0/steps/0/id")])

d = v2()
d["action_fields"][0]["steps"] = [{"id": "f1", "text": "Großes Fest", "status": "planned",
                                   "timeframe": {"start": "2023-06", "end": "2023-06"},
                                   "planned_cost_cents": 2950000}]
case("field-step-budget", "A step of the field counts in the budget: 1,000 € + 29,500 € in 2023 "
     "exceed 30,000 €: budget.exceeded.", d, [F("budget.exceeded", "/budget/0/amount_cents")])

d = v2()
d["previous"] = "test-2021"
case("ref-previous-unchecked", "`previous` names a concept not among the files checked: advice.",
     d, [F("ref.previous_unchecked", "/previous")])
EXTRA_OPTIONS["ref-previous-unchecked"] = {"known_concepts": [SELF, known("other-2023", "2023-01", "2024-12", "BENN Anders")]}

d = v2()
d["previous"] = "anders-2021"
case("ref-previous-other-site", "`previous` names another site's concept: ref.previous.",
     d, [F("ref.previous", "/previous")])
EXTRA_OPTIONS["ref-previous-other-site"] = {"known_concepts": [SELF, known("anders-2021", "2021-01", "2022-12", "BENN Anders", "09")]}

d = v2()
case("concept-duplicate-id", "Two files checked together have the concept id `test-2023`: "
     "concept.duplicate_id.", d, [F("concept.duplicate_id", "/id")])
EXTRA_OPTIONS["concept-duplicate-id"] = {"known_concepts": [SELF, SELF]}

d = v2()
d["site"]["start_date"] = "2025"
d["site"]["shelters"] = [{"name": "GU Quittenweg", "opened": "2024"}]
case("time-after-period", "The team's start in 2025 lies after a period ending 2024-12; a shelter opened "
     "in 2024 does not (precision): time.after_period.", d, [F("time.after_period", "/site/start_date")])

d = v2()
d["site"]["start_date"] = "2023-06"
d["analysis"] = {"facts": [{"text": "Einwohnende", "value": 4800, "source": "Amt für Statistik",
                            "date": "2023"}]}
case("time-future", "A start in 2023-06 lies after today (2023-05-31); a fact of 2023 does not "
     "(precision): time.future.", d, [F("time.future", "/site/start_date")], today="2023-05-31")

d = base()
d["site"]["start_date"] = "2018"
t = text(d)
case("format-upgrade", "A version-1 document with an approximate start date (version 2): read, with "
     "advice to say version 2.", t, [F("format.upgrade", "/format_version", pos(t, "1"))])

d = base()
d["site"]["start_date"] = "2018-01-15"
case("v1-reads-as-before", "A version-1 document with a start day: no findings.", d, [])


# ---- eval: progress rules on the concept's own log (step.delayed, body.no_meeting)

SEV.update({"step.delayed": "warning", "body.no_meeting": "warning"})


def v3_log(entries):
    d = base()
    d["format_version"] = 3
    d["log"] = entries
    return d


d = v3_log([{"id": "e1", "date": "2023-05-02", "kind": "status", "step": "s1",
             "status": "in_progress"}])
case("step-delayed",
     "The festival step (May to September 2023) was started by the log and is still in progress "
     "on 2023-11-15: step.delayed at its status.",
     d, [F("step.delayed", S + "/status")], today="2023-11-15")

d = v3_log([{"id": "e1", "date": "2023-05-02", "kind": "status", "step": "s1",
             "status": "in_progress"},
            {"id": "e2", "date": "2023-09-09", "kind": "status", "step": "s1", "status": "done"}])
case("step-delayed-done-in-log",
     "The concept says `planned`, but the log records the festival done in September 2023: "
     "no step.delayed on 2023-11-15.",
     d, [], today="2023-11-15")

d = base()
d["format_version"] = 3
case("step-delayed-history",
     "A planned step of a period that ended 2024-12, checked on 2025-07-01 (more than six months "
     "later): the concept is history, no step.delayed.",
     d, [], today="2025-07-01")

d = v3_log([{"id": "m1", "date": "2023-10-04", "kind": "meeting", "body": "forum",
             "participants": 31}])
d["site"]["bodies"][0]["meets"] = "zweimal jährlich"
step(d)["status"] = "done"
case("body-no-meeting",
     "The forum is planned to meet twice a year; the log has a meeting in 2023 but none in 2024, "
     "which has passed by 2025-03-01: body.no_meeting at the body.",
     d, [F("body.no_meeting", "/site/bodies/0")], today="2025-03-01")

d = base()
d["format_version"] = 3
d["site"]["bodies"][0]["meets"] = "zweimal jährlich"
step(d)["status"] = "done"
case("body-no-meeting-without-log",
     "The same plan without any log: nothing is tracked, so no body.no_meeting.",
     d, [], today="2025-03-01")
# ---- log: the tracking log's rules (a concept's `log` section, format version 3; a log file
# beside the concept as `log.json`, whose findings the case expects)

SEV.update({
    "log.concept": "error", "log.ref": "error", "log.duplicate_id": "error",
    "log.kind_fields": "error", "log.field_unused": "warning",
    "log.date_outside_period": "warning", "log.date_future": "warning",
    "log.progress_range": "error", "log.status_transition": "warning",
    "log.budget_exceeded": "warning", "log.budget_year": "warning",
    "log.unit_mismatch": "warning", "log.value": "error", "log.conflict": "warning",
})
# Case name -> the bytes of its log file (log.json), checked against input.json.
LOG_FILES = {}


def v3(log=None):
    d = base()
    d["format_version"] = 3
    g = goal(d)
    g["indicators"] = [
        {"id": "i1", "name": "Gäste beim Fest", "measure": "unit", "unit": "Personen",
         "baseline": {"value": 80}, "target": {"value": 150}},
        {"id": "i2", "name": "Anteil zufriedener Gäste", "measure": "percentage",
         "baseline": {"value": 60}, "target": {"value": 75}},
    ]
    if log is not None:
        d["log"] = log
    return d


def E(id_, date, kind, **fields):
    """A log entry with its fields in the model's order."""
    e = {"id": id_, "date": date, "kind": kind}
    for k in ["step", "goal", "indicator", "body", "status", "progress", "spent_cents",
              "budget_year", "value", "unit", "participants", "note", "evidence",
              "recorded_by", "corrects"]:
        if k in fields:
            e[k] = fields.pop(k)
    assert not fields, fields
    return e


L = "/log"

case("log-valid", "A concept with a realistic log: statuses, progress, spending, a measurement, a "
     "meeting, a note, and a withdrawn entry: no findings.", v3([
         E("e-1", "2023-05-02", "status", step="s1", status="in_progress", recorded_by="Team"),
         E("e-2", "2023-06-30", "progress", step="s1", progress=40),
         E("e-3", "2023-06-30", "meeting", body="forum", participants=34,
           evidence=["https://example.org/protokoll.pdf"]),
         E("e-4", "2023-09-02", "measurement", indicator="i1", value=120, unit="Personen"),
         E("e-5", "2023-09-02", "measurement", indicator="i2", value=72.5, unit="%"),
         E("e-6", "2023-09-16", "status", step="s1", status="done", progress=100),
         E("e-7", "2023-09-20", "spending", step="s1", spent_cents=98000),
         E("e-8", "2023-10-01", "note", goal="g1", note="Viele neue Gesichter."),
         E("e-9", "2023-10-02", "spending", spent_cents=5000),
         E("e-10", "2023-10-03", "note", corrects="e-9"),
         E("e-11", "2025-02-10", "spending", spent_cents=12000, budget_year=2024,
           note="Rechnung vom Dezember"),
     ]), [])

case("log-ref", "Entries naming a step and a body that do not exist, and correcting an entry that "
     "does not exist: log.ref at each.", v3([
         E("e-1", "2023-05-02", "status", step="s2", status="in_progress"),
         E("e-2", "2023-06-30", "meeting", body="froum"),
         E("e-3", "2023-07-01", "note", corrects="e-9"),
     ]), [F("log.ref", L + "/0/step"), F("log.ref", L + "/1/body"),
          F("log.ref", L + "/2/corrects")])

case("log-duplicate-id", "Two entries with the id `e-1`: log.duplicate_id at the second.", v3([
    E("e-1", "2023-05-02", "status", step="s1", status="in_progress"),
    E("e-1", "2023-06-30", "meeting", body="forum"),
]), [F("log.duplicate_id", L + "/1/id")])

case("log-kind-fields", "A status entry without its status, and a note about a step and a body at "
     "once: log.kind_fields.", v3([
         E("e-1", "2023-05-02", "status", step="s1"),
         E("e-2", "2023-06-30", "note", step="s1", body="forum", note="Fest und Forum"),
     ]), [F("log.kind_fields", L + "/0"), F("log.kind_fields", L + "/1/body")])

case("log-field-unused", "A status entry with a number of participants, which only meetings use: "
     "log.field_unused.", v3([
         E("e-1", "2023-05-02", "status", step="s1", status="in_progress", participants=12),
     ]), [F("log.field_unused", L + "/0/participants")])

case("log-date-outside-period", "Entries before the period (2023-01) and after its end with the "
     "3-month grace window (2025-03): log.date_outside_period; 2025-03-31 is still fine.", v3([
         E("e-1", "2022-12-15", "meeting", body="forum"),
         E("e-2", "2025-03-31", "spending", spent_cents=1000, budget_year=2024),
         E("e-3", "2025-04-01", "spending", spent_cents=1000, budget_year=2024),
     ]), [F("log.date_outside_period", L + "/0/date"),
          F("log.date_outside_period", L + "/2/date")])

case("log-date-future", "An entry dated the day after today: log.date_future.", v3([
    E("e-1", "2023-06-01", "meeting", body="forum"),
    E("e-2", "2023-06-02", "meeting", body="forum"),
]), [F("log.date_future", L + "/1/date")], today="2023-06-01")

case("log-progress-range", "A progress of 120 %: log.progress_range.", v3([
    E("e-1", "2023-06-30", "progress", step="s1", progress=120),
]), [F("log.progress_range", L + "/0/progress")])

case("log-status-transition", "Back from done without a note, and a step taken up after it was "
     "dropped: log.status_transition; back from done with a note is fine.", v3([
         E("e-1", "2023-06-01", "status", step="s1", status="done"),
         E("e-2", "2023-06-15", "status", step="s1", status="in_progress"),
         E("e-3", "2023-07-01", "status", step="s1", status="done"),
         E("e-4", "2023-07-15", "status", step="s1", status="in_progress",
           note="Zweites Fest gewünscht."),
         E("e-5", "2023-08-01", "status", step="s1", status="dropped"),
         E("e-6", "2023-09-01", "status", step="s1", status="in_progress"),
     ]), [F("log.status_transition", L + "/1/status"),
          F("log.status_transition", L + "/5/status")])

case("log-budget-exceeded", "20,000 € and 15,000 € spent in 2023 exceed its 30,000 €: "
     "log.budget_exceeded at the spending that crosses the line.", v3([
         E("e-1", "2023-05-02", "spending", spent_cents=2000000),
         E("e-2", "2023-06-30", "spending", step="s1", spent_cents=1500000),
         E("e-3", "2023-07-30", "spending", spent_cents=100),
     ]), [F("log.budget_exceeded", L + "/1/spent_cents")])

case("log-budget-corrected", "The same spending, but the 15,000 € are corrected to 1,500 €: the "
     "corrected entry no longer counts; no findings.", v3([
         E("e-1", "2023-05-02", "spending", spent_cents=2000000),
         E("e-2", "2023-06-30", "spending", step="s1", spent_cents=1500000),
         E("e-3", "2023-07-01", "spending", step="s1", spent_cents=150000, corrects="e-2",
           note="Tippfehler: 1.500 €"),
     ]), [])

case("log-budget-year", "Spending counted for 2025, outside a period of 2023 and 2024: "
     "log.budget_year.", v3([
         E("e-1", "2024-12-20", "spending", spent_cents=50000, budget_year=2025),
     ]), [F("log.budget_year", L + "/0/budget_year")])

case("log-unit-mismatch", "A measurement in `Gäste` of an indicator counted in `Personen`: "
     "log.unit_mismatch.", v3([
         E("e-1", "2023-09-02", "measurement", indicator="i1", value=120, unit="Gäste"),
     ]), [F("log.unit_mismatch", L + "/0/unit")])

case("log-value", "A text measured for a counted indicator, and 140 for a percentage: log.value.",
     v3([
         E("e-1", "2023-09-02", "measurement", indicator="i1", value="viele"),
         E("e-2", "2023-09-02", "measurement", indicator="i2", value=140),
     ]), [F("log.value", L + "/0/value"), F("log.value", L + "/1/value")])

case("log-conflict", "Two status changes of one step on one day with different statuses: "
     "log.conflict at the second.", v3([
         E("e-1", "2023-06-01", "status", step="s1", status="done"),
         E("e-2", "2023-06-01", "status", step="s1", status="postponed"),
     ]), [F("log.conflict", L + "/1/status")])

case("log-negative-spending", "A negative spending: amount.negative (a wrong amount is corrected "
     "with `corrects`).", v3([
         E("e-1", "2023-06-01", "spending", spent_cents=-5000),
     ]), [F("amount.negative", L + "/0/spent_cents")])


def log_file(concept_id, entries):
    return text({"format_version": 3, "concept": concept_id, "entries": entries}).encode()


case("log-file-concept", "A log file (log.json) naming another concept than input.json: log.concept; "
     "its entries are not checked.", v3(), [F("log.concept", "/concept")])
LOG_FILES["log-file-concept"] = log_file("anders-2023", [
    E("e-1", "2023-05-02", "status", step="s9", status="in_progress"),
])

case("log-file-rules", "A log file (log.json) of input.json: the same rules as the concept's own "
     "log, with pointers into `entries`: log.ref and log.progress_range.", v3(), [
         F("log.ref", "/entries/0/step"), F("log.progress_range", "/entries/1/progress")])
LOG_FILES["log-file-rules"] = log_file("test-2023", [
    E("e-1", "2023-05-02", "status", step="s2", status="in_progress"),
    E("e-2", "2023-06-30", "progress", step="s1", progress=-5),
])


main()
