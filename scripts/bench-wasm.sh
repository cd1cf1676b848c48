#!/usr/bin/env bash
# Benchmark of the wasm build against ajv and the native binary (issue 8): prints figures.
#
#   scripts/bench-wasm.sh            builds what it needs, then runs tests/web/bench.mjs
#   BENN_BENCH_NO_BUILD=1 scripts/bench-wasm.sh
#                                    uses the wasm packages and the release binary as they are
#
# Builds pkg-node/pkg-web (scripts/build-wasm.sh) and the release `benn` binary, writes synthetic
# concepts with 100 and 10 000 steps (`benn synth`) to target/bench/, and measures them and
# examples/weissensee-2023.json in node (wasm, ajv, native) and headless Chromium (per keystroke).
# Needs tests/web/node_modules (scripts/setup.sh) and Chromium (CHROMIUM, default /usr/bin/chromium).
set -euo pipefail
cd "$(dirname "$0")/.."

target=${CARGO_TARGET_DIR:-target}
if [ -z "${BENN_BENCH_NO_BUILD:-}" ]; then
  bash scripts/build-wasm.sh >/dev/null
  cargo build --quiet --release -p benn-core --bin benn
fi
benn=$target/release/benn
[ -x "$benn" ] || { echo "bench-wasm: $benn missing (cargo build --release -p benn-core --bin benn)" >&2; exit 1; }

mkdir -p target/bench
for steps in 100 10000; do
  "$benn" synth "$steps" > "target/bench/synth-$steps.json"
done
node tests/web/bench.mjs "$benn" target/bench/synth-100.json target/bench/synth-10000.json
