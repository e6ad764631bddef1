// Validation suites: records of text with the events a coder must produce,
// in TABARI's format (Validate.text). `parley validate` reads a suite, runs
// the coder on each record and compares; until the event coder exists it
// reports every record that expects events as failed, and checks that the
// lexicon knows every code the expectations rely on.
//
// TABARI record:
//   950101  DEMO-01                      date (YYMMDD) and id
//   Arnor is about to restore ...        the text
//   /* ... { ARN / GON / 064 } */        expectations in a comment:
//     { SRC / TGT / CODE }  an event     {---} no event      {+++} complex
//     {###} a discard       -{...} not checked      { OPTION: ... } option change
#ifndef PARLEY_VALIDATE_H_
#define PARLEY_VALIDATE_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "absl/container/flat_hash_set.h"
#include "parley/coder.h"
#include "parley/lexicon.h"
#include "parley/pipeline.h"

namespace parley {

struct ExpectedEvent {
  std::string source, target, code;  // as written: "ARN", "~MOSREB", "064"
  std::string plover;                // PETRARCH files: the PLOVER category, if given
};

struct ValidationRecord {
  std::string id;
  int32_t date = 0;  // YYYYMMDD
  std::string text;
  std::vector<ExpectedEvent> events;
  std::vector<std::string> options;  // "SET: TIME SHIFT = FALSE"
  bool no_event = false;   // {---}
  bool complex = false;    // {+++}
  bool discard = false;    // {###}
  bool unchecked = false;  // -{...}
  bool standard = true;    // before TABARI's FINAL-01 record ("end of the standard records")
  uint32_t line = 0;
};

// PETRARCH's XML validation files (<Sentence date id evaluate category>,
// <EventCoding eventcode sourcecode targetcode [plover]/> or noevents="True",
// <Text>, <Parse> ignored), as in UniversalPetrarch; '#' banner lines
// between elements are comments. Sentences with evaluate="false" are marked
// `standard = false` (not evaluated).
std::vector<ValidationRecord> ReadPetrarchSuite(std::string_view text, const std::string& path,
                                                std::vector<Diagnostic>* problems);

// Reads a TABARI validation file. Problems (a record with no comment block,
// an unreadable expectation) go to `problems` with their line.
std::vector<ValidationRecord> ReadTabariSuite(std::string_view text, const std::string& path,
                                              std::vector<Diagnostic>* problems);

// The actor, agent and verb codes of `lexicon`, for checking what a suite
// relies on. An expected source or target is known when it is an actor
// code, "~AGENT", or an actor code with agent codes before or after it
// ("ARNGOV", "NGMARN", "~MOSREB"); an event code when a verb, block or
// pattern uses it.
class LexiconCodes {
 public:
  explicit LexiconCodes(const Lexicon& lexicon);
  bool KnowsActor(std::string_view code) const;
  bool KnowsEvent(std::string_view code) const;

 private:
  // True if `code` is a run of agent codes (or empty).
  bool Composed(std::string_view code) const;
  static bool Has(const absl::flat_hash_set<std::string>& set, std::string_view code) {
    return set.contains(std::string(code));  // Debian abseil: no string_view lookup
  }
  absl::flat_hash_set<std::string> actors_, agents_, events_;
};

// A record coded and compared with its expectations: the (source, target,
// code) triples as "SRC/TGT/CODE", sorted; repeats and negated events left
// out; a discarded sentence codes nothing. The record passes when the
// triples are the expected ones and it is discarded or complex exactly when
// it should be.
struct RecordCheck {
  std::vector<std::string> got, want;
  bool discarded = false, complex = false;
  bool pass = false;
  std::string GotText() const;  // "ARN/GON/064, discard", or "no event"
};
RecordCheck CheckRecord(const ValidationRecord& record, const Pipeline& nlp, const Coder& coder);

// The TABARI options that change coding: "DEFAULT: SOURCE [X] ... TARGET [Y]
// ..." / "DEFAULT: OFF", "SET: CODE BY SENTENCE", "SET: CODE BY CLAUSE",
// "SET: CODE ALL" and "COMPLEX: VERBS[n] CONJ[n] ACTORS[n] NOACTPRIOR".
// Others change nothing yet.
void ApplyTabariOption(std::string_view option, CoderOptions* options);

// `options` with the TABARI options of the lexicon's .options files applied.
CoderOptions TabariOptions(const Lexicon& lexicon, CoderOptions options);

// Checks a suite's records in order; the option lines a record carries
// take effect for the records after it, as in TABARI.
class SuiteChecker {
 public:
  SuiteChecker(const Pipeline& nlp, const Coder& base)
      : nlp_(nlp), base_(base), options_(base.options()), coder_(base.WithOptions(options_)) {}
  RecordCheck Check(const ValidationRecord& record) const { return CheckRecord(record, nlp_, coder_); }
  // Call for every record, checked or not, after Check.
  void After(const ValidationRecord& record);

 private:
  const Pipeline& nlp_;
  const Coder& base_;
  CoderOptions options_;
  Coder coder_;
};

}  // namespace parley

#endif  // PARLEY_VALIDATE_H_
