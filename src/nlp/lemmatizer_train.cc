// Learns lemma edits. For every training word the edit from its base form
// (the form, lowercased unless a proper noun) to its gold lemma is counted
// under (UPOS, form) and under (UPOS, each suffix of 1-6 letters); the
// commonest edit wins. WordNet exceptions fill in irregular forms the
// treebank never showed, and WordNet's index files give the dictionary of
// lemmas that picks between suffix rules at run time. Only exact entries that
// differ from what the rules would give are kept.
#include "nlp/lemmatizer_train.h"

#include <fstream>
#include <map>

#include "util/model_io.h"
#include "nlp/wordnet.h"
#include "parley/lemmatizer.h"
#include "util/strings.h"

namespace parley {
namespace {

using EditKey = std::pair<int, std::string>;  // (strip, append)
using Counts = std::map<std::string, std::map<EditKey, int>>;

// Strip and append that turn base into lemma; a lemma that is the base
// capitalised ("iranian" -> "Iranian") gets the capitalise bit instead of
// replacing the whole word. strip > 127 means no usable edit.
EditKey EditBetween(std::string_view base, std::string_view lemma) {
  int cap = 0;
  std::string target(lemma);
  if (!base.empty() && !target.empty() && IsAsciiUpper(target[0]) && AsciiLower(target[0]) == base[0]) {
    target[0] = base[0];
    cap = LemmaEdit::kCapitalize;
  }
  size_t lcp = 0;
  while (lcp < base.size() && lcp < target.size() && base[lcp] == target[lcp]) ++lcp;
  int strip = static_cast<int>(base.size() - lcp);
  if (strip > 127) return {1000, ""};
  return {strip | cap, target.substr(lcp)};
}

EditKey Commonest(const std::map<EditKey, int>& edits, int* support) {
  EditKey best;
  int best_n = -1;
  *support = 0;
  for (const auto& [edit, n] : edits) {
    *support += n;
    if (n > best_n) best = edit, best_n = n;  // std::map order breaks ties
  }
  return best;
}

void WriteTable(const std::map<std::string, EditKey>& table, model_io::Writer* w) {
  w->U32(static_cast<uint32_t>(table.size()));
  for (const auto& [key, edit] : table) {
    w->Str(key);
    w->U8(static_cast<uint8_t>(edit.first));
    w->Str(edit.second);
  }
}

absl::Status AddWordNet(const std::string& dir, Counts* exact) {
  const std::pair<const char*, const char*> kFiles[] = {
      {"noun.exc", "NOUN"}, {"verb.exc", "VERB"}, {"adj.exc", "ADJ"}, {"adv.exc", "ADV"}};
  for (auto [file, upos] : kFiles) {
    std::ifstream in(dir + "/" + file);
    if (!in) return absl::NotFoundError(Cat(dir, "/", file, ": cannot open (install wordnet-base)"));
    for (std::string line; std::getline(in, line);) {
      std::vector<std::string_view> parts = Split(line, ' ', true);
      if (parts.size() < 2 || Contains(parts[0], "_")) continue;
      std::string key = Lemmatizer::Key(upos, parts[0]);
      if (exact->count(key)) continue;  // the treebank knows better
      EditKey edit = EditBetween(parts[0], parts[1]);
      if (edit.first > 255) continue;
      (*exact)[key][edit] = 1;
      if (std::string_view(upos) == "VERB")  // "was", "had": auxiliaries too
        (*exact)[Lemmatizer::Key("AUX", parts[0])][edit] = 1;
    }
  }
  return absl::OkStatus();
}

std::string ModelBytes(const std::map<std::string, EditKey>& exact,
                       const std::map<std::string, EditKey>& rules, const WordNetLexicon& vocab) {
  model_io::Writer w(kLemmatizerMagic, kLemmatizerVersion);
  WriteTable(exact, &w);
  WriteTable(rules, &w);
  vocab.Write(&w);
  return w.Finish();
}

}  // namespace

absl::StatusOr<std::string> TrainLemmatizer(const std::vector<ConlluSentence>& train,
                                            const LemmatizerTrainOptions& options) {
  Counts exact, suffix;
  for (const ConlluSentence& s : train) {
    for (const ConlluWord& w : s.words) {
      if (w.lemma.empty() || w.upos.empty()) continue;
      std::string lower = AsciiLower(w.form);
      const std::string base = Lemmatizer::KeepsCase(w.upos) ? w.form : lower;
      EditKey edit = EditBetween(base, w.lemma);
      if (edit.first > 255) continue;
      // A rewrite of the whole word ("better" -> "well") is no rule for other words.
      // Punctuation keeps its form unless listed ("--" is no "-" + "-").
      const bool generalises =
          (edit.first & 0x7f) < static_cast<int>(base.size()) && w.upos != "PUNCT";
      // Counted under "UPOS/XPOS" and under "UPOS" alone (the fallback).
      for (const std::string& tag : {Cat(w.upos, "/", w.xpos), w.upos}) {
        ++exact[Lemmatizer::Key(tag, lower)][edit];
        for (size_t k = 1; generalises && k <= 6 && k <= lower.size(); ++k)
          ++suffix[Lemmatizer::Key(tag, std::string_view(lower).substr(lower.size() - k))][edit];
      }
    }
  }
  WordNetLexicon vocab;
  if (!options.wordnet_dir.empty()) {
    PARLEY_RETURN_IF_ERROR(AddWordNet(options.wordnet_dir, &exact));
    PARLEY_RETURN_IF_ERROR(vocab.ReadIndex(options.wordnet_dir));
  }
  std::map<std::string, EditKey> rules;
  for (const auto& [key, edits] : suffix) {
    int support = 0;
    EditKey best = Commonest(edits, &support);
    if (support >= options.min_rule_support) rules.emplace(key, best);
  }
  // Keep an exact entry only where the model without exact entries (rules
  // and dictionary, as at run time) would give another lemma.
  PARLEY_ASSIGN_OR_RETURN(auto by_rules, Lemmatizer::FromBytes(ModelBytes({}, rules, vocab), "rules"));
  std::map<std::string, EditKey> exact_kept;
  for (const auto& [key, edits] : exact) {
    int support = 0;
    EditKey best = Commonest(edits, &support);
    size_t tab = key.find('\t');
    std::string_view tag = std::string_view(key).substr(0, tab);
    std::string_view form = std::string_view(key).substr(tab + 1);
    size_t slash = tag.find('/');
    std::string_view upos = tag.substr(0, slash);
    std::string_view xpos = slash == std::string_view::npos ? "" : tag.substr(slash + 1);
    if (by_rules->Lemma(form, upos, xpos) != Lemmatizer::Apply(form, LemmaEdit{static_cast<uint8_t>(best.first), best.second})) exact_kept.emplace(key, best);
  }
  return ModelBytes(exact_kept, rules, vocab);
}

}  // namespace parley
