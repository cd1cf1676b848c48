#!/usr/bin/env bash
# Fills corpus/<target>/ with the shared vectors and the shipped examples
# (copies, not checked in; libFuzzer adds what it finds next to them).
# The checked-in inputs of regressions/<target>/ are run on their own (README.md).
#   bash benn-core/fuzz/seed.sh
set -euo pipefail
cd "$(dirname "$0")"
root=../..
for target in validate roundtrip; do
  mkdir -p "corpus/$target"
  for f in "$root"/tests/vectors/*/input.json; do
    case=$(basename "$(dirname "$f")")
    cp "$f" "corpus/$target/vector-$case.json"
  done
  for f in "$root"/examples/*.json "$root"/examples/broken/*.json; do
    cp "$f" "corpus/$target/example-$(basename "$f")"
  done
done
# json_mutate reads the examples itself: its inputs are edit choices.
mkdir -p corpus/json_mutate
for target in validate roundtrip json_mutate; do
  printf '%s: %s inputs\n' "$target" "$(ls "corpus/$target" | wc -l)"
done
