#!/usr/bin/env bash
# Bundles the offline editor examples/web/ into examples/web/dist/editor.js with esbuild: CodeMirror 6
# (from examples/web/node_modules, pinned in its package-lock.json), the web build of benn-wasm
# (pkg-web) and the Weißensee example. One classic script, so the page works opened from a folder
# (file://) as well as from any static server. Needs scripts/build-wasm.sh first.
# The .wasm goes in front of the bundle as one string literal with a character per byte
# (`var __bennWasm="…"`, only `\`, `"`, LF and CR escaped): brotli packs that nearly as well as the
# raw .wasm (base64, as esbuild's binary loader writes it, costs about 90 KB more brotli). It is written
# here, not by esbuild, which would escape every byte above 0x7F.
# The bundle (~1 MB) is built, not committed (examples/web/.gitignore).
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f pkg-web/benn_wasm_bg.wasm ] || { echo "build-editor: run scripts/build-wasm.sh first" >&2; exit 1; }
[ -d examples/web/node_modules ] || (cd examples/web && npm ci --no-audit --no-fund)
mkdir -p target/editor
examples/web/node_modules/.bin/esbuild examples/web/src/main.js --bundle --minify --format=iife \
  --target=es2022 --loader:.json=text --legal-comments=none \
  --log-override:empty-import-meta=silent --outfile=target/editor/bundle.js
mkdir -p examples/web/dist
node -e '
const fs = require("fs");
const [wasm, bundle, out] = process.argv.slice(1);
const esc = { 0x5c: "\\\\", 0x22: "\\\"", 0x0a: "\\n", 0x0d: "\\r" };
let s = "";
for (const b of fs.readFileSync(wasm)) s += esc[b] ?? String.fromCharCode(b);
fs.writeFileSync(out, Buffer.concat([Buffer.from(`var __bennWasm="${s}";\n`, "utf8"), fs.readFileSync(bundle)]));
' pkg-web/benn_wasm_bg.wasm target/editor/bundle.js examples/web/dist/editor.js
size() { wc -c < "$1" | tr -d ' '; }
node -e '
const fs = require("fs"), zlib = require("zlib");
let total = 0;
for (const f of process.argv.slice(1)) {
  const b = fs.readFileSync(f);
  const br = zlib.brotliCompressSync(b, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  total += br;
  console.log(`${f}: ${b.length} bytes, brotli ${br}`);
}
console.log(`page weight (brotli): ${total} bytes = ${(total / 1024).toFixed(1)} KiB`);
' examples/web/index.html examples/web/dist/editor.js
