#!/usr/bin/env bash
# A fuzz campaign on stable Rust: the generators of tests/properties.rs (numbers, scale words,
# units, qualifiers, ranges, full-width digits, front matter) for MINUTES, every input through
# the extractor and the document reader and every fourth batch through the whole pipeline.
# Prints how many inputs ran; fails with the input on the first failure.
#
#   scripts/fuzz.sh [MINUTES] [SEED]
set -euo pipefail
cd "$(dirname "$0")/.."
minutes=${1:-10}
seed=${2:-1}
FIGLINT_FUZZ_SECONDS=$((minutes * 60)) FIGLINT_FUZZ_SEED=$seed \
  cargo test --release --test properties campaign -- --ignored --nocapture 2>&1 |
  grep -E "fuzz campaign|failure|panicked|test result"
