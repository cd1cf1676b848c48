#!/usr/bin/env bash
# Builds benn-wasm for browsers (pkg-web, ES module + init()) and node (pkg-node, CommonJS):
# cargo (profile wasm-release) → wasm-bindgen → wasm-opt -Oz (npm binaryen), then prints the sizes.
set -euo pipefail
cd "$(dirname "$0")/.."

route=$(cat target/wasm-route 2>/dev/null || echo rustup)
bash scripts/wasm-cargo.sh build --profile wasm-release
if [ "$route" = debian ]; then
  raw=target/debian-wasm/wasm32-unknown-unknown/wasm-release/benn_wasm.wasm
else
  raw=${CARGO_TARGET_DIR:-target}/wasm32-unknown-unknown/wasm-release/benn_wasm.wasm
fi
wasm_opt=tests/web/node_modules/.bin/wasm-opt
[ -x "$wasm_opt" ] || { echo "build-wasm: $wasm_opt missing; run scripts/setup.sh" >&2; exit 1; }

for target in web nodejs; do
  case $target in web) out=pkg-web ;; nodejs) out=pkg-node ;; esac
  rm -rf "$out"
  wasm-bindgen --target "$target" --out-dir "$out" --out-name benn_wasm "$raw"
  cp "$out/benn_wasm_bg.wasm" "target/benn_wasm_bg.$target.bindgen.wasm"
  # Debian's binaryen 108 corrupts current wasm-bindgen output: always the npm one.
  "$wasm_opt" -Oz "$out/benn_wasm_bg.wasm" -o "$out/benn_wasm_bg.wasm"
done

size() { wc -c < "$1" | tr -d ' '; }
gz() { gzip -9 -c "$1" | wc -c | tr -d ' '; }
br() {
  if [ -x .venv/bin/python ] && .venv/bin/python -c 'import brotli' 2>/dev/null; then
    .venv/bin/python -c 'import brotli, sys; print(len(brotli.compress(open(sys.argv[1], "rb").read(), quality=11)))' "$1"
  else
    echo "n/a"
  fi
}
web=pkg-web/benn_wasm_bg.wasm
printf 'wasm sizes (bytes): raw cargo %s, after wasm-bindgen %s, after wasm-opt -Oz %s\n' \
  "$(size "$raw")" "$(size target/benn_wasm_bg.web.bindgen.wasm)" "$(size "$web")"
printf 'pkg-web/benn_wasm_bg.wasm: %s bytes, gzip -9 %s, brotli -q11 %s; JS glue %s bytes\n' \
  "$(size "$web")" "$(gz "$web")" "$(br "$web")" "$(size pkg-web/benn_wasm.js)"
