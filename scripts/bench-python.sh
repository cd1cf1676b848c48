#!/usr/bin/env bash
# The Python benchmark (issue 7): benn.load against the native core, pydantic v2 on models
# generated from benn's schema, json.loads + jsonschema_rs, and the steps DataFrame.
# Installs what it needs first (setup, the comparison tools pinned into .venv, the wheel
# in release mode), then prints figures. Usage: bash scripts/bench-python.sh [STEPS ...]
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh >/dev/null
export PYO3_PYTHON=$PWD/.venv/bin/python VIRTUAL_ENV=$PWD/.venv
if ! .venv/bin/python - <<'PY' 2>/dev/null
import importlib.metadata as m
want = {"pydantic": "2.14.3", "datamodel-code-generator": "0.89.0", "jsonschema-rs": "0.60.3"}
raise SystemExit(any(m.version(k) != v for k, v in want.items()))
PY
then
  .venv/bin/python -m pip install --quiet pydantic==2.14.3 datamodel-code-generator==0.89.0 jsonschema-rs==0.60.3
fi
(cd benn-py && ../.venv/bin/maturin develop --release --quiet)
exec .venv/bin/python benn-py/benches/bench_load.py "$@"
