#!/usr/bin/env bash
# `cargo ARGS` for benn-wasm on wasm32-unknown-unknown, by the route scripts/setup.sh chose:
#   scripts/wasm-cargo.sh build --profile wasm-release
#   scripts/wasm-cargo.sh test
set -euo pipefail
cd "$(dirname "$0")/.."
route=$(cat target/wasm-route 2>/dev/null || echo rustup)
if [ "$route" = debian ]; then
  RUSTC_BOOTSTRAP=1 RUSTC=/usr/bin/rustc exec /usr/bin/cargo --config .cargo/wasm-debian.toml "$@" -p benn-wasm
else
  exec cargo "$@" --target wasm32-unknown-unknown -p benn-wasm
fi
