"""The core's tables as lists of dicts or pandas DataFrames.

The core sends a table by column (``benn-py/src/table.rs``): texts and lists
as Python lists, numbers and days as packed little-endian 64-bit values with
a byte per row marking empty cells. Here each column gets its Python type,
and nothing is computed:

- money: the exact cents as ``…_cents`` (int) plus the euros as ``…_eur``;
- days: ``datetime.date`` (``datetime64`` in a DataFrame); months the first
  day of the month the same way;
- decimals and percentages: ``float``; lists: tuples of str;
- in a DataFrame, text columns with a fixed set of values (status, action
  field, kind, ...) are categoricals (for the format's enums with all their
  values, from the schema); LOR codes stay text, their names beside them
  (``planning_area_names``, ``name``).
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import gc
import sys
from array import array
from typing import TYPE_CHECKING, Any, Dict, Iterator, List, Optional, Tuple

if TYPE_CHECKING:
    import pandas  # type: ignore[import-untyped, import-not-found, unused-ignore]

__all__ = ["RawTable", "to_records", "to_frame", "gc_paused", "CATEGORIES", "PANDAS_MISSING"]

#: A table as ``benn._benn.table`` returns it: its name and
#: ``(column, kind, values, missing)`` per column.
RawTable = Tuple[str, List[Tuple[str, str, Any, Optional[bytes]]]]

#: Text columns that hold one of a few values: categoricals in a DataFrame.
CATEGORIES = frozenset(
    {
        "field",
        "status",
        "track",
        "kind",
        "method",
        "level",
        "scope",
        "measure",
        "direction",
        "impact_level",
        "progress_source",
    }
)

#: Columns whose categories are an enum of the format (all its values, in
#: the schema's order), by table.
_ENUMS = {
    ("steps", "status"): "StepStatus",
    ("state", "status"): "StepStatus",
    ("log", "status"): "StepStatus",
    ("log", "kind"): "EntryKind",
    ("indicators", "measure"): "MeasureType",
    ("indicators", "direction"): "Direction",
    ("goals", "impact_level"): "ImpactLevel",
}

PANDAS_MISSING = (
    "DataFrames need pandas, an optional extra of benn: `pip install ./benn-py[pandas]` "
    "(or `pip install pandas`); without it, `.table(...)` gives the same rows as dicts"
)

_EPOCH = _dt.date(1970, 1, 1).toordinal()


@contextlib.contextmanager
def gc_paused() -> Iterator[None]:
    """No cyclic garbage collection while a table's many new objects are
    made (none of them form cycles): in a session with a big heap each
    collection would scan it all again."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


def _enum_values(name: str) -> List[str]:
    """The values of an enum of the concept schema (one declaration: the core's)."""
    from . import schema

    spec = schema()["$defs"].get(name, {})
    return [str(v["const"]) for v in spec.get("oneOf", []) if "const" in v] or list(spec.get("enum", []))


def _cents_names(name: str) -> Tuple[str, str]:
    """``planned_cost_eur`` → (``planned_cost_cents``, ``planned_cost_eur``)."""
    base = name[: -len("_eur")] if name.endswith("_eur") else name
    return f"{base}_cents", f"{base}_eur"


def _unpack(code: str, data: bytes) -> List[Any]:
    values = array(code)
    values.frombytes(data)
    if sys.byteorder == "big":
        values.byteswap()
    return values.tolist()


def _with_missing(values: List[Any], missing: Optional[bytes]) -> List[Any]:
    if missing is None:
        return values
    return [None if m else v for v, m in zip(values, missing)]


def _columns(table: RawTable) -> List[Tuple[str, List[Any]]]:
    """(name, values) per output column, in Python types."""
    out: List[Tuple[str, List[Any]]] = []
    for name, kind, data, missing in table[1]:
        if kind in ("text", "list"):
            out.append((name, list(data)))
        elif kind in ("integer", "cents"):
            values = _with_missing(_unpack("q", data), missing)
            if kind == "cents":
                cents, eur = _cents_names(name)
                out.append((cents, values))
                out.append((eur, [None if v is None else v / 100 for v in values]))
            else:
                out.append((name, values))
        elif kind in ("date", "month"):
            days = _with_missing(_unpack("q", data), missing)
            out.append((name, [None if d is None else _dt.date.fromordinal(d + _EPOCH) for d in days]))
        else:
            out.append((name, _with_missing(_unpack("d", data), missing)))
    return out


def to_records(table: RawTable) -> List[Dict[str, Any]]:
    """The table as one dict per row."""
    cols = _columns(table)
    n = len(cols[0][1]) if cols else 0
    return [{name: values[i] for name, values in cols} for i in range(n)]


def pandas_module() -> Any:
    """pandas, or an ImportError that says how to install it."""
    try:
        import pandas
    except ImportError as e:
        raise ImportError(PANDAS_MISSING) from e
    return pandas


def to_frame(table: RawTable) -> "pandas.DataFrame":
    """The table as a DataFrame with proper dtypes."""
    pd = pandas_module()
    import numpy as np

    data: Dict[str, Any] = {}
    table_name = table[0]
    for name, kind, values, missing in table[1]:
        mask = np.frombuffer(missing or b"", dtype=np.uint8).astype(bool)
        if kind in ("integer", "cents"):
            ints = np.frombuffer(values, dtype="<i8").astype(np.int64)
            column = pd.arrays.IntegerArray(ints, mask)
            if kind == "cents":
                cents, eur = _cents_names(name)
                data[cents] = pd.Series(column)
                data[eur] = pd.Series(pd.arrays.FloatingArray(ints / 100, mask.copy()))
            else:
                data[name] = pd.Series(column)
        elif kind in ("decimal", "percent"):
            floats = np.frombuffer(values, dtype="<f8").astype(np.float64)
            data[name] = pd.Series(pd.arrays.FloatingArray(floats, mask))
        elif kind in ("date", "month"):
            days = np.frombuffer(values, dtype="<i8").astype("datetime64[D]")
            days[mask] = np.datetime64("NaT")
            data[name] = pd.Series(days.astype("datetime64[s]"))
        elif kind == "list":
            column = np.empty(len(values), dtype=object)
            column[:] = values
            data[name] = pd.Series(column)
        elif (table_name, name) in _ENUMS:
            categories = _enum_values(_ENUMS[(table_name, name)])
            data[name] = pd.Series(pd.Categorical(values, categories=categories or None))
        elif name in CATEGORIES:
            data[name] = pd.Series(values, dtype="category")
        else:
            data[name] = pd.Series(values, dtype="string")
    frame = pd.DataFrame(data)
    frame.attrs["benn_table"] = table_name
    return frame
