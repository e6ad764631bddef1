#include "nlp/wordnet.h"

#include <algorithm>
#include <fstream>
#include <span>
#include <vector>

#include "util/strings.h"

namespace parley {
namespace {

constexpr std::string_view kUpos[WordNetLexicon::kNumPos] = {"NOUN", "VERB", "ADJ", "ADV"};
constexpr const char* kIndexFile[WordNetLexicon::kNumPos] = {"index.noun", "index.verb", "index.adj",
                                                            "index.adv"};

struct Detachment {
  std::string_view suffix, replacement;
};
// WordNet's morphy rules, in its order.
constexpr Detachment kNounRules[] = {{"s", ""},     {"ses", "s"},   {"xes", "x"},   {"zes", "z"},
                                     {"ches", "ch"}, {"shes", "sh"}, {"men", "man"}, {"ies", "y"}};
constexpr Detachment kVerbRules[] = {{"s", ""},  {"ies", "y"}, {"es", "e"},  {"es", ""},
                                     {"ed", "e"}, {"ed", ""},   {"ing", "e"}, {"ing", ""}};
constexpr Detachment kAdjRules[] = {{"er", ""}, {"est", ""}, {"er", "e"}, {"est", "e"}};

std::span<const Detachment> RulesOf(WordNetLexicon::Pos pos) {
  switch (pos) {
    case WordNetLexicon::kNoun: return kNounRules;
    case WordNetLexicon::kVerb: return kVerbRules;
    case WordNetLexicon::kAdj: return kAdjRules;
    default: return {};
  }
}

// All 3^4 classes, built once: index = sum of state(pos) * 3^pos, where state
// 0 = unknown, 1 = inflected form, 2 = lemma.
const std::array<std::string, 81>& ClassNames() {
  static const auto* names = [] {
    auto* out = new std::array<std::string, 81>();
    constexpr char kLetter[] = {'n', 'v', 'a', 'r'};
    for (int i = 0; i < 81; ++i) {
      std::string s = "wn:";
      for (int p = 0, k = i; p < 4; ++p, k /= 3) {
        if (k % 3 == 0) continue;
        s.push_back(kLetter[p]);
        if (k % 3 == 1) s.push_back('~');
      }
      (*out)[i] = std::move(s);
    }
    return out;
  }();
  return *names;
}

}  // namespace

absl::Status WordNetLexicon::ReadIndex(const std::string& dir) {
  for (int p = 0; p < kNumPos; ++p) {
    const std::string path = Cat(dir, "/", kIndexFile[p]);
    std::ifstream in(path);
    if (!in) return absl::NotFoundError(Cat(path, ": cannot open (install wordnet-base)"));
    for (std::string line; std::getline(in, line);) {
      if (line.empty() || line[0] == ' ') continue;  // licence header
      std::string_view lemma = std::string_view(line).substr(0, line.find(' '));
      if (lemma.find('_') == std::string_view::npos) lemmas_[p].emplace(lemma);
    }
  }
  return absl::OkStatus();
}

void WordNetLexicon::Write(model_io::Writer* w) const {
  uint32_t used = 0;
  for (const auto& set : lemmas_) used += !set.empty();
  w->U32(used);
  for (int p = 0; p < kNumPos; ++p) {
    if (lemmas_[p].empty()) continue;
    std::vector<std::string_view> sorted(lemmas_[p].begin(), lemmas_[p].end());
    std::sort(sorted.begin(), sorted.end());  // hash order is not stable across runs
    w->Str(kUpos[p]);
    w->U32(static_cast<uint32_t>(sorted.size()));
    for (std::string_view lemma : sorted) w->Str(lemma);
  }
}

bool WordNetLexicon::Read(model_io::Reader* r) {
  uint32_t groups = 0;
  if (!r->U32(&groups) || groups > kNumPos) return false;
  for (uint32_t g = 0; g < groups; ++g) {
    std::string upos;
    uint32_t n = 0;
    if (!r->Str(&upos) || !r->U32(&n)) return false;
    std::optional<Pos> pos = FromUpos(upos);
    if (!pos) return false;
    lemmas_[*pos].reserve(n);
    for (uint32_t i = 0; i < n; ++i) {
      std::string lemma;
      if (!r->Str(&lemma)) return false;
      lemmas_[*pos].insert(std::move(lemma));
    }
  }
  return true;
}

bool WordNetLexicon::empty() const {
  return std::all_of(lemmas_.begin(), lemmas_.end(), [](const auto& s) { return s.empty(); });
}

std::optional<WordNetLexicon::Pos> WordNetLexicon::FromUpos(std::string_view upos) {
  for (int p = 0; p < kNumPos; ++p)
    if (upos == kUpos[p]) return static_cast<Pos>(p);
  return std::nullopt;
}

bool WordNetLexicon::Contains(Pos pos, std::string_view lemma) const {
  return lemmas_[pos].contains(std::string(lemma));  // Debian abseil: no string_view lookup
}

std::optional<std::string> WordNetLexicon::Morphy(Pos pos, std::string_view lower) const {
  for (const Detachment& d : RulesOf(pos)) {
    if (lower.size() <= d.suffix.size() || !lower.ends_with(d.suffix)) continue;
    std::string lemma = Cat(lower.substr(0, lower.size() - d.suffix.size()), d.replacement);
    if (lemmas_[pos].contains(lemma)) return lemma;
  }
  return std::nullopt;
}

std::string_view WordNetLexicon::Class(std::string_view lower) const {
  int index = 0;
  for (int p = kNumPos - 1; p >= 0; --p) {
    const Pos pos = static_cast<Pos>(p);
    const int state = Contains(pos, lower) ? 2 : Morphy(pos, lower) ? 1 : 0;
    index = index * 3 + state;
  }
  return ClassNames()[index];
}

}  // namespace parley
