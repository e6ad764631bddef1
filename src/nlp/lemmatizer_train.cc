// Learns lemma edits. For every training word the edit from its base form
// (the form, lowercased unless a proper noun) to its gold lemma is counted
// under (UPOS, form) and under (UPOS, each suffix of 1-6 letters); the
// commonest edit wins. WordNet exceptions fill in irregular forms the
// treebank never showed. Only entries that differ from what the suffix rules
// would give are kept as exact entries.
#include "nlp/lemmatizer_train.h"

#include <fstream>
#include <map>

#include "nlp/model_io.h"
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

}  // namespace

absl::StatusOr<std::string> TrainLemmatizer(const std::vector<ConlluSentence>& train,
                                            const LemmatizerTrainOptions& options) {
  Counts exact, suffix;
  for (const ConlluSentence& s : train) {
    for (const ConlluWord& w : s.words) {
      if (w.lemma.empty() || w.upos.empty()) continue;
      std::string lower = AsciiLower(w.form);
      const std::string base = w.upos == "PROPN" ? w.form : lower;
      EditKey edit = EditBetween(base, w.lemma);
      if (edit.first > 255) continue;
      // A rewrite of the whole word ("better" -> "well") is no rule for other words.
      const bool generalises = (edit.first & 0x7f) < static_cast<int>(base.size());
      // Counted under "UPOS/XPOS" and under "UPOS" alone (the fallback).
      for (const std::string& tag : {Cat(w.upos, "/", w.xpos), w.upos}) {
        ++exact[Lemmatizer::Key(tag, lower)][edit];
        for (size_t k = 1; generalises && k <= 6 && k <= lower.size(); ++k)
          ++suffix[Lemmatizer::Key(tag, std::string_view(lower).substr(lower.size() - k))][edit];
      }
    }
  }
  if (!options.wordnet_dir.empty()) PARLEY_RETURN_IF_ERROR(AddWordNet(options.wordnet_dir, &exact));
  std::map<std::string, EditKey> rules;
  for (const auto& [key, edits] : suffix) {
    int support = 0;
    EditKey best = Commonest(edits, &support);
    if (support >= options.min_rule_support) rules.emplace(key, best);
  }
  // Keep an exact entry only where the rules (longest suffix first) under the
  // same tag would differ.
  std::map<std::string, EditKey> exact_kept;
  for (const auto& [key, edits] : exact) {
    int support = 0;
    EditKey best = Commonest(edits, &support);
    size_t tab = key.find('\t');
    std::string_view upos = std::string_view(key).substr(0, tab);
    std::string_view form = std::string_view(key).substr(tab + 1);
    EditKey by_rule{0, ""};
    for (size_t k = std::min<size_t>(6, form.size()); k >= 1; --k) {
      auto it = rules.find(Lemmatizer::Key(upos, form.substr(form.size() - k)));
      if (it != rules.end()) {
        by_rule = it->second;
        break;
      }
    }
    if (best != by_rule) exact_kept.emplace(key, best);
  }
  model_io::Writer w(kLemmatizerMagic, kLemmatizerVersion);
  WriteTable(exact_kept, &w);
  WriteTable(rules, &w);
  return w.Finish();
}

}  // namespace parley
