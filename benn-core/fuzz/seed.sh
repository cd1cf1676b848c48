#!/usr/bin/env bash
# Fills corpus/<target>/ with the shared vectors, the shipped examples and
# the checked-in regressions/<target>/ inputs (copies, not checked in;
# libFuzzer adds what it finds next to them). No regression is open, so all
# of them seed the search; an open one would stop every run (README.md).
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
  for f in regressions/"$target"/*; do
    if [ -f "$f" ]; then cp "$f" "corpus/$target/regression-$(basename "$f")"; fi
  done
done
for target in validate roundtrip json_mutate; do
  printf '%s: %s inputs\n' "$target" "$(ls "corpus/$target" | wc -l)"
done
