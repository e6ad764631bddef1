// Checks across entries: duplicates, malformed codes, overlapping dates.
#include <algorithm>

#include <fstream>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "parley/lexicon.h"
#include "util/strings.h"

namespace parley {
namespace {

// CAMEO actor codes are letters and digits in three-character blocks
// ("IGOUNOKID", "AR1"; the ethnic and religious code sets are lower case:
// "abk"); "---" is "no code", "###" a discard and "+++" a complex event
// (TABARI). '/' separates alternatives in a few PETRARCH entries.
bool WellFormedCode(std::string_view code) {
  if (code == "---" || code == "###" || code == "+++") return true;
  for (std::string_view part : Split(code, '/')) {
    if (part.empty()) return false;
    for (char c : part)
      if (!IsAsciiAlnum(c)) return false;
  }
  return true;
}

bool AllDigits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return IsAsciiDigit(c); });
}

// One side of a verb code: "", "---", "###", "+++", or 2-4 digits with an
// optional '!' or '?'. Sets *digits to the digits (empty if none).
bool VerbCodePart(std::string_view part, std::string_view* digits) {
  *digits = {};
  if (part.empty() || part == "---" || part == "###" || part == "+++") return true;
  if (part.back() == '!' || part.back() == '?') part.remove_suffix(1);
  if (!AllDigits(part) || part.size() < 2 || part.size() > 4) return false;
  *digits = part;
  return true;
}

// Calls fn(code, where) for every verb code of the lexicon.
template <typename Fn>
void ForEachVerbCode(const Lexicon& lex, Fn fn) {
  for (const VerbBlock& b : lex.verb_blocks) {
    if (!b.code.empty()) fn(b.code, b.where);
    for (const Verb& v : b.verbs)
      if (!v.code.empty()) fn(v.code, v.where);
    for (const VerbPattern& p : b.patterns) fn(p.code, p.where);
  }
}

// The digit parts of a verb code, or false if it is malformed.
bool VerbCodeDigits(std::string_view code, std::vector<std::string_view>* digits) {
  digits->clear();
  std::vector<std::string_view> sides = Split(code, ':');
  if (sides.empty() || sides.size() > 2 || (sides.size() == 1 && sides[0].empty())) return false;
  if (sides.size() == 2 && sides[1].empty()) return false;
  for (std::string_view side : sides) {
    std::string_view d;
    if (!VerbCodePart(side, &d)) return false;
    if (!d.empty()) digits->push_back(d);
  }
  return true;
}

std::string Where(const Lexicon& lex, SourceLine s) { return Cat(lex.files[s.file], ":", s.line); }

void Add(std::vector<Diagnostic>* out, Diagnostic::Severity sev, const Lexicon& lex, SourceLine at,
         std::string message) {
  out->push_back({sev, lex.files[at.file], at.line, std::move(message)});
}

// TABARI's duplicate test: the same phrase as written (upper case, '-' as
// '_'), so "AL GORE" and "AL_GORE", or "X" and "X_", differ.
const std::string& Key(const Phrase& p) { return p.written; }

// Patterns: one '*', brackets that pair up, synonym sets that exist, and
// no pattern that repeats an earlier one of its block (it is never reached).
void CheckPatterns(const Lexicon& lex, std::vector<Diagnostic>* out) {
  absl::flat_hash_set<std::string> sets;
  for (const SynonymSet& s : lex.synonym_sets) sets.insert(s.name);
  for (const VerbBlock& b : lex.verb_blocks) {
    absl::flat_hash_map<std::string, SourceLine> seen;
    for (const VerbPattern& p : b.patterns) {
      int verbs = 0;
      std::string brackets, key;
      bool balanced = true;
      for (const PatternToken& t : p.tokens) {
        key += Cat(t.joined ? "_" : " ", t.text);
        if (t.kind == PatternToken::kVerb) ++verbs;
        if (t.kind == PatternToken::kOpen) brackets.push_back(t.text[0] == '{' ? '}' : ')');
        if (t.kind == PatternToken::kClose) {
          if (brackets.empty() || brackets.back() != t.text[0]) balanced = false;
          else brackets.pop_back();
        }
        if (t.kind == PatternToken::kSynset && !sets.empty() && !sets.contains(t.text))
          Add(out, Diagnostic::kWarning, lex, p.where, Cat("pattern uses ", t.text, ", which no synonym set defines"));
      }
      if (verbs > 1) Add(out, Diagnostic::kError, lex, p.where, Cat("pattern '", p.text, "' has more than one '*'"));
      if (!balanced || !brackets.empty())
        Add(out, Diagnostic::kError, lex, p.where, Cat("pattern '", p.text, "': brackets do not pair up"));
      auto [it, fresh] = seen.emplace(key, p.where);
      if (!fresh)
        Add(out, Diagnostic::kWarning, lex, p.where,
            Cat("pattern '", p.text, "' repeats ", Where(lex, it->second), " in block ", b.name, ": never reached"));
    }
  }
}

}  // namespace

void CheckLexicon(const Lexicon& lex, std::vector<Diagnostic>* out) {
  // Actor phrases (entries and synonyms) that repeat an earlier one.
  absl::flat_hash_map<std::string, SourceLine> seen;
  for (const Actor& a : lex.actors) {
    auto note = [&](const Phrase& p) {
      const SourceLine at{a.where.file, p.line ? p.line : a.where.line};
      auto [it, fresh] = seen.emplace(Key(p), at);
      if (!fresh)
        Add(out, Diagnostic::kWarning, lex, at,
            Cat("duplicate actor '", p.Text(), "' (also at ", Where(lex, it->second), ")"));
    };
    note(a.phrase);
    for (const Phrase& s : a.synonyms) note(s);
    for (const DatedCode& c : a.codes)
      if (!WellFormedCode(c.code))
        Add(out, Diagnostic::kError, lex, a.where, Cat("malformed actor code '", c.code, "'"));
    // An undated block before dated ones hides them (the first that fits wins).
    for (size_t i = 0; i + 1 < a.codes.size(); ++i)
      if (!a.codes[i].dated()) {
        for (size_t j = i + 1; j < a.codes.size(); ++j)
          if (a.codes[j].dated()) {
            Add(out, Diagnostic::kWarning, lex, a.where,
                Cat("actor '", a.phrase.Text(), "': undated [", a.codes[i].code,
                    "] comes before dated codes, which can never apply"));
            break;
          }
        break;
      }
    // Dated codes whose days overlap.
    for (size_t i = 0; i < a.codes.size(); ++i)
      for (size_t j = i + 1; j < a.codes.size(); ++j) {
        const DatedCode &x = a.codes[i], &y = a.codes[j];
        if (x.dated() && y.dated() && x.from <= y.to && y.from <= x.to)
          Add(out, Diagnostic::kWarning, lex, a.where,
              Cat("actor '", a.phrase.Text(), "': date ranges of ", x.code, " and ", y.code, " overlap"));
      }
  }
  std::vector<std::string_view> digits;
  ForEachVerbCode(lex, [&](const std::string& code, SourceLine at) {
    if (!VerbCodeDigits(code, &digits))  // TABARI takes any code; CAMEO's are digits
      Add(out, Diagnostic::kWarning, lex, at,
          Cat("verb code [", code, "] is not a CAMEO code (digits, ACTIVE:PASSIVE, ---, ### or +++)"));
  });
  CheckPatterns(lex, out);
  absl::flat_hash_map<std::string, SourceLine> agents;
  for (const Agent& g : lex.agents) {
    auto [it, fresh] = agents.emplace(Key(g.phrase), g.where);
    if (!fresh)
      Add(out, Diagnostic::kWarning, lex, g.where,
          Cat("duplicate agent '", g.phrase.Text(), "' (also at ", Where(lex, it->second), ")"));
    if (!WellFormedCode(g.code))
      Add(out, Diagnostic::kError, lex, g.where, Cat("malformed agent code '", g.code, "'"));
  }
}

void CheckCameoCodes(const Lexicon& lex, const std::vector<std::string>& known,
                     std::vector<Diagnostic>* out) {
  absl::flat_hash_set<std::string> table(known.begin(), known.end());
  std::vector<std::string_view> digits;
  ForEachVerbCode(lex, [&](const std::string& code, SourceLine at) {
    if (!VerbCodeDigits(code, &digits)) {
      Add(out, Diagnostic::kError, lex, at, Cat("verb code [", code, "] is not in the CAMEO table"));
      return;
    }
    for (std::string_view d : digits)
      if (!table.contains(std::string(d)))
        Add(out, Diagnostic::kError, lex, at, Cat("unknown CAMEO code ", d, " in [", code, "]"));
  });
}

absl::StatusOr<std::vector<std::string>> ReadCameoCodes(const std::string& path) {
  std::ifstream in(path);
  if (!in) return absl::NotFoundError(Cat(path, ": cannot open"));
  std::vector<std::string> codes;
  for (std::string line; std::getline(in, line);) {
    std::string_view first = StripSpace(std::string_view(line).substr(0, line.find('\t')));
    if (AllDigits(first)) codes.emplace_back(first);
  }
  if (codes.empty()) return absl::InvalidArgumentError(Cat(path, ": no CAMEO codes found"));
  return codes;
}

}  // namespace parley
