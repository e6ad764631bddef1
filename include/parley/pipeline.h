// The text and NLP stages in one: segment a document, then tag, lemmatise
// and parse each sentence. Immutable after loading; Parse() is thread-safe.
//
//   PARLEY_ASSIGN_OR_RETURN(auto nlp, Pipeline::Load(tagger, lemmatizer,
//   parser)); std::vector<ParsedSentence> sentences; nlp->Parse(doc.text,
//   &sentences);   // words point into doc.text
#ifndef PARLEY_PIPELINE_H_
#define PARLEY_PIPELINE_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "parley/lemmatizer.h"
#include "parley/parser.h"
#include "parley/status.h"
#include "parley/tagger.h"
#include "parley/text.h"

namespace parley {

struct ParsedWord {
  std::string_view text;  // into the parsed text
  uint32_t begin = 0;     // byte offsets into the parsed text
  uint32_t end = 0;
  bool space_after = true;
  std::string lemma;
  std::string_view upos, xpos;  // owned by the tagger
  int head = 0;  // 0: the root; else the 1-based index of the head word
  std::string deprel;
};

struct ParsedSentence {
  uint32_t begin = 0;  // byte offsets into the parsed text
  uint32_t end = 0;
  uint8_t flags = 0;  // SentenceFlag
  std::vector<ParsedWord> words;
};

class Pipeline {
 public:
  // Loads the three models (paths to their files).
  static absl::StatusOr<std::unique_ptr<Pipeline>> Load(
      const std::string& tagger, const std::string& lemmatizer,
      const std::string& parser, SegmentOptions options = SegmentOptions());

  // Segments `text` and analyses every sentence; `text` must outlive `out`.
  // `page`, if given, receives what page analysis found (date, publisher ...).
  void Parse(std::string_view text, std::vector<ParsedSentence>* out,
             PageInfo* page = nullptr) const;
  // Analyses one sentence given as words (for tests and `parley explain`).
  void ParseWords(const std::vector<std::string_view>& words,
                  ParsedSentence* out) const;

  const Segmenter& segmenter() const { return segmenter_; }
  const Tagger& tagger() const { return *tagger_; }

 private:
  explicit Pipeline(SegmentOptions options) : segmenter_(options) {}
  std::unique_ptr<Tagger> tagger_;
  std::unique_ptr<Lemmatizer> lemmatizer_;
  std::unique_ptr<Parser> parser_;
  Segmenter segmenter_;
};

}  // namespace parley

#endif  // PARLEY_PIPELINE_H_
