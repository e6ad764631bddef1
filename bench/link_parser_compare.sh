#!/usr/bin/env bash
# Whole-pipeline speed of `parley parse` against Debian's link-parser.
#
# Takes the first 20,000 sentences of a JSONL corpus (as `parley segment
# --lines` splits them), parses them all with `parley parse` (segmentation,
# tagging, lemmas, dependencies, CoNLL-U out; model loading included), and
# parses a 200-sentence sample of them (every 100th) with link-parser (its
# dictionary loading excluded). Prints the time per sentence of each and the
# ratio; exits 1 if parley is not at least 100x faster per sentence.
#
#   bench/link_parser_compare.sh [corpus.jsonl]
#   (default: ../shared/corpora/allsides_political_news/articles.jsonl)
#
# Installs Debian's link-grammar package if link-parser is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
CORPUS="${1:-../shared/corpora/allsides_political_news/articles.jsonl}"
PARLEY="${BUILD_DIR:-build}/parley"
SENTENCES=20000
SAMPLE_EVERY=100

if [ ! -f "$CORPUS" ]; then
  echo "link_parser_compare: skipped: $CORPUS not found" >&2
  exit 0
fi
if ! command -v link-parser >/dev/null; then
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -q && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q link-grammar
fi
export LANG=C.UTF-8 LC_ALL=C.UTF-8

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
"$PARLEY" segment --lines -q "$CORPUS" | head -n "$SENTENCES" > "$work/sentences.txt" || true
# One paragraph per sentence, so that parley keeps the same sentences.
sed 's/$/\n/' "$work/sentences.txt" > "$work/paragraphs.txt"
awk -v n="$SAMPLE_EVERY" 'NR % n == 1' "$work/sentences.txt" > "$work/sample.txt"

now() { date +%s.%N; }

t0=$(now)
"$PARLEY" parse -q "$work/paragraphs.txt" > "$work/parsed.conllu"
t1=$(now)
parsed=$(grep -c '^# sent_id' "$work/parsed.conllu")
tokens=$(grep -c '^[0-9]' "$work/parsed.conllu")

t2=$(now)
link-parser en -graphics=0 -verbosity=0 < /dev/null > /dev/null 2>&1
t3=$(now)
link-parser en -graphics=0 -verbosity=0 < "$work/sample.txt" > "$work/link.out" 2>&1
t4=$(now)
sampled=$(wc -l < "$work/sample.txt")

python3 - "$t0" "$t1" "$t2" "$t3" "$t4" "$parsed" "$tokens" "$sampled" <<'EOF'
import sys
t0, t1, t2, t3, t4 = map(float, sys.argv[1:6])
parsed, tokens, sampled = map(int, sys.argv[6:9])
parley = (t1 - t0) / parsed
startup = t3 - t2
link = (t4 - t3 - startup) / sampled
print(f"parley parse: {parsed} sentences, {tokens} tokens in {t1 - t0:.2f} s "
      f"({1000 * parley:.3f} ms/sentence, {tokens / (t1 - t0):,.0f} tokens/s; models loaded in that time)")
print(f"link-parser:  {sampled} sentences in {t4 - t3 - startup:.2f} s "
      f"({1000 * link:.1f} ms/sentence; dictionary loading, {startup:.2f} s, excluded)")
ratio = link / parley
print(f"parley is {ratio:.0f}x faster per sentence (target: at least 100x)")
sys.exit(0 if ratio >= 100 else 1)
EOF
