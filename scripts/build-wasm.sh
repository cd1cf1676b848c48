#!/usr/bin/env bash
# Builds benn-wasm for browsers (pkg-web, ES module + init()) and node (pkg-node, CommonJS), then
# assembles the npm package pkg/ (web/, node/, package.json with `exports` for browser and node) and
# prints the sizes. Each build is made for its use, from the same code:
#
#   web   cargo profile wasm-release (opt-level z) → wasm-bindgen → wasm-opt -Oz --converge:
#         the fewest bytes, since a page downloads them;
#   node  cargo profile wasm-node (opt-level 3) → wasm-bindgen → wasm-opt -O3: nothing to
#         download, so speed (validates about 1.3 times as fast, for about 60 KB brotli more).
#
#   scripts/build-wasm.sh          the package with the default features (csv, report, xlsx)
#   BENN_WASM_FEATURES=... scripts/build-wasm.sh
#                                  the same with more cargo features of benn-wasm
#   scripts/build-wasm.sh --lean   also pkg-lean/: the web build without csv, report and xlsx
#                                  (size comparison)
#
# Reproducible: the registry's paths in panic locations are remapped to /cargo, so the .wasm does not
# depend on where cargo keeps its sources; wasm-bindgen and wasm-opt are pinned (Cargo.lock, tests/web).
set -euo pipefail
cd "$(dirname "$0")/.."

lean=0
[ "${1:-}" = --lean ] && lean=1

route=$(cat target/wasm-route 2>/dev/null || echo rustup)
# out_dir PROFILE: where cargo leaves the .wasm of a profile.
out_dir() {
  if [ "$route" = debian ]; then
    echo "target/debian-wasm/wasm32-unknown-unknown/$1"
  else
    echo "${CARGO_TARGET_DIR:-target}/wasm32-unknown-unknown/$1"
  fi
}
cargo_home=${CARGO_HOME:-$HOME/.cargo}
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="--remap-path-prefix=$cargo_home/registry/src=/cargo/registry/src"
wasm_opt=tests/web/node_modules/.bin/wasm-opt
[ -x "$wasm_opt" ] || { echo "build-wasm: $wasm_opt missing; run scripts/setup.sh" >&2; exit 1; }

# wasm-opt for the web build: -Oz, the smallest. --converge repeats the passes while the module
# shrinks (about 3 KB raw, 1.8 KB brotli, for a minute more). --low-memory-unused lets wasm-opt fold
# constant address offsets into loads and stores (about 6 KB raw): only an address that wraps
# around 2^32 into the first KiB would differ, and Rust never computes one.
web_opt=(--low-memory-unused -Oz --converge)
node_opt=(--low-memory-unused -O3)

# bindgen RAW TARGET OUT WASM-OPT-FLAGS...: wasm-bindgen, then wasm-opt in place.
bindgen() {
  local raw=$1 target=$2 out=$3
  shift 3
  rm -rf "$out"
  wasm-bindgen --target "$target" --out-dir "$out" --out-name benn_wasm "$raw"
  printf '*\n' > "$out/.gitignore"
  cp "$out/benn_wasm_bg.wasm" "target/benn_wasm_bg.$target.bindgen.wasm"
  # Debian's binaryen 108 corrupts current wasm-bindgen output: always the npm one.
  "$wasm_opt" "$@" "$out/benn_wasm_bg.wasm" -o "$out/benn_wasm_bg.wasm"
}

mkdir -p target
if [ $lean = 1 ]; then
  bash scripts/wasm-cargo.sh build --profile wasm-release --no-default-features
  cp "$(out_dir wasm-release)/benn_wasm.wasm" target/benn_wasm.lean.wasm
  bindgen target/benn_wasm.lean.wasm web pkg-lean "${web_opt[@]}"
fi
features=()
[ -n "${BENN_WASM_FEATURES:-}" ] && features=(--features "$BENN_WASM_FEATURES")
bash scripts/wasm-cargo.sh build --profile wasm-release "${features[@]}"
raw=$(out_dir wasm-release)/benn_wasm.wasm
bindgen "$raw" web pkg-web "${web_opt[@]}"
bash scripts/wasm-cargo.sh build --profile wasm-node "${features[@]}"
bindgen "$(out_dir wasm-node)/benn_wasm.wasm" nodejs pkg-node "${node_opt[@]}"

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
  "$(size "$raw")" "$(size target/benn_wasm_bg.web.bindgen.wasm)" "${web_opt[*]}" "$(size "$web")"
report "$web"
report pkg-web/benn_wasm.js
report pkg-node/benn_wasm_bg.wasm
[ $lean = 1 ] && report pkg-lean/benn_wasm_bg.wasm
echo "package: pkg/ (pkg/package.json)"
