#!/usr/bin/env bash
# THE one command that runs every check and test (CI runs it through .ci/run):
# setup, fmt, clippy (host and wasm32), rustdoc, Rust tests, Python wheel + pytest + stubtest,
# wasm build, wasm-bindgen tests in node, node + headless Chromium tests.
# Every step runs even when an earlier one failed (except setup); the exit code
# is non-zero when any failed, and a summary with timings closes the output.
set -uo pipefail
cd "$(dirname "$0")/.."

results=()
failed=0
run() {
  local name=$1
  shift
  local start=$SECONDS
  printf '\n==== %s: %s\n' "$name" "$*"
  if "$@"; then
    results+=("ok    $(printf '%4d' $((SECONDS - start))) s  $name")
  else
    results+=("FAIL  $(printf '%4d' $((SECONDS - start))) s  $name")
    failed=1
  fi
}

run setup bash scripts/setup.sh
if [ $failed -ne 0 ]; then
  echo "test.sh: setup failed" >&2
  exit 1
fi
export PYO3_PYTHON=$PWD/.venv/bin/python
export VIRTUAL_ENV=$PWD/.venv
# The spreadsheet test (LibreOffice headless) fails instead of skipping when soffice is missing.
export BENN_REQUIRE_SOFFICE=1
route=$(cat target/wasm-route)

python_tests() {
  (cd benn-py && ../.venv/bin/maturin develop --release --quiet) &&
    .venv/bin/python -m mypy.stubtest benn._benn &&
    .venv/bin/python -m mypy --strict benn-py/python/benn &&
    (cd benn-py && ../.venv/bin/pytest -q)
}

run fmt cargo fmt --all --check
run clippy cargo clippy --workspace --all-targets -- -D warnings
run doc env RUSTDOCFLAGS="-D warnings" cargo doc --no-deps -p benn-core
if [ "$route" = rustup ]; then
  run clippy-wasm32 cargo clippy --target wasm32-unknown-unknown -p benn-wasm --all-targets -- -D warnings
fi
run cargo-test cargo test --workspace
run python python_tests
run build-wasm bash scripts/build-wasm.sh
run build-editor bash scripts/build-editor.sh
run wasm-bindgen-test bash scripts/wasm-cargo.sh test
run node-and-chromium bash -c 'cd tests/web && node --test'

printf '\n==== summary (%d s in all, wasm route %s)\n' "$SECONDS" "$route"
printf '%s\n' "${results[@]}"
exit $failed
