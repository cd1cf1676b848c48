"""The compiled part of the `benn` package (Rust, PyO3). Use `benn` instead."""

from typing import List, Optional, Union

__all__: List[str] = ["codes", "read", "validate", "SCHEMA_JSON", "VERSION"]

SCHEMA_JSON: str
VERSION: str

def validate(
    data: Union[str, bytes],
    today: Optional[str] = None,
    known_concepts: Optional[str] = None,
) -> str:
    """Validates a document; the report as JSON text (`{"findings": [...]}`).
    `known_concepts` is JSON text: a list of `{"id", "period", "district"?, "site"?}`."""

def read(data: Union[str, bytes]) -> str:
    """The document written canonically (JSON text); raises `benn.InvalidDocument`."""

def codes() -> str:
    """The registry of finding codes (JSON text)."""
