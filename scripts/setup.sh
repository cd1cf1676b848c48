#!/usr/bin/env bash
# Installs what the build and tests need; idempotent, installs only what is missing.
#   - wasm32 std: `rustup target add` (preferred) or Debian's rustc-web + lld-19 (fallback),
#     chosen once and recorded in target/wasm-route (force with BENN_WASM_ROUTE=rustup|debian)
#   - chromium + chromium-driver (apt), wasm-bindgen-cli matching Cargo.lock (cargo install)
#   - libreoffice-calc-nogui (apt) when `soffice` is missing: the spreadsheet test (benn-core/tests/spreadsheet.rs)
#   - .venv with maturin, pytest, jsonschema (schema check), brotli (size report), mypy (stubtest) from PyPI
#   - .venv: pandas (DataFrames of benn-py), and nbclient, nbformat, ipykernel, matplotlib to run the
#     notebook in examples/python/ end to end
#   - tests/web/node_modules: playwright-core, binaryen, typescript (npm ci)
#   - examples/web/node_modules: CodeMirror 6 and esbuild for the offline editor (npm ci)
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '== setup: %s\n' "$*"; }

# The wasm-bindgen CLI must be the exact version of the crate in Cargo.lock.
WB=$(awk '/^name = "wasm-bindgen"$/{getline; gsub(/version = |"/,""); print; exit}' Cargo.lock)
[ -n "$WB" ] || { echo "setup: wasm-bindgen not found in Cargo.lock" >&2; exit 1; }

route=${BENN_WASM_ROUTE:-auto}
if [ "$route" = auto ]; then
  if rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
    route=rustup
  else
    step "rustup target add wasm32-unknown-unknown"
    if timeout 180 rustup target add wasm32-unknown-unknown; then route=rustup; else route=debian; fi
  fi
elif [ "$route" = rustup ]; then
  rustup target list --installed | grep -qx wasm32-unknown-unknown || rustup target add wasm32-unknown-unknown
fi
mkdir -p target
echo "$route" > target/wasm-route
step "wasm route: $route"

pkgs=(chromium chromium-driver)
[ "$route" = debian ] && pkgs+=(rustc-web cargo-web rust-web-src lld-19)
command -v soffice >/dev/null 2>&1 || pkgs+=(libreoffice-calc-nogui)
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  step "apt-get install ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q
  apt-get install -y -q --no-install-recommends -o DPkg::Lock::Timeout=600 "${missing[@]}"
fi

if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WB" ]; then
  step "cargo install wasm-bindgen-cli $WB (slow, ~3 min)"
  # No --locked: the CLI's lockfile wants a crate version the registry does not offer here.
  cargo install wasm-bindgen-cli --version "$WB"
fi

if [ ! -x .venv/bin/python ]; then
  step "python venv"
  python3 -m venv .venv
fi
if ! .venv/bin/python - <<'PY' 2>/dev/null
import importlib.metadata as m
want = {"maturin": "1.16.0", "pytest": "9.2.0", "jsonschema": "4.26.0", "brotli": "1.2.1", "mypy": "2.4.1"}
raise SystemExit(any(m.version(k) != v for k, v in want.items()))
PY
then
  step "pip install maturin pytest jsonschema brotli mypy"
  .venv/bin/pip install -q --disable-pip-version-check \
    maturin==1.16.0 pytest==9.2.0 jsonschema==4.26.0 brotli==1.2.1 mypy==2.4.1
fi

if ! .venv/bin/python - <<'PY' 2>/dev/null
import importlib.metadata as m
want = {"pandas": "3.1.1", "matplotlib": "3.11.2", "nbclient": "0.11.0", "nbformat": "5.11.1", "ipykernel": "7.4.0"}
raise SystemExit(any(m.version(k) != v for k, v in want.items()))
PY
then
  step "pip install pandas matplotlib nbclient nbformat ipykernel (benn-py notebook)"
  .venv/bin/pip install -q --disable-pip-version-check \
    pandas==3.1.1 matplotlib==3.11.2 nbclient==0.11.0 nbformat==5.11.1 ipykernel==7.4.0
fi

# npm writes node_modules/.package-lock.json on install: reinstall when the lock is newer.
if ! [ tests/web/node_modules/.package-lock.json -nt tests/web/package-lock.json ]; then
  step "npm ci (tests/web)"
  (cd tests/web && npm ci --no-audit --no-fund)
fi
if ! [ examples/web/node_modules/.package-lock.json -nt examples/web/package-lock.json ]; then
  step "npm ci (examples/web)"
  (cd examples/web && npm ci --no-audit --no-fund)
fi
step "done"
