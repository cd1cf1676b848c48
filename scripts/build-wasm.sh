#!/usr/bin/env bash
# Builds benn-wasm for browsers (pkg-web, ES module + init()) and node (pkg-node, CommonJS):
# cargo (profile wasm-release) → wasm-bindgen → wasm-opt -Oz --converge (npm binaryen), then assembles the
# npm package pkg/ (web/, node/, package.json with `exports` for browser and node) and prints the sizes.
#
#   scripts/build-wasm.sh          the package with the default features (csv, report, xlsx)
#   BENN_WASM_FEATURES=... scripts/build-wasm.sh
#                                  the same with more cargo features of benn-wasm
#   scripts/build-wasm.sh --lean   also pkg-lean/: without csv, report and xlsx (size comparison)
#
# Reproducible: the registry's paths in panic locations are remapped to /cargo, so the .wasm does not
# depend on where cargo keeps its sources; wasm-bindgen and wasm-opt are pinned (Cargo.lock, tests/web).
set -euo pipefail
cd "$(dirname "$0")/.."

lean=0
[ "${1:-}" = --lean ] && lean=1

route=$(cat target/wasm-route 2>/dev/null || echo rustup)
if [ "$route" = debian ]; then
  out_dir=target/debian-wasm/wasm32-unknown-unknown/wasm-release
else
  out_dir=${CARGO_TARGET_DIR:-target}/wasm32-unknown-unknown/wasm-release
fi
cargo_home=${CARGO_HOME:-$HOME/.cargo}
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="--remap-path-prefix=$cargo_home/registry/src=/cargo/registry/src"
wasm_opt=tests/web/node_modules/.bin/wasm-opt
[ -x "$wasm_opt" ] || { echo "build-wasm: $wasm_opt missing; run scripts/setup.sh" >&2; exit 1; }

# wasm-opt's level: -Oz, the smallest. BENN_WASM_OPT=-O3 with a faster cargo profile, e.g.
#   BENN_WASM_OPT=-O3 CARGO_PROFILE_WASM_RELEASE_OPT_LEVEL=3 scripts/build-wasm.sh
# validates about 1.5x as fast for 25 % more bytes (README, "Speed against ajv and native").
opt_level=${BENN_WASM_OPT:--Oz}
# --converge repeats the passes while the module shrinks (about 3 KB raw, 1.8 KB brotli, for a
# minute more). --low-memory-unused lets wasm-opt fold constant address offsets into loads and
# stores (about 6 KB raw): only an address that wraps around 2^32 into the first KiB would
# differ, and Rust never computes one.
opt_flags=(--low-memory-unused "$opt_level" --converge)

# bindgen RAW TARGET OUT: wasm-bindgen, then wasm-opt in place.
bindgen() {
  rm -rf "$3"
  wasm-bindgen --target "$2" --out-dir "$3" --out-name benn_wasm "$1"
  printf '*\n' > "$3/.gitignore"
  cp "$3/benn_wasm_bg.wasm" "target/benn_wasm_bg.$2.bindgen.wasm"
  # Debian's binaryen 108 corrupts current wasm-bindgen output: always the npm one.
  "$wasm_opt" "${opt_flags[@]}" "$3/benn_wasm_bg.wasm" -o "$3/benn_wasm_bg.wasm"
}

mkdir -p target
if [ $lean = 1 ]; then
  bash scripts/wasm-cargo.sh build --profile wasm-release --no-default-features
  cp "$out_dir/benn_wasm.wasm" target/benn_wasm.lean.wasm
  bindgen target/benn_wasm.lean.wasm web pkg-lean
fi
features=()
[ -n "${BENN_WASM_FEATURES:-}" ] && features=(--features "$BENN_WASM_FEATURES")
bash scripts/wasm-cargo.sh build --profile wasm-release "${features[@]}"
raw=$out_dir/benn_wasm.wasm
bindgen "$raw" web pkg-web
bindgen "$raw" nodejs pkg-node

# The npm package: both builds and one package.json.
version=$(awk -F'"' '/^version = /{print $2; exit}' Cargo.toml)
rm -rf pkg
mkdir -p pkg
cp -r pkg-web pkg/web
cp -r pkg-node pkg/node
rm -f pkg/web/.gitignore pkg/node/.gitignore pkg/web/package.json pkg/node/package.json
printf '{ "type": "commonjs" }\n' > pkg/node/package.json
printf '*\n' > pkg/.gitignore
cat > pkg/package.json <<JSON
{
  "name": "benn-wasm",
  "version": "$version",
  "description": "benn in the browser and in node: read, validate, evaluate and write BENN action concepts",
  "license": "MIT OR Apache-2.0",
  "type": "module",
  "main": "./node/benn_wasm.js",
  "module": "./web/benn_wasm.js",
  "types": "./web/benn_wasm.d.ts",
  "exports": {
    ".": {
      "node": {
        "types": "./node/benn_wasm.d.ts",
        "default": "./node/benn_wasm.js"
      },
      "browser": {
        "types": "./web/benn_wasm.d.ts",
        "default": "./web/benn_wasm.js"
      },
      "types": "./web/benn_wasm.d.ts",
      "default": "./web/benn_wasm.js"
    },
    "./web/benn_wasm_bg.wasm": "./web/benn_wasm_bg.wasm",
    "./package.json": "./package.json"
  },
  "files": ["web/", "node/"],
  "sideEffects": false
}
JSON

size() { wc -c < "$1" | tr -d ' '; }
gz() { gzip -9 -c "$1" | wc -c | tr -d ' '; }
br() {
  if [ -x .venv/bin/python ] && .venv/bin/python -c 'import brotli' 2>/dev/null; then
    .venv/bin/python -c 'import brotli, sys; print(len(brotli.compress(open(sys.argv[1], "rb").read(), quality=11)))' "$1"
  else
    echo "n/a"
  fi
}
report() {
  printf '%s: %s bytes, gzip -9 %s, brotli -q11 %s\n' "$1" "$(size "$1")" "$(gz "$1")" "$(br "$1")"
}
web=pkg-web/benn_wasm_bg.wasm
printf 'wasm sizes (bytes): raw cargo %s, after wasm-bindgen %s, after wasm-opt %s %s\n' \
  "$(size "$raw")" "$(size target/benn_wasm_bg.web.bindgen.wasm)" "${opt_flags[*]}" "$(size "$web")"
report "$web"
report pkg-web/benn_wasm.js
[ $lean = 1 ] && report pkg-lean/benn_wasm_bg.wasm
echo "package: pkg/ (pkg/package.json)"
