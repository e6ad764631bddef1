// Coding one validation record and comparing it with its expectations.
#include <algorithm>

#include "parley/validate.h"
#include "util/strings.h"

namespace parley {

RecordCheck CheckRecord(const ValidationRecord& r, const Pipeline& nlp,
                        const Coder& coder) {
  RecordCheck c;
  std::vector<ParsedSentence> sentences;
  nlp.Parse(r.text, &sentences);
  DocumentContext context;
  std::vector<CodedEvent> events;
  for (const ParsedSentence& s : sentences) {
    SentenceNotes notes;
    coder.Code(s, r.text, r.date, &events, nullptr, &notes, &context);
    c.discarded = c.discarded || notes.discarded;
    c.complex = c.complex || notes.complex;
  }
  if (!c.discarded)
    for (const CodedEvent& e : events)
      if (!e.negated)
        c.got.push_back(Cat(e.source.code, "/", e.target.code, "/", e.code));
  for (const ExpectedEvent& e : r.events)
    c.want.push_back(Cat(e.source, "/", e.target, "/", e.code));
  std::sort(c.got.begin(), c.got.end());
  c.got.erase(std::unique(c.got.begin(), c.got.end()), c.got.end());
  std::sort(c.want.begin(), c.want.end());
  c.pass =
      r.complex == c.complex && r.discard == c.discarded && c.got == c.want;
  return c;
}

void ApplyTabariOption(std::string_view option, CoderOptions* options) {
  auto bracket_after = [&](std::string_view key) {
    const size_t k = option.find(key);
    if (k == std::string_view::npos) return std::string();
    const size_t open = option.find('[', k), close = option.find(']', k);
    return open == std::string_view::npos || close == std::string_view::npos ||
                   close < open
               ? std::string()
               : std::string(
                     StripSpace(option.substr(open + 1, close - open - 1)));
  };
  const std::string upper = AsciiUpper(option);
  auto limit = [&](std::string_view key) {  // "VERBS[5]" -> 5; absent: 0
    const size_t k = upper.find(Cat(key, "["));
    int n = 0;
    if (k == std::string::npos) return 0;
    const size_t close = upper.find(']', k);
    if (close == std::string::npos ||
        !ParseInt(std::string_view(upper).substr(k + key.size() + 1,
                                                 close - k - key.size() - 1),
                  &n))
      return 0;
    return n;
  };
  if (upper.starts_with("COMPLEX:")) {
    options->complex_verbs = limit("VERBS");
    options->complex_conjunctions = limit("CONJ");
    options->complex_actors = limit("ACTORS");
    options->complex_no_actor_prior =
        upper.find("NOACTPRIOR") != std::string::npos;
  } else if (upper.starts_with("DEFAULT:")) {
    options->default_source = bracket_after("SOURCE");
    options->default_target = bracket_after("TARGET");
  } else if (upper.find("CODE BY SENTENCE") != std::string::npos) {
    options->first_verb_only = true;
  } else if (upper.find("CODE BY CLAUSE") != std::string::npos ||
             upper.find("CODE ALL") != std::string::npos) {
    options->first_verb_only = false;
  }
}

CoderOptions TabariOptions(const Lexicon& lexicon, CoderOptions options) {
  for (const auto& [command, args] : lexicon.options)
    ApplyTabariOption(Cat(command, ": ", args), &options);
  return options;
}

void SuiteChecker::After(const ValidationRecord& record) {
  if (record.options.empty()) return;
  for (const std::string& o : record.options) ApplyTabariOption(o, &options_);
  coder_ = base_.WithOptions(options_);
}

std::string RecordCheck::GotText() const {
  std::string out;
  for (const std::string& g : got) out += Cat(out.empty() ? "" : ", ", g);
  if (discarded) out += Cat(out.empty() ? "" : ", ", "discard");
  if (complex) out += Cat(out.empty() ? "" : ", ", "complex");
  return out.empty() ? "no event" : out;
}

}  // namespace parley
