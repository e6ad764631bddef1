#!/usr/bin/env bash
# Reproduces the models shipped in models/ from ../shared/treebanks.
# The same data and this script give the same bytes (see models/README.md).
set -euo pipefail
cd "$(dirname "$0")/.."
TB="${TREEBANKS:-../shared/treebanks}"
BUILD_DIR="${BUILD_DIR:-build}"
"$BUILD_DIR/parley" train tagger \
  --train "$TB/UD_English-EWT/en_ewt-ud-train.conllu,$TB/UD_English-GUM/en_gum-ud-train.conllu" \
  --exclude-sent-id '^GUM_(essay|fiction|letter|podcast|whow)' \
  --dev "$TB/UD_English-EWT/en_ewt-ud-dev.conllu" \
  --wordnet /usr/share/wordnet \
  --iterations 8 --seed 1 \
  --out models/tagger.bin
"$BUILD_DIR/parley" train lemmatizer \
  --train "$TB/UD_English-EWT/en_ewt-ud-train.conllu,$TB/UD_English-GUM/en_gum-ud-train.conllu" \
  --exclude-sent-id '^GUM_(essay|fiction|letter|podcast|whow)' \
  --wordnet /usr/share/wordnet \
  --out models/lemmatizer.bin
"$BUILD_DIR/parley" train parser \
  --train "$TB/UD_English-EWT/en_ewt-ud-train.conllu,$TB/UD_English-GUM/en_gum-ud-train.conllu" \
  --exclude-sent-id '^GUM_(essay|fiction|letter|podcast|whow)' \
  --dev "$TB/UD_English-EWT/en_ewt-ud-dev.conllu" \
  --iterations 15 --seed 1 --tag-folds 5 --prune 0.8 \
  --out models/parser.bin
