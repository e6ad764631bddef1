// Lemmatiser runtime. Model payload (after the frame of model_io.h):
//   u32 E, E x (str key, u8 strip, str append)   exact entries
//   u32 R, R x (str key, u8 strip, str append)   suffix rules
//   u32 V, V x (str upos, u32 n, n x str lemma)   dictionary lemmas by UPOS
#include "parley/lemmatizer.h"

#include <span>

#include "nlp/model_io.h"
#include "util/strings.h"

namespace parley {
namespace {

constexpr size_t kMaxSuffix = 6;

bool ReadTable(model_io::Reader* r, absl::flat_hash_map<std::string, LemmaEdit>* table) {
  uint32_t n = 0;
  if (!r->U32(&n)) return false;
  table->reserve(n);
  for (uint32_t i = 0; i < n; ++i) {
    std::string key;
    LemmaEdit e;
    if (!r->Str(&key) || !r->U8(&e.strip) || !r->Str(&e.append)) return false;
    table->emplace(std::move(key), std::move(e));
  }
  return true;
}

bool ReadVocab(model_io::Reader* r,
               absl::flat_hash_map<std::string, absl::flat_hash_set<std::string>>* vocab) {
  uint32_t groups = 0;
  if (!r->U32(&groups)) return false;
  for (uint32_t g = 0; g < groups; ++g) {
    std::string upos;
    uint32_t n = 0;
    if (!r->Str(&upos) || !r->U32(&n)) return false;
    absl::flat_hash_set<std::string>& set = (*vocab)[upos];
    set.reserve(n);
    for (uint32_t i = 0; i < n; ++i) {
      std::string lemma;
      if (!r->Str(&lemma)) return false;
      set.insert(std::move(lemma));
    }
  }
  return true;
}

// WordNet's detachment rules ("morphy"): suffix -> replacement, by UPOS.
struct Detachment {
  std::string_view suffix, replacement;
};
constexpr Detachment kNounRules[] = {{"s", ""},     {"ses", "s"},   {"xes", "x"}, {"zes", "z"},
                                     {"ches", "ch"}, {"shes", "sh"}, {"men", "man"}, {"ies", "y"}};
constexpr Detachment kVerbRules[] = {{"s", ""},  {"ies", "y"}, {"es", "e"},  {"es", ""},
                                     {"ed", "e"}, {"ed", ""},   {"ing", "e"}, {"ing", ""}};
constexpr Detachment kAdjRules[] = {{"er", ""}, {"est", ""}, {"er", "e"}, {"est", "e"}};

// The first detachment of `lower` that gives a dictionary word, if any.
std::optional<std::string> Morphy(std::string_view upos, std::string_view lower,
                                  const absl::flat_hash_set<std::string>& vocab) {
  std::span<const Detachment> rules;
  if (upos == "NOUN") rules = kNounRules;
  else if (upos == "VERB") rules = kVerbRules;
  else if (upos == "ADJ") rules = kAdjRules;
  for (const Detachment& d : rules) {
    if (lower.size() <= d.suffix.size() || !lower.ends_with(d.suffix)) continue;
    std::string lemma = Cat(lower.substr(0, lower.size() - d.suffix.size()), d.replacement);
    if (vocab.contains(lemma)) return lemma;
  }
  return std::nullopt;
}

}  // namespace

std::string Lemmatizer::Apply(std::string_view base, const LemmaEdit& e) {
  const size_t strip = e.strip & ~LemmaEdit::kCapitalize;
  if (strip > base.size()) return std::string(base);
  std::string out(base.substr(0, base.size() - strip));
  out += e.append;
  if (out.empty()) return std::string(base);
  if ((e.strip & LemmaEdit::kCapitalize) && out[0] >= 'a' && out[0] <= 'z') out[0] -= 32;
  return out;
}

namespace {

// "1,993,045": digits in comma-separated groups (lemma: "1993045").
bool IsGroupedNumber(std::string_view w) {
  bool comma = false;
  for (char c : w) {
    if (c == ',') comma = true;
    else if (!IsAsciiDigit(c)) return false;
  }
  return comma && IsAsciiDigit(w.front()) && IsAsciiDigit(w.back());
}

std::string WithoutCommas(std::string_view w) {
  std::string out;
  for (char c : w)
    if (c != ',') out.push_back(c);
  return out;
}

}  // namespace

std::string Lemmatizer::Key(std::string_view tag, std::string_view text) {
  return Cat(tag, "\t", text);
}

std::optional<std::string> Lemmatizer::LemmaUnder(
    std::string_view tag, std::string_view lower, std::string_view base,
    const absl::flat_hash_set<std::string>* vocab) const {
  std::string key = Key(tag, lower);
  if (auto it = exact_.find(key); it != exact_.end()) return Apply(base, it->second);
  std::optional<std::string> longest;
  for (size_t k = std::min(kMaxSuffix, lower.size()); k >= 1; --k) {
    key.resize(tag.size() + 1);
    key.append(lower.substr(lower.size() - k));
    auto it = rules_.find(key);
    if (it == rules_.end()) continue;
    std::string lemma = Apply(base, it->second);
    if (vocab == nullptr || vocab->contains(lemma)) return lemma;
    if (!longest) longest = std::move(lemma);
  }
  return longest;
}

absl::StatusOr<std::unique_ptr<Lemmatizer>> Lemmatizer::Load(const std::string& path) {
  PARLEY_ASSIGN_OR_RETURN(std::string bytes, model_io::ReadFile(path));
  return FromBytes(bytes, path);
}

absl::StatusOr<std::unique_ptr<Lemmatizer>> Lemmatizer::FromBytes(std::string_view bytes,
                                                                std::string_view name) {
  PARLEY_ASSIGN_OR_RETURN(model_io::Reader r, model_io::Reader::Open(bytes, kLemmatizerMagic,
                                                                    kLemmatizerVersion, name));
  std::unique_ptr<Lemmatizer> lem(new Lemmatizer());
  if (!ReadTable(&r, &lem->exact_) || !ReadTable(&r, &lem->rules_) || !ReadVocab(&r, &lem->vocab_))
    return r.Truncated();
  if (!r.AtEnd()) return absl::InvalidArgumentError(Cat(name, ": trailing data after the model"));
  return lem;
}

std::string Lemmatizer::Lemma(std::string_view form, std::string_view upos,
                              std::string_view xpos) const {
  if (form.empty()) return std::string();
  // Proper nouns, punctuation and symbols keep their case; "i"/"I" learns the edit to "I" like any word.
  if (upos == "NUM" && IsGroupedNumber(form)) return WithoutCommas(form);
  std::string lower = AsciiLower(form);
  const std::string base = KeepsCase(upos) ? std::string(form) : lower;
  auto v = vocab_.find(std::string(upos));  // Debian abseil: no std::string_view lookup
  const absl::flat_hash_set<std::string>* vocab = v == vocab_.end() ? nullptr : &v->second;
  // The fine tag's lemma, unless it is no dictionary word and the UPOS's
  // rules or WordNet's detachments give one.
  std::optional<std::string> fine;
  if (!xpos.empty()) fine = LemmaUnder(Cat(upos, "/", xpos), lower, base, vocab);
  if (fine && (vocab == nullptr || vocab->contains(*fine) || exact_.contains(Key(Cat(upos, "/", xpos), lower))))
    return *std::move(fine);
  std::optional<std::string> coarse = LemmaUnder(upos, lower, base, vocab);
  if (vocab != nullptr) {
    if (coarse && vocab->contains(*coarse)) return *std::move(coarse);
    if (!vocab->contains(lower)) {
      if (auto lemma = Morphy(upos, lower, *vocab)) return *std::move(lemma);
    }
  }
  if (fine) return *std::move(fine);
  if (coarse) return *std::move(coarse);
  return base;
}

}  // namespace parley
