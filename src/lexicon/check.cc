// Checks across entries: duplicates, malformed codes, overlapping dates.
#include <algorithm>

#include "absl/container/flat_hash_map.h"
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

std::string Where(const Lexicon& lex, SourceLine s) { return Cat(lex.files[s.file], ":", s.line); }

void Add(std::vector<Diagnostic>* out, Diagnostic::Severity sev, const Lexicon& lex, SourceLine at,
         std::string message) {
  out->push_back({sev, lex.files[at.file], at.line, std::move(message)});
}

// TABARI's duplicate test: the same phrase as written (upper case, '-' as
// '_'), so "AL GORE" and "AL_GORE", or "X" and "X_", differ.
const std::string& Key(const Phrase& p) { return p.written; }

}  // namespace

void CheckLexicon(const Lexicon& lex, std::vector<Diagnostic>* out) {
  // Actor phrases (entries and synonyms) that repeat an earlier one.
  absl::flat_hash_map<std::string, SourceLine> seen;
  for (const Actor& a : lex.actors) {
    auto note = [&](const Phrase& p) {
      auto [it, fresh] = seen.emplace(Key(p), a.where);
      if (!fresh)
        Add(out, Diagnostic::kWarning, lex, a.where,
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

}  // namespace parley
