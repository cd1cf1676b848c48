"""The compiled part of the `benn` package (Rust, PyO3). Use `benn` instead."""

from typing import Any, List, Optional, Tuple, Union, final

__all__: List[str] = [
    "Doc",
    "LOG_SCHEMA_JSON",
    "LogDoc",
    "SCHEMA_JSON",
    "VERSION",
    "append_entry",
    "chart",
    "budget",
    "codes",
    "compare",
    "coverage",
    "entry",
    "indicators",
    "load",
    "load_log",
    "lor_name",
    "merge",
    "native_load_seconds",
    "next_id",
    "portfolio",
    "portfolio_report",
    "read",
    "report",
    "review",
    "review_report",
    "rollup",
    "shares",
    "state",
    "synth",
    "table",
    "validate",
    "validate_log",
]

SCHEMA_JSON: str
LOG_SCHEMA_JSON: str
VERSION: str

@final
class Doc:
    """A concept read by the core (immutable; safe to share between threads)."""

    @property
    def id(self) -> str: ...
    def write(self) -> str: ...

@final
class LogDoc:
    """A log file read by the core (immutable; safe to share between threads)."""

    @property
    def concept(self) -> str: ...
    def write(self) -> str: ...

def validate(
    data: Union[str, bytes],
    today: Optional[str] = None,
    known_concepts: Optional[str] = None,
) -> str: ...
def read(data: Union[str, bytes]) -> str: ...
def load(
    data: Union[str, bytes],
    strict: bool = True,
    today: Optional[str] = None,
    known_concepts: Optional[str] = None,
) -> Tuple[Doc, str]: ...
def load_log(
    data: Union[str, bytes],
    concept: Optional[Doc] = None,
    strict: bool = True,
    today: Optional[str] = None,
) -> Tuple[LogDoc, str]: ...
def validate_log(data: Union[str, bytes], concept: Doc, today: Optional[str] = None) -> str: ...
def codes() -> str: ...
def lor_name(code: str) -> Optional[str]: ...
def state(concept: Doc, log: Optional[LogDoc], as_of: str) -> str: ...
def rollup(concept: Doc, log: Optional[LogDoc], as_of: str, method: str) -> str: ...
def shares(concept: Doc, log: Optional[LogDoc], as_of: str) -> str: ...
def budget(concept: Doc, log: Optional[LogDoc], as_of: str) -> str: ...
def indicators(concept: Doc, log: Optional[LogDoc], as_of: str) -> str: ...
def coverage(concept: Doc) -> str: ...
def compare(old: Doc, new: Doc) -> str: ...
def review(previous: Doc, log: Optional[LogDoc], next: Doc, as_of: str) -> str: ...
def portfolio(items: List[Tuple[Doc, Optional[LogDoc]]], as_of: str, method: str) -> str: ...
def entry(json: str) -> str: ...
def append_entry(text: str, entry: str) -> str: ...
def next_id(concept: Optional[Doc], log: Optional[LogDoc], day: str) -> str: ...
def merge(a: LogDoc, b: LogDoc) -> str: ...
def table(
    name: str,
    concept: Doc,
    log: Optional[LogDoc] = None,
    as_of: Optional[str] = None,
    method: str = "mean",
) -> Tuple[str, List[Tuple[str, str, Any, Optional[bytes]]]]: ...
def synth(steps: int, seed: int = 7) -> Doc: ...
def native_load_seconds(data: Union[str, bytes], runs: int) -> float: ...
def report(
    kind: str,
    concept: Doc,
    log: Optional[LogDoc],
    as_of: str,
    lang: str,
    method: str,
    format: str,
    steps: bool = False,
) -> str: ...
def review_report(
    previous: Doc, log: Optional[LogDoc], next: Doc, as_of: str, lang: str, format: str
) -> str: ...
def portfolio_report(
    items: List[Tuple[Doc, Optional[LogDoc]]], as_of: str, lang: str, method: str, format: str
) -> str: ...
def chart(
    name: str, concept: Doc, log: Optional[LogDoc], as_of: str, lang: str, method: str, key: str
) -> str: ...
