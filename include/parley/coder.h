// The event coder: who did what to whom, from a parsed sentence and the
// lexicon. Actor phrases are noun phrases of the parse resolved against the
// lexicon on the story date (agents composed with actors: "Iranian officials"
// -> IRNGOV; appositions, possessives and conjunctions followed); events
// come from verbs the lexicon knows (and nouns it spells as verbs: "talks",
// "assassination"), their subject and objects (a noun's possessor and
// "on/of/against" phrase), and the verb's patterns (TABARI/PETRARCH
// notation) for the CAMEO code; negation, modality and who reported the
// event are recorded with it.
//
//   Coder coder(lexicon);                       // lexicon must outlive coder
//   std::vector<CodedEvent> events;
//   coder.Code(sentence, doc.text, 20240518, &events, /*trace=*/nullptr);
//
// Immutable after construction; Code() is thread-safe.
#ifndef PARLEY_CODER_H_
#define PARLEY_CODER_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "parley/lexicon.h"
#include "parley/lexicon_index.h"
#include "parley/pipeline.h"

namespace parley {

// An actor as found in a sentence.
struct CodedActor {
  std::string code;    // "IRNGOV"; empty if none
  std::string text;    // the words of its phrase, as in the text
  uint32_t begin = 0;  // byte span of the phrase in the text
  uint32_t end = 0;
  // Which entries gave the code ("actor IRAN_ (file:line) + agent
  // OFFICIAL_ (file:line)"); filled only when Code() is given a trace.
  std::string why;
};

struct CodedEvent {
  CodedActor source, target;
  std::string code;    // CAMEO event code ("036")
  uint32_t verb = 0;   // 0-based index of the word that carries the event
  uint32_t begin = 0;  // byte span of the evidence (verb to farthest argument)
  uint32_t end = 0;
  std::string pattern;  // the pattern that gave the code, as written, or "" for
                        // the verb's own code
  std::string matched;  // "file:line" of that pattern (or of the verb)
  bool negated =
      false;  // "did not attack", "refused to meet", "denied attacking"
  bool hypothetical = false;  // "threatened to", "plans to", "could", "would"
  // Who reported it: the subject of a speech verb it depends on ("two
  // sources ... told Axios", "the ministry said"), or "according to X";
  // empty text if none. Its code is set when the lexicon knows the speaker.
  CodedActor cited;
};

// What the coder noticed about a sentence besides its events.
struct SentenceNotes {
  bool discarded = false;  // an actor or pattern coded "###" (sports, business
                           // ...): no events
  bool complex = false;    // a pattern coded "+++": too complex to code
};

// What the coder carries from one sentence of a document to the next: the
// actors of the last subject (for "it", "they" ...), and names coded through
// an apposition ("Zahedi, a top Iranian ... general": later "Zahedi" is
// IRNMIL too). One per document; not shared between threads.
struct DocumentContext {
  std::vector<CodedActor> antecedents;
  std::vector<std::pair<std::string, CodedActor>>
      names;  // upper-case name -> actor
};

struct CoderOptions {
  // Code only the first verb of a sentence that gives events, as TABARI
  // does by default ("CODE BY SENTENCE"); otherwise every verb.
  bool first_verb_only = false;
  // Actor codes for a role nothing fills (TABARI's "DEFAULT: SOURCE [X]
  // TARGET [Y]"); empty: no event without both roles.
  std::string default_source, default_target;
  // TABARI's COMPLEX limits ("COMPLEX: VERBS[5] CONJ[4] ACTORS[6]
  // NOACTPRIOR"): a sentence with more verbs, conjunctions or actor phrases
  // (0: no limit), or with no actor phrase before the verb that codes, is
  // complex: no events, SentenceNotes::complex.
  int complex_verbs = 0, complex_conjunctions = 0, complex_actors = 0;
  bool complex_no_actor_prior = false;
};

class Coder {
 public:
  explicit Coder(const Lexicon& lexicon, CoderOptions options = CoderOptions());
  ~Coder();
  // The same coder with other options, sharing what was built from the lexicon.
  Coder WithOptions(CoderOptions options) const;

  // Appends the events of `sentence` (words with byte offsets into `text`)
  // on `date` (YYYYMMDD) to `out`. With `trace`, appends readable lines
  // saying what was found and why (parley explain).
  // With `context`, pronouns and names may refer back to earlier sentences
  // of the same document (code them in order).
  void Code(const ParsedSentence& sentence, std::string_view text, int32_t date,
            std::vector<CodedEvent>* out,
            std::vector<std::string>* trace = nullptr,
            SentenceNotes* notes = nullptr,
            DocumentContext* context = nullptr) const;

  const LexiconIndex& index() const;
  const CoderOptions& options() const { return options_; }

 private:
  struct Tables;  // what the coder builds from the lexicon (coder.cc)
  Coder(const Lexicon& lexicon, std::shared_ptr<const Tables> tables,
        CoderOptions options);
  const Lexicon* lexicon_;
  std::shared_ptr<const Tables> tables_;
  CoderOptions options_;
};

}  // namespace parley

#endif  // PARLEY_CODER_H_
