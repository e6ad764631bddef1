// Evaluation against Universal Dependencies treebanks (CoNLL-U).
#ifndef PARLEY_EVAL_H_
#define PARLEY_EVAL_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "parley/document.h"
#include "parley/status.h"
#include "parley/text.h"

namespace parley {

// Running text rebuilt from a CoNLL-U file, with gold sentence and word spans.
// Documents (# newdoc) and paragraphs (# newpar) are separated by a blank
// line, sentences within a paragraph by a space (none if the last token has
// SpaceAfter=No), tokens by a space unless SpaceAfter=No. Words of a multiword
// token ("don't" = do + n't) get consecutive sub-spans when their forms spell
// the surface token, else the whole token's span.
struct GoldText {
  std::string text;
  std::vector<Span> sentences;
  std::vector<Span> words;
};

// Parses CoNLL-U text. `name` is used in error messages ("name:line: ...").
absl::StatusOr<GoldText> RebuildRawText(std::string_view conllu, std::string_view name);

struct ConlluSentence;
// The same from parsed sentences; words[i] is the i-th word (not multiword
// token) of the sentences in order.
GoldText Rebuild(const std::vector<ConlluSentence>& sentences);

// Reads and parses a CoNLL-U file.
absl::StatusOr<GoldText> ReadConlluFile(const std::string& path);

struct Prf {
  uint64_t gold = 0, system = 0, correct = 0;
  double precision() const { return system ? double(correct) / system : 0; }
  double recall() const { return gold ? double(correct) / gold : 0; }
  double f1() const {
    double p = precision(), r = recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0;
  }
};

struct SegmentScores {
  Prf sentences;  // exact sentence spans (ignoring surrounding white space)
  Prf tokens;     // exact token spans against gold UD words
};

// Segments gold.text with `segmenter` and scores it.
SegmentScores ScoreSegmentation(const GoldText& gold, const Segmenter& segmenter);

class Tagger;
class Lemmatizer;
class Parser;

struct TagScores {
  size_t words = 0;
  double upos = 0, xpos = 0, both = 0;  // accuracies in [0, 1]
  double lemma = 0;                     // with predicted UPOS; 0 without a lemmatiser
  double uas = 0, las = 0;              // with predicted tags; 0 without a parser
  double parser_words_per_second = 0;
  double words_per_second = 0;          // of the tagger alone
  // "form UPOS: gold -> predicted" for each wrong lemma, with its count.
  std::vector<std::pair<std::string, int>> lemma_errors;
};

// Tags the gold words of each sentence and scores the tags, the lemmas if
// `lemmatizer` is not null, and the dependencies (UAS, LAS) if `parser` is
// not null; lemmas and dependencies use the predicted tags.
TagScores ScoreTagger(const Tagger& tagger, const std::vector<ConlluSentence>& gold,
                      const Lemmatizer* lemmatizer = nullptr, const Parser* parser = nullptr);

// The whole pipeline from raw text, scored as in the CoNLL 2018 shared task:
// the text is rebuilt from `gold` (Rebuild), segmented, tagged, lemmatised
// and parsed; system words are aligned to gold words by their character
// spans, and each measure is an F1 over words (correct = aligned and right;
// a head is right when it is aligned to the gold head, or both are the root).
struct PipelineScores {
  Prf tokens, sentences, upos, xpos, lemma, uas, las;
};
PipelineScores ScorePipeline(const std::vector<ConlluSentence>& gold, const Segmenter& segmenter,
                             const Tagger& tagger, const Lemmatizer& lemmatizer,
                             const Parser& parser);

// ---- events against a reference coder's output ----

// An event as a reference file gives it.
struct ReferenceEvent {
  std::string id;  // the record's id (TABARI writes its first 12 characters)
  std::string source, target, code;
};

// TABARI's event output: tab-separated DATE, SOURCE, TARGET, CODE, LABEL, ID
// (a header line or a short line is an error naming the line).
absl::StatusOr<std::vector<ReferenceEvent>> ReadTabariEvents(std::string_view text, std::string_view path);

// Agreement on (record, source, target, CAMEO root) between a system's
// events and a reference's. Records are compared by the first `id_chars`
// characters of their ids (0: whole ids). Each side is a multiset.
struct EventAgreement {
  Prf triples;
  std::vector<ReferenceEvent> only_system, only_reference;  // disagreements, in input order
};
EventAgreement CompareEvents(const std::vector<ReferenceEvent>& system, const std::vector<ReferenceEvent>& reference,
                             size_t id_chars);

}  // namespace parley

#endif  // PARLEY_EVAL_H_
