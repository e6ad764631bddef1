// Finding the entries a phrase matches, with the reason: for `parley dict
// show` and for checking what a dictionary set knows.
#include <algorithm>

#include "lexicon/reader_internal.h"
#include "parley/lexicon.h"
#include "util/strings.h"

namespace parley {
namespace {

std::vector<std::string> QueryWords(std::string_view query) {
  std::vector<std::string> words;
  std::string w;
  for (char c : query) {
    if (c == ' ' || c == '_' || c == '\t') {
      if (!w.empty()) words.push_back(std::move(w));
      w.clear();
    } else {
      w.push_back(AsciiUpper(c));
    }
  }
  if (!w.empty()) words.push_back(std::move(w));
  return words;
}

// How `p` matches the whole of `q`, or "" if it does not (Phrase::MatchAt):
// "exact", or what made it match ("stem ARGENTIN begins ARGENTINA",
// "plural of TALK", "GAVE skipped").
std::string HowMatches(const Phrase& p, const std::vector<std::string>& q) {
  std::vector<size_t> at;
  if (p.MatchAt(q, 0, nullptr, &at) != q.size()) return {};
  std::string how;
  auto add = [&](std::string s) { how += how.empty() ? s : Cat(", ", s); };
  for (size_t i = 0; i < at.size(); ++i) {
    for (size_t k = i == 0 ? 0 : at[i - 1] + 1; k < at[i]; ++k) add(Cat(q[k], " skipped"));
    const std::string& got = q[at[i]];
    if (got == p.words[i]) continue;
    add(p.IsStem(i) ? Cat("stem ", p.words[i], " begins ", got) : Cat("plural of ", p.words[i]));
  }
  return how.empty() ? "exact" : how;
}

std::string DateText(int32_t d) {
  if (d == kFirstDate || d == kLastDate) return "…";  // open-ended
  return Cat(d / 10000, "-", d / 100 % 100 < 10 ? "0" : "", d / 100 % 100, "-", d % 100 < 10 ? "0" : "",
             d % 100);
}

std::string CodesText(const Actor& a) {
  std::string out;
  for (const DatedCode& c : a.codes) {
    if (!out.empty()) out += ' ';
    out += c.dated() ? Cat("[", c.code, " ", DateText(c.from), " to ", DateText(c.to), "]") : Cat("[", c.code, "]");
  }
  return out;
}

}  // namespace

std::vector<LexiconMatch> FindPhrase(const Lexicon& lex, std::string_view query, int32_t date) {
  const std::vector<std::string> q = QueryWords(query);
  std::vector<LexiconMatch> out;
  if (q.empty()) return out;
  for (const Actor& a : lex.actors) {
    auto consider = [&](const Phrase& p, bool synonym) {
      std::string how = HowMatches(p, q);
      if (how.empty()) return;
      LexiconMatch m;
      m.kind = synonym ? "actor (synonym)" : "actor";
      m.entry = synonym ? Cat(p.Text(), " (synonym of ", a.phrase.Text(), ")") : p.Text();
      m.code = std::string(a.CodeOn(date));
      m.why = Cat(how, "; codes ", CodesText(a));
      m.where = a.where;
      out.push_back(std::move(m));
    };
    consider(a.phrase, false);
    for (const Phrase& s : a.synonyms) consider(s, true);
  }
  for (const Agent& g : lex.agents) {
    auto consider = [&](const Phrase& p) {
      std::string how = HowMatches(p, q);
      if (how.empty()) return;
      out.push_back({"agent", p.Text(), g.prefix ? Cat(g.code, "~") : Cat("~", g.code),
                     Cat(how, g.prefix ? "; goes before the actor's code" : "; goes after the actor's code"),
                     g.where});
    };
    consider(g.phrase);
    for (const Phrase& s : g.synonyms) consider(s);
  }
  for (const VerbBlock& b : lex.verb_blocks)
    for (const Verb& v : b.verbs) {
      std::string how = HowMatches(v.phrase, q);
      if (how.empty() && q.size() == 1 && std::find(v.forms.begin(), v.forms.end(), q[0]) != v.forms.end())
        how = "listed form";
      if (how.empty() && q.size() == v.phrase.words.size() && v.head < q.size() && !v.phrase.IsStem(v.head))
        for (const char* ending : lexicon_internal::kRegularVerbEndings) {  // as LexiconIndex
          std::vector<std::string> words = v.phrase.words;
          words[v.head] += ending;
          if (words == q) how = Cat("regular ending -", ending);
        }
      if (how.empty()) continue;
      out.push_back({"verb", v.phrase.Text(), v.code.empty() ? b.code : v.code,
                     Cat(how, "; block ", b.name, " with ", b.patterns.size(), " patterns"), v.where});
    }
  for (const Discard& d : lex.discards) {
    std::string how = HowMatches(d.phrase, q);
    if (!how.empty())
      out.push_back({"discard", d.phrase.Text(), d.story ? "story" : "sentence", how, d.where});
  }
  for (const IssuePhrase& i : lex.issues) {
    std::string how = HowMatches(i.phrase, q);
    if (!how.empty())
      out.push_back({i.ignore ? "issue (ignore)" : "issue", i.phrase.Text(), i.code,
                     Cat(how, "; category ", i.category), i.where});
  }
  return out;
}

}  // namespace parley
