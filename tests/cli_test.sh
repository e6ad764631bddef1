#!/usr/bin/env bash
# End-to-end tests of the parley CLI: output contract, bad input, exit codes.
# Usage: tests/cli_test.sh PARLEY_BINARY SOURCE_DIR SHARED_DIR
set -u
PARLEY="$1"
SRC="$2"
SHARED="$3"
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
pass=0
fail=0

check() {  # check NAME CONDITION-COMMAND...
  local name="$1"
  shift
  if "$@"; then
    pass=$((pass + 1))
  else
    fail=$((fail + 1))
    echo "FAIL: $name"
  fi
}

# --help for every verb shows an example.
for verb in segment parse "eval segment" "eval parse" "train tagger" "train lemmatizer" "train parser" "dict check" "dict show" "dict convert" "dict compile" validate code explain; do
  out="$($PARLEY $verb --help 2>&1)"
  check "help: $verb" grep -q "Example" <<<"$out"
done

# Examples: every bundled example segments with no rejection.
$PARLEY segment --strict "$SRC/examples" >"$TMP/ex.jsonl" 2>"$TMP/ex.err"
check "examples exit 0" test $? -eq 0
check "examples produce documents" test "$(wc -l <"$TMP/ex.jsonl")" -ge 4
check "summary line" grep -q "^segment: .* documents, .* sentences" "$TMP/ex.err"
check "no progress bar when not a terminal" bash -c "! grep -q $'\r' '$TMP/ex.err'"
python3 - "$TMP/ex.jsonl" <<'PY' || fail=$((fail + 1))
import json, sys
docs = [json.loads(l) for l in open(sys.argv[1])]
for d in docs:
    for key in ("id", "origin", "format", "date", "source", "title", "url", "sentences"):
        assert key in d, (key, d["id"])
    for s in d["sentences"]:
        assert s["text"] and s["end"] > s["start"], s
        for t in s["tokens"]:
            assert t[2] > t[1], t
feed = [d for d in docs if d["format"] == "jsonl"]
assert feed and all("fields" in d for d in feed), "pass-through fields missing"
print("json contract ok:", len(docs), "documents")
PY
pass=$((pass + 1))

# Bad input: invalid UTF-8, NUL bytes, empty file, binary file, malformed JSONL,
# one huge line. Each gets a message naming the file (and line); the rest is read.
printf 'Valid text. Then \xff\xfe bytes.\n' >"$TMP/invalid.txt"
printf 'Before\0after NUL bytes.\n' >"$TMP/nul.txt"
: >"$TMP/empty.txt"
head -c 4096 /dev/urandom >"$TMP/random.bin"
printf '{"id":"ok1","text":"Fine."}\n{"id":\n{"id":"ok2","text":"Also fine."}\nnot json\n' >"$TMP/bad.jsonl"
python3 -c "import sys; sys.stdout.write('A' * (100 * 1024 * 1024) + '\n')" >"$TMP/huge.txt"
timeout 120 $PARLEY segment "$TMP/invalid.txt" "$TMP/nul.txt" "$TMP/empty.txt" "$TMP/random.bin" \
  "$TMP/bad.jsonl" "$TMP/huge.txt" >"$TMP/bad.out" 2>"$TMP/bad.err"
rc=$?
check "bad input: exit 0 without --strict" test $rc -eq 0
check "bad input: invalid utf-8 warned with line" grep -q "invalid.txt:1: 2 invalid UTF-8" "$TMP/bad.err"
check "bad input: NUL warned" grep -q "nul.txt:1: 1 NUL byte" "$TMP/bad.err"
check "bad input: empty rejected" grep -q "empty.txt: empty document" "$TMP/bad.err"
check "bad input: binary rejected" grep -q "random.bin: binary file" "$TMP/bad.err"
check "bad input: malformed JSONL line 2" grep -q "bad.jsonl:2: invalid JSON" "$TMP/bad.err"
check "bad input: malformed JSONL line 4" grep -q "bad.jsonl:4: invalid JSON" "$TMP/bad.err"
check "bad input: huge line rejected" grep -q "huge.txt: document is larger" "$TMP/bad.err"
check "bad input: accepted docs written" test "$(wc -l <"$TMP/bad.out")" -eq 4
check "bad input: summary counts rejections" grep -q "4 documents, .* 5 rejected" "$TMP/bad.err"
timeout 120 $PARLEY segment --strict "$TMP/invalid.txt" "$TMP/bad.jsonl" >/dev/null 2>&1
check "strict: non-zero exit on rejection" test $? -eq 1
$PARLEY segment "$TMP/does-not-exist.txt" >/dev/null 2>&1
check "nothing accepted: exit 1" test $? -eq 1
# A 100 MB line with a large enough limit is processed, in bounded time.
timeout 300 $PARLEY segment --lines --max-doc-bytes 200000000 "$TMP/huge.txt" >"$TMP/huge.out" 2>/dev/null
check "huge line processed" test $? -eq 0
rm -f "$TMP/huge.txt" "$TMP/huge.out"

# stdin, --lines and --format.
out="$(printf 'One in Oman.The two.' | $PARLEY segment --lines -q -)"
check "stdin --lines" test "$out" = $'One in Oman.\nThe two.'
out="$(printf '{"text":"One. Two."}\n' | $PARLEY segment --lines -q --format jsonl)"
check "stdin jsonl" test "$out" = $'One.\nTwo.'
$PARLEY segment --format xml - </dev/null >/dev/null 2>&1
check "bad --format is a usage error" test $? -ne 0

# Tagger: eval parse with the shipped model on a small gold file; a corrupt model is refused.
printf '1\tIran\tIran\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n2\tfired\tfire\tVERB\tVBD\t_\t0\troot\t_\t_\n3\tmissiles\tmissile\tNOUN\tNNS\t_\t2\tobj\t_\t_\n\n' >"$TMP/gold.conllu"
out="$($PARLEY eval parse "$TMP/gold.conllu")"
check "eval parse prints UPOS" grep -q "UPOS 100.00" <<<"$out"
out="$($PARLEY eval parse --raw "$TMP/gold.conllu")"
check "eval parse --raw scores the pipeline" grep -q "raw text (F1): tokens 100.00  sentences 100.00" <<<"$out"
head -c 1000 "$SRC/models/tagger.bin" >"$TMP/cut.bin"
$PARLEY eval parse --tagger "$TMP/cut.bin" "$TMP/gold.conllu" >/dev/null 2>"$TMP/cut.err"
check "truncated model refused" test $? -ne 0
check "truncated model message names file" grep -q "cut.bin" "$TMP/cut.err"

# parse: CoNLL-U with byte offsets; --threads 2 gives the same output.
$PARLEY parse -q "$SRC/examples" >"$TMP/p1.conllu"
check "parse exit 0" test $? -eq 0
$PARLEY parse -q --threads 2 "$SRC/examples" >"$TMP/p2.conllu"
check "parse --threads 2 same output" cmp -s "$TMP/p1.conllu" "$TMP/p2.conllu"
check "parse has TokenRange" grep -q "TokenRange=" "$TMP/p1.conllu"
check "parse one root per sentence" test "$(grep -c $'\t0\troot\t' "$TMP/p1.conllu")" -eq "$(grep -c '^# sent_id' "$TMP/p1.conllu")"

# dict check: problems named by file and line, exit 1 on errors, 0 on warnings only.
printf 'IRAN_ [IRN]\n+PERSIA_\nBAD_ [IRN 991301-000101]\nIRAN_ [IRQ]\n' >"$TMP/t.actors"
$PARLEY dict check "$TMP/t.actors" >"$TMP/dict.out" 2>&1
check "dict check: exit 1 on an error" test $? -eq 1
check "dict check: bad date at line 3" grep -q "t.actors:3: error: bad date '991301'" "$TMP/dict.out"
check "dict check: duplicate names both lines" grep -q "t.actors:4: warning: duplicate actor 'IRAN_' (also at .*t.actors:1)" "$TMP/dict.out"
check "dict check: counts" grep -q "t.actors: 3 actors, 1 synonyms, 2 codes (0 dated)" "$TMP/dict.out"
printf 'FARMER_ [~AGR]\nFARMER_ [~AGR]\n' >"$TMP/t.agents"
$PARLEY dict check -q "$TMP/t.agents" >"$TMP/dict2.out" 2>&1
check "dict check: warnings only exit 0" test $? -eq 0
check "dict check: summary line" grep -q "^dict check: 1 files, 0 actors, 2 agents, 0 verbs, 0 patterns; 0 errors, 1 warnings" "$TMP/dict2.out"

$PARLEY dict show persia --dict "$TMP/t.actors" >"$TMP/show.out" 2>&1
check "dict show: synonym with its code" grep -q "t.actors:1: actor (synonym) PERSIA_ (synonym of IRAN_) -> IRN" "$TMP/show.out"
$PARLEY dict show oman --dict "$TMP/t.actors" >/dev/null 2>&1
check "dict show: no match exits 1" test $? -eq 1

# dict convert: parley's own format, read back the same; dict compile: the cache.
printf 'IRAN_ [IRN]\n+PERSIA_\nAL GORE [USAGOV 930120-010120]\n' >"$TMP/c.actors"
$PARLEY dict convert "$TMP/c.actors" -o "$TMP/c.pdict" 2>"$TMP/convert.err"
check "dict convert: exit 0" test $? -eq 0
check "dict convert: header" test "$(head -n 1 "$TMP/c.pdict")" = "parley-dictionary 1"
check "dict convert: synonyms and dates" grep -qx "actor AL\* .. GORE\* = USAGOV 1993-01-20..2001-01-20" "$TMP/c.pdict"
check "dict convert: summary" grep -q "^dict convert: 1 files, 2 actors, 0 agents, 0 verbs, 0 patterns written to" "$TMP/convert.err"
$PARLEY dict convert "$TMP/c.pdict" 2>/dev/null >"$TMP/c2.pdict"
check "dict convert: read back the same" cmp -s "$TMP/c.pdict" "$TMP/c2.pdict"
$PARLEY dict compile "$TMP/c.pdict" -o "$TMP/c.lexicon" >"$TMP/compile.out" 2>&1
check "dict compile: exit 0" test $? -eq 0
check "dict compile: timings and memory" grep -q "loads and indexes in .* s; peak memory" "$TMP/compile.out"
$PARLEY dict show persia --dict "$TMP/c.pdict" --cache "$TMP/c.lexicon" >"$TMP/show2.out" 2>&1
check "dict show --cache" grep -q "c.pdict:2: actor (synonym) PERSIA_ (synonym of IRAN_) -> IRN" "$TMP/show2.out"

# code: one JSON event per line; explain: readable trace.
printf 'parley-dictionary 1\nactor ARNOR = ARN\nactor GONDOR = GON\nverbs RESTORE = 064\nverb RESTORE\n' >"$TMP/c2.pdict"
printf 'Arnor restored ties with Gondor.\n' >"$TMP/story.txt"
$PARLEY code -q --dict "$TMP/c2.pdict" --date 1995-01-01 "$TMP/story.txt" >"$TMP/events.jsonl" 2>"$TMP/code.err"
check "code: exit 0" test $? -eq 0
check "code: one event" test "$(wc -l <"$TMP/events.jsonl")" -eq 1
check "code: source, target, CAMEO, QuadClass, Goldstein" grep -q '"source":{"code":"ARN","text":"Arnor","begin":0,"end":5},"target":{"code":"GON","text":"Gondor","begin":25,"end":31},"cameo":"064","base":"064","root":"06","quad_class":2,"goldstein":7.0' "$TMP/events.jsonl"
$PARLEY code -q --out-format petrarch --dict "$TMP/c2.pdict" --date 1995-01-01 "$TMP/story.txt" >"$TMP/events.tsv" 2>/dev/null
check "code --out-format petrarch" test "$(cut -f1-4 "$TMP/events.tsv")" = "$(printf '19950101\tARN\tGON\t064')"
$PARLEY explain "Arnor restored ties with Gondor." --date 1995-01-01 --dict "$TMP/c2.pdict" >"$TMP/explain.out" 2>&1
check "explain: actor with its entry" grep -q "phrase 'Arnor': actor ARNOR_ (.*c2.pdict:2) -> ARN" "$TMP/explain.out"
check "explain: event" grep -q "event ARN -> GON 064" "$TMP/explain.out"

# validate: per-record lines and the contract's last line.
printf 'ARNOR [ARN]\nGONDOR [GON]\n' >"$TMP/v.actors"
printf '950101  DEMO-01\nArnor restores ties with Gondor.\n/* { ARN / GON / 064 } */\n950102  OPT-01\nx\n/* { OPTION: SET: X = 1 } */\n' >"$TMP/v.text"
$PARLEY validate "$TMP/v.text" --dict "$TMP/v.actors" >"$TMP/v.out" 2>&1
check "validate: exit 1 on failures" test $? -eq 1
check "validate: record line" grep -q "^FAIL DEMO-01 (.*v.text:1): expected ARN/GON/064; coded no event" "$TMP/v.out"
check "validate: final line" test "$(tail -n 1 "$TMP/v.out")" = "validate: 0 passed, 1 failed, 1 skipped"

# The seed page (first acceptance case).
SEED="$SHARED/seed/news_az_2024-05-18.txt"
if [ -f "$SEED" ]; then
  check "seed: 16 sentences" test "$($PARLEY segment --lines -q "$SEED" | wc -l)" -eq 16
  $PARLEY segment -q --debug "$SEED" >"$TMP/seed.json"
  check "seed: date" grep -q '"date":"2024-05-18"' "$TMP/seed.json"
  check "seed: publisher" grep -q '"source":"News.Az"' "$TMP/seed.json"
  check "seed: removed spans listed" grep -q '"reason":"font-size widget"' "$TMP/seed.json"
else
  echo "skipped: seed checks ($SEED not found)"
fi

# The progress bar appears on a terminal (script gives the command a pty).
if command -v script >/dev/null; then
  script -qec "$PARLEY segment --progress always -q $SRC/examples/feeds/world_news.jsonl >/dev/null" /dev/null >"$TMP/tty.out" 2>&1
  check "progress bar drawn when asked" grep -q "docs" "$TMP/tty.out"
fi

echo "cli: $pass passed, $fail failed"
test "$fail" -eq 0
