// Lemmatiser runtime. Model payload (after the frame of model_io.h):
//   u32 E, E x (str key, u8 strip, str append)   exact entries
//   u32 R, R x (str key, u8 strip, str append)   suffix rules
//   the dictionary: a WordNetLexicon (nlp/wordnet.h)
#include "parley/lemmatizer.h"


#include "util/model_io.h"
#include "util/file.h"
#include "nlp/wordnet.h"
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

Lemmatizer::Lemmatizer() : wordnet_(std::make_unique<WordNetLexicon>()) {}
Lemmatizer::~Lemmatizer() = default;

bool Lemmatizer::InDictionary(int wn_pos, std::string_view lemma) const {
  return wn_pos >= 0 && wordnet_->Contains(static_cast<WordNetLexicon::Pos>(wn_pos), lemma);
}

std::optional<std::string> Lemmatizer::LemmaUnder(std::string_view tag, std::string_view lower,
                                                  std::string_view base, int wn_pos, bool* exact) const {
  std::string key = Key(tag, lower);
  if (auto it = exact_.find(key); it != exact_.end()) {
    if (exact) *exact = true;
    return Apply(base, it->second);
  }
  std::optional<std::string> longest;
  for (size_t k = std::min(kMaxSuffix, lower.size()); k >= 1; --k) {
    key.resize(tag.size() + 1);
    key.append(lower.substr(lower.size() - k));
    auto it = rules_.find(key);
    if (it == rules_.end()) continue;
    std::string lemma = Apply(base, it->second);
    if (wn_pos < 0 || InDictionary(wn_pos, lemma)) return lemma;
    if (!longest) longest = std::move(lemma);
  }
  return longest;
}

absl::StatusOr<std::unique_ptr<Lemmatizer>> Lemmatizer::Load(const std::string& path) {
  PARLEY_ASSIGN_OR_RETURN(std::string bytes, ReadWholeFile(path));
  return FromBytes(bytes, path);
}

absl::StatusOr<std::unique_ptr<Lemmatizer>> Lemmatizer::FromBytes(std::string_view bytes,
                                                                std::string_view name) {
  PARLEY_ASSIGN_OR_RETURN(model_io::Reader r, model_io::Reader::Open(bytes, kLemmatizerMagic,
                                                                    kLemmatizerVersion, name));
  std::unique_ptr<Lemmatizer> lem(new Lemmatizer());
  if (!ReadTable(&r, &lem->exact_) || !ReadTable(&r, &lem->rules_) || !lem->wordnet_->Read(&r))
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
  const std::optional<WordNetLexicon::Pos> pos = WordNetLexicon::FromUpos(upos);
  const int wn_pos = pos && !wordnet_->empty() ? *pos : -1;
  // The fine tag's lemma, unless it is no dictionary word and the UPOS's
  // rules or WordNet's detachments give one.
  std::optional<std::string> fine;
  bool fine_exact = false;
  if (!xpos.empty()) fine = LemmaUnder(Cat(upos, "/", xpos), lower, base, wn_pos, &fine_exact);
  if (fine && (wn_pos < 0 || fine_exact || InDictionary(wn_pos, *fine))) return *std::move(fine);
  std::optional<std::string> coarse = LemmaUnder(upos, lower, base, wn_pos);
  if (wn_pos >= 0) {
    if (coarse && InDictionary(wn_pos, *coarse)) return *std::move(coarse);
    if (!InDictionary(wn_pos, lower)) {
      if (auto lemma = wordnet_->Morphy(*pos, lower)) return *std::move(lemma);
    }
  }
  if (fine) return *std::move(fine);
  if (coarse) return *std::move(coarse);
  return base;
}

}  // namespace parley
