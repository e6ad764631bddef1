// Feature extraction shared by the tagger and its trainer. A feature is a
// 64-bit hash of (template, value); the same function runs at training and
// tagging time, so the model stores only hashes.
#ifndef PARLEY_NLP_TAGGER_FEATURES_H_
#define PARLEY_NLP_TAGGER_FEATURES_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "absl/container/flat_hash_map.h"

namespace parley {
class WordNetLexicon;
}

namespace parley::tagger {

// Tag dictionary: lowercased word -> its ambiguity class, the tags it took in
// training ("12|40"), for words seen often enough.
using TagDictionary = absl::flat_hash_map<std::string, std::string>;

// The key a word has in the tag dictionary and in the features: lowercased,
// numbers collapsed to "<num>".
std::string NormalizeWord(std::string_view w);

// Per-sentence word information computed once.
struct SentenceContext {
  std::vector<std::string> lower;  // NormalizeWord of each word
  std::vector<std::string> shape;  // "Xxxx", "dd-d", ... (runs capped at 2)
  std::vector<std::string_view> amb;  // ambiguity class, "<unk>" if none
  // Sentinels: positions -2, -1 and n, n+1 read as "<s>" / "</s>".
  // Words missing from `dict` get their WordNet class ("wn:v~") from
  // `wordnet` when it knows them, else "<unk>".
  void Build(const std::vector<std::string_view>& words, const TagDictionary& dict,
             const WordNetLexicon& wordnet);
  std::string_view Lower(int i) const;
  std::string_view Shape(int i) const;
  std::string_view Amb(int i) const;
};

// Appends the features of word i. prev1/prev2 are the tags predicted for
// words i-1 and i-2 (-1 before the sentence start).
void Extract(const SentenceContext& ctx, const std::vector<std::string_view>& words, int i,
             int prev1, int prev2, std::vector<uint64_t>* features);

}  // namespace parley::tagger

#endif  // PARLEY_NLP_TAGGER_FEATURES_H_
