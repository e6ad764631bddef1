// The event coder (include/parley/coder.h).
//
// A sentence is coded in four steps:
//   1. Mentions: the lexicon's actor and agent phrases found in the words
//      (surface or lemma, longest first), and the verbs it knows.
//   2. Actors: each noun phrase of the parse gets a code from the mentions in
//      its core (the head and its compound, amod, flat, det, nummod
//      dependents): the actor's code on the date, composed with an agent's
//      ("IRN" + "~GOV" -> IRNGOV). A phrase with an agent but no actor takes
//      the actor of its possessive or "of" phrase; a phrase with no code
//      takes its apposition's ("Zahedi, a top Iranian ... general").
//      Conjuncts are separate actors (one event each).
//   3. Roles: a known verb's source is its subject (a passive's "by"
//      phrase), climbing through xcomp and conj to the verb that has one
//      ("agreed to meet"); its target is its object, else an oblique.
//   4. Code: the verb block's patterns are tried in the order of the
//      sentence (words after '*' must follow the verb, words before it
//      precede it; '+' and '$' take the next actor phrase); the pattern with
//      most words found gives the code, else the verb's own or its block's.
#include "parley/coder.h"

#include <algorithm>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "util/strings.h"

namespace parley {
namespace {

// Relations that stay inside a noun phrase's core.
bool IsCoreRelation(std::string_view rel) {
  return rel == "compound" || rel == "amod" || rel == "flat" ||
         rel == "flat:name" || rel == "det" || rel == "nmod:desc" ||
         rel == "nummod" || rel == "compound:prt" || rel == "nmod:npmod" ||
         rel == "goeswith";
}

bool HasPrefix(std::string_view rel, std::string_view prefix) {
  return rel == prefix ||
         (rel.size() > prefix.size() && rel.starts_with(prefix) &&
          rel[prefix.size()] == ':');
}

// Verbs that make the verb of their xcomp hypothetical or negated.
constexpr std::string_view kHypotheticalGovernors[] = {
    "threaten", "plan",    "vow",      "intend", "hope",    "want",
    "promise",  "expect",  "seek",     "aim",    "propose", "offer",
    "pledge",   "prepare", "consider", "warn"};
constexpr std::string_view kNegatingGovernors[] = {"refuse", "deny", "fail",
                                                   "decline", "reject"};
constexpr std::string_view kSpeechVerbs[] = {
    "say",     "tell", "report", "announce", "claim",  "state", "add",
    "confirm", "note", "write",  "quote",    "allege", "insist"};
constexpr std::string_view kModals[] = {"could",  "would", "may",  "might",
                                        "should", "can",   "will", "shall"};

template <size_t N>
bool In(const std::string_view (&list)[N], std::string_view w) {
  return std::find(std::begin(list), std::end(list), w) != std::end(list);
}

// Per verb block, per pattern: the words outside alternatives, all of
// which a sentence must contain for the pattern to fit.
using RequiredWords = std::vector<std::vector<std::vector<std::string>>>;

RequiredWords ComputeRequiredWords(const Lexicon& lex) {
  RequiredWords out(lex.verb_blocks.size());
  for (size_t b = 0; b < lex.verb_blocks.size(); ++b)
    for (const VerbPattern& p : lex.verb_blocks[b].patterns) {
      std::vector<std::string> words;
      int in_alternatives = 0;  // depth inside a group holding '|'
      for (size_t k = 0; k < p.tokens.size(); ++k) {
        const PatternToken& t = p.tokens[k];
        if (t.kind == PatternToken::kOpen) {
          int depth = 0;
          bool alternatives = false;
          for (size_t e = k; e < p.tokens.size(); ++e) {
            if (p.tokens[e].kind == PatternToken::kOpen) ++depth;
            if (p.tokens[e].kind == PatternToken::kClose && --depth == 0) break;
            if (p.tokens[e].kind == PatternToken::kOr && depth == 1)
              alternatives = true;
          }
          if (alternatives || in_alternatives > 0) ++in_alternatives;
        } else if (t.kind == PatternToken::kClose && in_alternatives > 0) {
          --in_alternatives;
        } else if (t.kind == PatternToken::kWord && in_alternatives == 0) {
          // "REAL~" (a partial word) needs only its first letters; under
          // four letters, MayFit's prefixes cannot tell, so it is not required.
          std::string w = t.text;
          if (w.size() > 1 && w.back() == '~') w.pop_back();
          if (w.size() >= 4 || t.text.back() != '~') words.push_back(w);
        }
      }
      out[b].push_back(std::move(words));
    }
  return out;
}

struct Mention {
  uint32_t first = 0, last = 0;  // words covered, inclusive
  PhraseMatch match;
};

// One sentence being coded.
class SentenceCoder {
 public:
  SentenceCoder(const Lexicon& lex, const LexiconIndex& index,
                const CoderOptions& options, const RequiredWords& required,
                const ParsedSentence& s, std::string_view text, int32_t date,
                std::vector<std::string>* trace, DocumentContext* context)
      : lex_(lex),
        index_(index),
        options_(options),
        required_(required),
        s_(s),
        text_(text),
        date_(date),
        trace_(trace),
        n_(s.words.size()),
        context_(context) {
    limit_ = n_;
    upper_.reserve(n_);
    lemmas_.reserve(n_);
    children_.assign(n_, {});
    mention_of_.assign(n_, -1);
    for (size_t i = 0; i < n_; ++i) {
      upper_.push_back(AsciiUpper(s.words[i].text));
      lemmas_.push_back(AsciiUpper(s.words[i].lemma));
      if (s.words[i].head > 0 && static_cast<size_t>(s.words[i].head) <= n_)
        children_[s.words[i].head - 1].push_back(static_cast<int>(i));
    }
  }

  void Run(std::vector<CodedEvent>* out, SentenceNotes* notes) {
    notes_ = notes;
    antecedents_ = context_->antecedents;
    FindMentions();
    if (notes_->discarded) {  // an actor coded "###": the sentence is not about
                              // events
      if (trace_ != nullptr) Trace("discarded: an actor phrase is coded ###");
      return;
    }
    // Verbs, and (as TABARI reads any word its verb dictionary lists) other
    // words written as a verb entry writes them: "should", "talks".
    // Codes marked '?' ("SAID [023?]") count only if nothing else does.
    // With first_verb_only, one verb per clause: clauses joined by "and"
    // ("urged Bree ... and then it requested") each code their first.
    std::vector<CodedEvent> weak;
    std::vector<int> coded_clauses;
    for (size_t v = 0; v < n_; ++v) {
      const std::string_view upos = s_.words[v].upos;
      if (upos == "PUNCT" || upos == "DET" || upos == "ADP" || upos == "PRON" ||
          upos == "CCONJ")
        continue;
      if (mention_of_[v] >= 0) continue;  // part of an actor phrase
      const int clause = ClauseOf(static_cast<int>(v));
      if (options_.first_verb_only &&
          std::find(coded_clauses.begin(), coded_clauses.end(), clause) !=
              coded_clauses.end())
        continue;
      bool is_weak = false;
      std::vector<CodedEvent> found;
      CodeVerb(static_cast<int>(v), /*by_lemma=*/upos == "VERB", &found,
               &is_weak);
      if (!found.empty() && !is_weak) coded_clauses.push_back(clause);
      for (CodedEvent& e : found)
        (is_weak ? weak : *out).push_back(std::move(e));
    }
    if (out->empty())
      for (CodedEvent& e : weak) out->push_back(std::move(e));
    if (TooComplex(*out)) {
      notes_->complex = true;
      out->clear();
    }
    context_->antecedents = antecedents_;
  }

 private:
  // TABARI's COMPLEX limits (CoderOptions): more verbs, conjunctions or
  // actor phrases than allowed, or (NOACTPRIOR) no actor phrase before the
  // first verb that codes.
  bool TooComplex(const std::vector<CodedEvent>& events) const {
    const CoderOptions& o = options_;
    if (o.complex_verbs > 0 || o.complex_conjunctions > 0) {
      int verbs = 0, conjunctions = 0;
      PhraseMatch ignored;
      for (size_t v = 0; v < n_; ++v) {
        conjunctions += s_.words[v].upos == "CCONJ";
        verbs += mention_of_[v] < 0 && s_.words[v].upos == "VERB" &&
                 FindVerb(static_cast<int>(v), true, &ignored);
      }
      if ((o.complex_verbs > 0 && verbs > o.complex_verbs) ||
          (o.complex_conjunctions > 0 && conjunctions > o.complex_conjunctions))
        return true;
    }
    if (o.complex_actors > 0 &&
        static_cast<int>(mentions_.size()) > o.complex_actors)
      return true;
    if (o.complex_no_actor_prior && first_coding_verb_ >= 0) {
      const uint32_t verb = static_cast<uint32_t>(first_coding_verb_);
      if (mentions_.empty() || mentions_.front().first >= verb) return true;
    }
    return false;
  }

  // Callers test trace_ first, so that no text is built when nobody reads it.
  void Trace(std::string line) { trace_->push_back(std::move(line)); }
  std::string Where(SourceLine w) const {
    return Cat(lex_.files[w.file], ":", w.line);
  }
  const std::string& Rel(int i) const { return s_.words[i].deprel; }
  std::string_view Lemma(int i) const { return s_.words[i].lemma; }

  // Step 1: actor and agent phrases, longest first, left to right.
  void FindMentions() {
    for (size_t i = 0; i < n_;) {
      size_t step = 1;
      for (const PhraseMatch& m : index_.MatchAt(upper_, i, &lemmas_)) {
        if (m.kind == PhraseMatch::kVerb) continue;
        Mention mention{static_cast<uint32_t>(i),
                        static_cast<uint32_t>(i + m.length - 1), m};
        for (size_t k = i; k < i + m.length; ++k)
          mention_of_[k] = static_cast<int>(mentions_.size());
        mentions_.push_back(mention);
        if (trace_ != nullptr)
          Trace(Cat("phrase '", Words(mention.first, mention.last),
                    "': ", Describe(m)));
        if (m.kind == PhraseMatch::kActor) {
          const std::string_view code = lex_.actors[m.entry].CodeOn(date_);
          if (code == "###") notes_->discarded = true;
          if (code == "+++") notes_->complex = true;
        }
        step = m.length;
        break;
      }
      i += step;
    }
  }

  std::string Words(uint32_t first, uint32_t last) const {
    return std::string(text_.substr(
        s_.words[first].begin, s_.words[last].end - s_.words[first].begin));
  }

  std::string Describe(const PhraseMatch& m) const {
    if (m.kind == PhraseMatch::kActor) {
      const Actor& a = lex_.actors[m.entry];
      const std::string_view code = a.CodeOn(date_);
      return Cat("actor ", a.phrase.Text(), " (", Where(a.where), ") -> ",
                 code.empty() ? "no code on this date" : code);
    }
    const Agent& g = lex_.agents[m.entry];
    return Cat("agent ", g.phrase.Text(), " (", Where(g.where), ") -> ",
               g.prefix ? Cat(g.code, "~") : Cat("~", g.code));
  }

  // The words of a noun phrase's core, in order.
  void Core(int h, std::vector<int>* out) const {
    out->push_back(h);
    for (int c : children_[h])
      if (IsCoreRelation(Rel(c))) Core(c, out);
  }

  // The words of the phrase headed by `h`, in order: its core, and a name
  // the parser split off ("Fornost President Umbardacil" with "Fornost" a
  // sibling of the phrase, right before it).
  std::vector<int> PhraseWords(int h) const {
    std::vector<int> core;
    Core(h, &core);
    std::sort(core.begin(), core.end());
    for (int guard = 0; guard < 4 && core.front() > 0; ++guard) {
      const int w = core.front() - 1;
      if (mention_of_[w] < 0 || s_.words[w].head != s_.words[h].head ||
          s_.words[w].upos != "PROPN")
        break;
      const Mention& m = mentions_[mention_of_[w]];
      for (int k = static_cast<int>(m.last); k >= static_cast<int>(m.first);
           --k)
        core.insert(core.begin(), k);
    }
    return core;
  }

  // The actor and agent mentions of a phrase, those at its head first.
  void PhraseMentions(int h, const std::vector<int>& words,
                      const Mention** actor, const Mention** agent) const {
    *actor = *agent = nullptr;
    for (int w : words) {
      if (mention_of_[w] < 0) continue;
      const Mention& m = mentions_[mention_of_[w]];
      const bool at_head = m.first <= static_cast<uint32_t>(h) &&
                           static_cast<uint32_t>(h) <= m.last;
      const Mention** slot =
          m.match.kind == PhraseMatch::kActor ? actor : agent;
      if (*slot == nullptr || at_head) *slot = &m;
    }
  }

  // "officials of Iran", "Iran's officials", "ties with Gondor": the actor
  // of the first possessive or nmod phrase that has one. Without an agent
  // the span becomes that phrase's; with one, the whole.
  std::string OwnerCode(int h, bool has_agent, int depth, CodedActor* a,
                        int* from) const {
    for (int c : children_[h]) {
      if (!HasPrefix(Rel(c), "nmod")) continue;
      int owner_from = c;
      CodedActor owner = Resolve(c, depth + 1, &owner_from);
      if (owner.code.empty()) continue;
      if (from != nullptr && !has_agent) *from = owner_from;
      a->why = owner.why;
      a->begin = has_agent ? std::min(a->begin, owner.begin) : owner.begin;
      a->end = has_agent ? std::max(a->end, owner.end) : owner.end;
      return owner.code;
    }
    return {};
  }

  // An actor's code composed with an agent's ("IRN" + "~GOV": IRNGOV;
  // "IGO~" goes before); with no actor, the agent alone as TABARI writes it
  // ("~MIL").
  static std::string Compose(const std::string& base, const Agent& g) {
    if (base.empty()) return g.prefix ? g.code + "~" : "~" + g.code;
    if (std::string_view(base).ends_with(g.code)) return base;
    return g.prefix ? g.code + base : base + g.code;
  }

  // No code, or an agent alone ("Brig. Gen. ... Zahedi": ~MIL): the
  // apposition may say more ("Zahedi, a top Iranian Quds Force general":
  // IRN, so IRNMIL). Parsers often hang it on the phrase's governor.
  // True if the apposition gave the code.
  bool FromApposition(int h, int depth, CodedActor* a) const {
    std::vector<int> appositions;
    for (int c : children_[h])
      if (Rel(c) == "appos") appositions.push_back(c);
    const int gov = s_.words[h].head - 1;
    if (appositions.empty() && gov >= 0 && HasPrefix(Rel(h), "nmod"))
      for (int c : children_[gov])
        if (Rel(c) == "appos" && c > h) appositions.push_back(c);
    for (int c : appositions) {
      CodedActor appos = Resolve(c, depth + 1);
      if (appos.code.empty() || appos.code[0] == '~') continue;
      const bool agent_alone = !a->code.empty() && a->code[0] == '~';
      if (agent_alone &&
          !std::string_view(appos.code).ends_with(a->code.substr(1)))
        a->code = appos.code + a->code.substr(1);
      else
        a->code = appos.code;
      if (trace_ != nullptr)
        a->why = Cat(appos.why, " (apposition '", appos.text, "')");
      return true;
    }
    return false;
  }

  // Step 2: the actor a noun phrase headed by `h` names. `from`, if given,
  // receives the word whose phrase gave the code (h, or the "of" phrase it
  // came from).
  CodedActor Resolve(int h, int depth = 0, int* from = nullptr) const {
    CodedActor a;
    if (from != nullptr) *from = h;
    if (depth > 4) return a;
    const std::vector<int> words = PhraseWords(h);
    const Mention *actor, *agent;
    PhraseMentions(h, words, &actor, &agent);
    a.begin = s_.words[words.front()].begin;
    a.end = s_.words[words.back()].end;
    std::string base;
    if (actor != nullptr) {
      const std::string_view code =
          lex_.actors[actor->match.entry].CodeOn(date_);
      if (code != "---") base = std::string(code);
      if (trace_ != nullptr) a.why = Describe(actor->match);
    }
    if (base.empty()) base = OwnerCode(h, agent != nullptr, depth, &a, from);
    if (agent != nullptr) {
      base = Compose(base, lex_.agents[agent->match.entry]);
      if (trace_ != nullptr)
        a.why += Cat(a.why.empty() ? "" : " + ", Describe(agent->match));
    }
    a.code = base;
    a.text = std::string(text_.substr(a.begin, a.end - a.begin));
    if (a.code.empty() || a.code[0] == '~' || a.code.back() == '~') {
      const bool by_apposition = FromApposition(h, depth, &a);
      RememberOrRecallName(h, by_apposition, &a);
    }
    return a;
  }

  // A name (a proper noun heading its phrase) coded through an apposition is
  // remembered for the document; a name with no code is looked up there.
  void RememberOrRecallName(int h, bool by_apposition, CodedActor* a) const {
    if (s_.words[h].upos != "PROPN") return;
    const std::string name = upper_[h];
    auto& names = context_->names;
    auto it = std::find_if(names.begin(), names.end(),
                           [&](const auto& n) { return n.first == name; });
    if (!a->code.empty() && a->code[0] != '~') {
      if (it == names.end() && by_apposition) names.emplace_back(name, *a);
      return;
    }
    if (it == names.end()) return;
    a->code = it->second.code;
    if (trace_ != nullptr)
      a->why = Cat(it->second.why, " (the same name earlier: '",
                   it->second.text, "')");
  }

  // The actors of a noun phrase and its conjuncts ("Israel, the US and
  // France").
  void Actors(int h, std::vector<CodedActor>* out, int depth = 0) const {
    if (depth > 50) return;
    if (IsPersonalPronoun(h) &&
        mention_of_[h] < 0) {  // "it", "they": the last subject before it
      for (const CodedActor& a : antecedents_) {
        CodedActor r = a;
        r.text = std::string(s_.words[h].text);
        r.begin = s_.words[h].begin;
        r.end = s_.words[h].end;
        if (trace_ != nullptr)
          r.why = Cat(a.why, " (pronoun '", s_.words[h].text, "' for '", a.text,
                      "')");
        Add(std::move(r), out);
      }
      return;
    }
    int from = h;
    Add(Resolve(h, 0, &from), out);
    for (int c : children_[h])
      if (Rel(c) == "conj") Actors(c, out, depth + 1);
    if (from != h)  // "ties between Gondor and Osgiliath": the conjuncts of the
                    // "of" phrase
      for (int c : children_[from])
        if (Rel(c) == "conj") Actors(c, out, depth + 1);
    // Conjuncts inside the phrase: "Eriadori and Calenardhon leaders".
    std::vector<int> core;
    Core(h, &core);
    for (int w : core)
      if (w != h)
        for (int c : children_[w])
          if (Rel(c) == "conj") Add(Resolve(c, 1), out);
  }

  // Adds an actor; "FRO/BIL/SAM" (a dictionary's list of actors) becomes
  // three; one already there is not added again.
  static void Add(CodedActor a, std::vector<CodedActor>* out) {
    if (a.code.empty() || a.code == "+++" || a.code == "###")
      return;  // markers, not actors
    for (std::string_view part : Split(a.code, '/', true)) {
      CodedActor one = a;
      one.code.assign(part);
      bool seen = false;
      for (const CodedActor& o : *out)
        seen = seen || (o.code == one.code && o.begin == one.begin);
      if (!seen) out->push_back(std::move(one));
    }
  }

  // The actors of mention `m` and of the mentions joined to it by "and",
  // "or" or commas ("Gondor, Rohan and Osgiliath"), as TABARI reads compounds.
  void ActorsFrom(int m, std::vector<CodedActor>* out) const {
    // Back to the first mention of the chain ("Gondor and Osgiliath" from
    // Osgiliath).
    for (int guard = 0; guard < 50; ++guard) {
      int j = static_cast<int>(mentions_[m].first) - 1;
      bool joined = false;
      while (j >= 0 && (upper_[j] == "," || upper_[j] == "AND" ||
                        upper_[j] == "OR" || upper_[j] == "THE")) {
        joined = joined || upper_[j] != "THE";
        --j;
      }
      if (!joined || j < 0 || mention_of_[j] < 0 ||
          mentions_[mention_of_[j]].last != static_cast<uint32_t>(j))
        break;
      m = mention_of_[j];
    }
    for (int guard = 0; m >= 0 && guard < 50; ++guard) {
      Actors(HeadOfMention(mentions_[m]), out);
      size_t j = mentions_[m].last + 1;
      bool joined = false;
      while (j < n_ && (upper_[j] == "," || upper_[j] == "AND" ||
                        upper_[j] == "OR" || upper_[j] == "THE")) {
        joined = joined || upper_[j] != "THE";
        ++j;
      }
      if (!joined || j >= n_ || mention_of_[j] < 0 ||
          mentions_[mention_of_[j]].first != j)
        break;
      m = mention_of_[j];
    }
  }

  // The head word of the noun phrase a mention belongs to.
  int HeadOfMention(const Mention& m) const {
    int w = static_cast<int>(m.last);
    for (int guard = 0; guard < 8; ++guard) {
      const int head = s_.words[w].head - 1;
      if (head < 0 || !IsCoreRelation(Rel(w))) break;
      w = head;
    }
    return w;
  }

  // The clause a word belongs to: the nearest ancestor (or itself) that is
  // the root or a verb coordinated with another ("... and then it requested").
  int ClauseOf(int w) const {
    for (int guard = 0; guard < 64; ++guard) {
      const int head = s_.words[w].head - 1;
      if (head < 0) return w;
      if (Rel(w) == "conj" && s_.words[w].upos == "VERB" &&
          s_.words[head].upos == "VERB")
        return w;
      w = head;
    }
    return w;
  }

  bool IsPersonalPronoun(int w) const {
    if (s_.words[w].upos != "PRON") return false;
    const std::string l = AsciiLower(s_.words[w].lemma);
    return l == "it" || l == "they" || l == "he" || l == "she";
  }

  bool IsNoun(int w) const {
    return s_.words[w].upos == "NOUN" || s_.words[w].upos == "PROPN";
  }

  // The preposition of a nominal dependent ("on" in "assault on Israel"), lower
  // case.
  std::string CaseOf(int w) const {
    for (int k : children_[w])
      if (Rel(k) == "case") return AsciiLower(s_.words[k].text);
    return {};
  }

  // A nominal event: "Israel's assassination of Zahedi", "Iran's missile
  // assault on Israel", "a strike on ... an Iranian base", "talks with
  // Iranian officials" held by the subject of "held".
  void NominalRoles(int n, std::vector<CodedActor>* sources,
                    std::vector<CodedActor>* targets) const {
    for (int c : children_[n]) {
      const std::string& rel = Rel(c);
      if (rel == "nmod:poss" || (rel == "compound" && mention_of_[c] >= 0) ||
          (rel == "amod" && mention_of_[c] >= 0))
        Actors(c, sources);
      else if (HasPrefix(rel, "nmod") || HasPrefix(rel, "acl")) {
        const std::string prep = CaseOf(c);
        if (prep == "on" || prep == "against" || prep == "of" ||
            prep == "with" || prep == "toward" || prep == "towards" ||
            prep == "at" || prep == "to" || prep == "into")
          if (targets->empty()) Actors(c, targets);
      }
    }
    if (sources->empty()) {  // "Israel carried out a strike", "officials held
                             // talks"
      const int head = s_.words[n].head - 1;
      if (head >= 0 && (Rel(n) == "obj" || HasPrefix(Rel(n), "nsubj:pass")) &&
          s_.words[head].upos == "VERB") {
        bool passive = false;
        if (int subject = Subject(head, &passive); subject >= 0 && !passive)
          Actors(subject, sources);
      }
    }
    if (targets->empty()) {  // "talks ... with Iranian officials": the oblique
                             // of the governing verb
      const int head = s_.words[n].head - 1;
      if (head >= 0 && Rel(n) == "obj")
        for (int c : children_[head])
          if (HasPrefix(Rel(c), "obl") && !IsByPhrase(c)) {
            Actors(c, targets);
            if (!targets->empty()) break;
          }
    }
  }

  // Step 3: the subject of `v`, through xcomp and conj chains.
  int Subject(int v, bool* passive) const {
    for (int guard = 0; v >= 0 && guard < 6; ++guard) {
      int pass = -1;
      for (int c : children_[v]) {
        if (Rel(c) == "nsubj" || Rel(c) == "nsubj:outer")
          return c;  // before a passive subject
        if (Rel(c) == "nsubj:pass" && pass < 0) pass = c;
      }
      if (pass >= 0) {
        *passive = true;
        return pass;
      }
      if (!HasPrefix(Rel(v), "xcomp") && !HasPrefix(Rel(v), "conj") &&
          !HasPrefix(Rel(v), "advcl"))
        break;
      v = s_.words[v].head - 1;
    }
    return -1;
  }

  bool IsByPhrase(int c) const {
    if (Rel(c) == "obl:agent") return true;
    for (int k : children_[c])
      if (Rel(k) == "case" && AsciiLower(s_.words[k].text) == "by") return true;
    return false;
  }

  // Pattern matching in the order of the sentence.
  struct PatternFit {
    bool ok = false;
    int words = 0;  // score: 2 per pattern word found, 1 per synonym set
    int source = -1, target = -1;  // mentions the '$' and '+' took
    int compound = -1;  // the mention '%' took: its actors act on each other
    int consumed_from =
        0;  // the first word the part before '*' took (the verb if none)
  };

  // Whether every word a pattern requires occurs somewhere in the sentence
  // (a quick test before Fit): as a word, a lemma, or the start of a word.
  bool MayFit(const std::vector<std::string>& words) const {
    if (words.empty()) return true;
    if (keys_.empty())
      for (size_t j = 0; j < n_; ++j) {
        const std::string& u = upper_[j];
        keys_.insert(lemmas_[j]);
        for (size_t len = std::min<size_t>(4, u.size()); len <= u.size(); ++len)
          keys_.insert(u.substr(0, len));
        keys_.insert(u);
      }
    for (const std::string& w : words)
      if (!keys_.contains(w)) return false;
    return true;
  }

  // Where pattern word `word` occurs: the word itself, its lemma, or (four
  // letters or more) a word it begins, as TABARI's stems do. Computed once
  // per sentence and word; patterns share most of their words.
  const std::vector<uint32_t>& Positions(const std::string& word) const {
    auto [it, fresh] = positions_.try_emplace(word);
    if (fresh) {
      // "REAL~": TABARI's partial word, any word it begins ("really").
      const bool partial = word.size() > 1 && word.back() == '~';
      const std::string_view stem =
          partial ? std::string_view(word).substr(0, word.size() - 1) : word;
      for (size_t j = 0; j < n_; ++j) {
        const std::string& u = upper_[j];
        if (u == word || lemmas_[j] == word ||
            ((partial || word.size() >= 4) && u.starts_with(stem)))
          it->second.push_back(static_cast<uint32_t>(j));
      }
    }
    return it->second;
  }

  bool WordAt(const std::string& word, size_t j) const {
    const std::vector<uint32_t>& p = Positions(word);
    return std::binary_search(p.begin(), p.end(), static_cast<uint32_t>(j));
  }

  // The first occurrence of `word` at or after `from` and before the
  // pattern limit, or n_.
  size_t NextWord(const std::string& word, size_t from) const {
    const std::vector<uint32_t>& p = Positions(word);
    auto it = std::lower_bound(p.begin(), p.end(), static_cast<uint32_t>(from));
    return it == p.end() || *it >= limit_ ? n_ : *it;
  }

  // The last occurrence of `word` at or before `upto`, or -1.
  int PreviousWord(const std::string& word, int upto) const {
    if (upto < 0) return -1;
    const std::vector<uint32_t>& p = Positions(word);
    auto it = std::upper_bound(p.begin(), p.end(), static_cast<uint32_t>(upto));
    return it == p.begin() ? -1 : static_cast<int>(*(it - 1));
  }

  // Whether a comma, semicolon or colon lies between words a and b.
  bool BarrierBetween(size_t a, size_t b) const {
    for (size_t j = a + 1; j < b && j < n_; ++j)
      if (upper_[j] == "," || upper_[j] == ";" || upper_[j] == ":") return true;
    return false;
  }

  // The index of the next mention starting at or after word `from` (and
  // before the pattern limit).
  int NextMention(size_t from) const {
    for (size_t j = from; j < limit_; ++j)
      if (mention_of_[j] >= 0 && mentions_[mention_of_[j]].first == j)
        return mention_of_[j];
    return -1;
  }

  int PreviousMention(int from) const {
    for (int j = from; j >= 0; --j)
      if (mention_of_[j] >= 0 &&
          mentions_[mention_of_[j]].last == static_cast<uint32_t>(j))
        return mention_of_[j];
    return -1;
  }

  // Finds pattern word `tok` at or after `*pos` (right there if it is
  // joined to the element before); moves *pos past it.
  // Words of a member of synonym set `name` at word `j`: how many, or 0.
  // Members may name other sets ("&TIETYPES_MEMOS").
  size_t MatchSetAt(std::string_view name, size_t j, int depth) const {
    if (depth > 4) return 0;
    for (const SynonymSet& set : lex_.synonym_sets) {
      if (set.name != name) continue;
      for (const Phrase& m : set.members) {
        size_t at = j;
        bool ok = true;
        for (size_t i = 0; i < m.words.size() && ok; ++i) {
          if (at >= n_) {
            ok = false;
          } else if (m.words[i].starts_with('&')) {
            const size_t len = MatchSetAt(m.words[i], at, depth + 1);
            ok = len > 0;
            at += len;
          } else {
            ok = WordAt(m.words[i], at) ||
                 (m.IsStem(i) && upper_[at].starts_with(m.words[i])) ||
                 (i + 1 == m.words.size() && (upper_[at] == m.words[i] + "S" ||
                                              lemmas_[at] == m.words[i]));
            ++at;
          }
        }
        if (ok && at > j) return at - j;
      }
    }
    return 0;
  }

  bool FindForward(const PatternToken& tok, size_t* pos) const {
    if (tok.kind == PatternToken::kSynset) {
      for (size_t j = *pos; j < limit_; ++j)
        if (size_t len = MatchSetAt(tok.text, j, 0); len > 0) {
          *pos = j + len;
          return true;
        }
      return false;
    }
    const size_t j = NextWord(tok.text, *pos);
    if (j == n_ || (tok.joined && j != *pos)) return false;
    *pos = j + 1;
    return true;
  }

  // "{ A B | C }" (TABARI): the first alternative whose words are all found.
  bool FindAlternative(const std::vector<PatternToken>& t, size_t open,
                       size_t close, size_t* pos, int* words) const {
    size_t start = open + 1;
    for (size_t k = open + 1; k <= close; ++k) {
      if (k < close && t[k].kind != PatternToken::kOr) continue;
      size_t at = *pos;
      int found = 0;
      bool ok = start < k;
      for (size_t a = start; a < k && ok; ++a)
        if (t[a].kind == PatternToken::kWord ||
            t[a].kind == PatternToken::kSynset) {
          ok = FindForward(t[a], &at);
          found += t[a].kind == PatternToken::kWord ? 2 : 1;
        }
      if (ok) {
        *pos = at;
        *words += found;
        return true;
      }
      start = k + 1;
    }
    return false;
  }

  // The same, with the alternative's first word at `start` and its words
  // one after the other.
  bool FindAlternativeAt(const std::vector<PatternToken>& t, size_t open,
                         size_t close, int start, size_t* pos,
                         int* words) const {
    size_t first = open + 1;
    for (size_t k = open + 1; k <= close; ++k) {
      if (k < close && t[k].kind != PatternToken::kOr) continue;
      size_t at = static_cast<size_t>(start);
      int found = 0;
      bool ok = first < k;
      for (size_t a = first; a < k && ok; ++a)
        if (t[a].kind == PatternToken::kWord) {
          ok = at < n_ && WordAt(t[a].text, at);
          ++at;
          found += 2;
        } else if (t[a].kind != PatternToken::kOpen &&
                   t[a].kind != PatternToken::kClose) {
          ok = false;
        }
      if (ok) {
        *pos = at;
        *words += found;
        return true;
      }
      first = k + 1;
    }
    return false;
  }

  static bool IsSlot(PatternToken::Kind k) {
    return k == PatternToken::kTarget || k == PatternToken::kSource ||
           k == PatternToken::kCompound || k == PatternToken::kSkip;
  }

  // Records the mention a '$', '+' or '%' took.
  static void TakeSlot(PatternToken::Kind k, int m, PatternFit* fit) {
    if (k == PatternToken::kTarget) fit->target = m;
    if (k == PatternToken::kSource) fit->source = m;
    if (k == PatternToken::kCompound) fit->compound = m;
  }

  // The end of the group opened at t[open] and whether it holds '|'
  // alternatives at its own level.
  static size_t GroupEnd(const std::vector<PatternToken>& t, size_t open,
                         bool* alternatives) {
    size_t depth = 0;
    *alternatives = false;
    for (size_t close = open; close < t.size(); ++close) {
      if (t[close].kind == PatternToken::kOpen) ++depth;
      if (t[close].kind == PatternToken::kClose && --depth == 0) return close;
      if (t[close].kind == PatternToken::kOr && depth == 1)
        *alternatives = true;
    }
    return t.size();
  }

  // The elements after '*', in sentence order from `pos`. Plain groups are
  // read element by element; a group with '|' needs one alternative.
  bool FitAfter(const std::vector<PatternToken>& t, size_t star, size_t pos,
                PatternFit* fit) const {
    for (size_t k = star + 1; k < t.size(); ++k) {
      const PatternToken& tok = t[k];
      if (tok.kind == PatternToken::kOpen) {
        bool alternatives = false;
        const size_t close = GroupEnd(t, k, &alternatives);
        if (!alternatives) continue;
        if (close == t.size() ||
            !FindAlternative(t, k, close, &pos, &fit->words))
          return false;
        k = close;
      } else if (tok.kind == PatternToken::kWord ||
                 tok.kind == PatternToken::kSynset) {
        if (!FindForward(tok, &pos)) return false;
        // A word is more specific than a synonym set.
        fit->words += tok.kind == PatternToken::kWord ? 2 : 1;
      } else if (IsSlot(tok.kind)) {
        const int m = NextMention(pos);
        if (m < 0) return false;
        TakeSlot(tok.kind, m, fit);
        pos = mentions_[m].last + 1;
      }
    }
    return true;
  }

  // "{ NOT | REFUSED_TO }" before the verb (its group closes at t[close]):
  // an alternative that ends right at `*back`.
  bool FitAlternativeBefore(const std::vector<PatternToken>& t, size_t close,
                            int* back, size_t* open, PatternFit* fit) const {
    size_t depth = 0;
    for (*open = close; *open < t.size(); --*open) {
      if (t[*open].kind == PatternToken::kClose) ++depth;
      if (t[*open].kind == PatternToken::kOpen && --depth == 0) break;
    }
    if (*open >= t.size()) return false;
    // The nearest alternative ending at `back` or before (right at it if
    // the group is joined to what follows it).
    const bool adjacent = close + 1 < t.size() && t[close + 1].joined;
    for (int start = *back; start >= 0; --start) {
      size_t pos = static_cast<size_t>(start);
      int words = 0;
      if (FindAlternativeAt(t, *open, close, start, &pos, &words) &&
          (adjacent ? pos == static_cast<size_t>(*back) + 1
                    : pos <= static_cast<size_t>(*back) + 1)) {
        fit->words += words;
        *back = start - 1;
        return true;
      }
    }
    return false;
  }

  // The elements before '*', right to left from the word before the verb.
  bool FitBefore(const std::vector<PatternToken>& t, size_t star, int* back,
                 PatternFit* fit) const {
    for (size_t k = star; k-- > 0;) {
      const PatternToken& tok = t[k];
      if (tok.kind == PatternToken::kClose) {
        size_t open = 0;
        if (!FitAlternativeBefore(t, k, back, &open, fit)) return false;
        k = open;
      } else if (tok.kind == PatternToken::kWord) {
        // "SHOW_NO_*": a word joined to what follows it must be right
        // before it.
        const int j = PreviousWord(tok.text, *back);
        if (j < 0 || (t[k + 1].joined && j != *back)) return false;
        fit->words += 2;
        *back = j - 1;
      } else if (IsSlot(tok.kind)) {
        const int m = PreviousMention(*back);
        if (m < 0) return false;
        TakeSlot(tok.kind, m, fit);
        *back = static_cast<int>(mentions_[m].first) - 1;
      } else if (tok.kind == PatternToken::kSynset) {
        int j = *back;  // the nearest member ending at `back` or before
        while (j >= 0 && !SetEndsBy(tok.text, j, *back)) --j;
        if (j < 0) return false;
        fit->words += 1;
        *back = j - 1;
      } else if (tok.kind == PatternToken::kOr) {
        return false;
      }
    }
    return true;
  }

  bool SetEndsBy(const std::string& set, int j, int last) const {
    const size_t len = MatchSetAt(set, j, 0);
    return len > 0 && j + static_cast<int>(len) - 1 <= last;
  }

  // Whether pattern `p` fits around the verb at v (its words end before
  // verb_end), and what it found.
  PatternFit Fit(const VerbPattern& p, int v, size_t verb_end) const {
    PatternFit fit;
    const std::vector<PatternToken>& t = p.tokens;
    size_t star = t.size();
    for (size_t k = 0; k < t.size(); ++k)
      if (t[k].kind == PatternToken::kVerb) star = k;
    int back = v - 1;
    if (star == t.size() || !FitAfter(t, star, verb_end, &fit) ||
        !FitBefore(t, star, &back, &fit))
      return fit;
    fit.ok = true;
    fit.consumed_from = back + 1;
    return fit;
  }

  // A code without its precedence mark ("100!" -> "100").
  static std::string Plain(std::string_view c) {
    while (!c.empty() && (c.back() == '!' || c.back() == '?'))
      c.remove_suffix(1);
    return std::string(StripSpace(c));
  }

  // An event code ("042"; TABARI takes any letters and digits: "075A"), not
  // "---" (none), "###" (discard) or "+++" (complex).
  static bool IsEventCode(std::string_view c) {
    return !c.empty() && std::all_of(c.begin(), c.end(),
                                     [](char ch) { return IsAsciiAlnum(ch); });
  }

  // Steps 3 and 4 for one verb.
  // The verb entry the word at `v` spells (a verb written as in the text,
  // "LEFT_", before one found by its lemma, LEAVE), or false.
  bool FindVerb(int v, bool by_lemma, PhraseMatch* verb) const {
    for (int pass = 0; pass < (by_lemma ? 2 : 1); ++pass)
      for (const PhraseMatch& m :
           index_.MatchAt(upper_, v, pass == 1 ? &lemmas_ : nullptr))
        if (m.kind == PhraseMatch::kVerb) {
          *verb = m;
          return true;
        }
    return false;
  }

  // Source and target from the parse: a noun's own dependents, else the
  // subject (a passive's is the target, its "by" phrase the source), the
  // object, else an oblique.
  void ParseRoles(int v, std::vector<CodedActor>* sources,
                  std::vector<CodedActor>* targets) {
    bool passive = false;
    if (IsNoun(v)) NominalRoles(v, sources, targets);
    const int subject =
        sources->empty() && targets->empty() ? Subject(v, &passive) : -1;
    if (subject >= 0) Actors(subject, passive ? targets : sources);
    if (subject >= 0 && !passive && !sources->empty() &&
        !IsPersonalPronoun(subject))
      antecedents_ = *sources;
    for (int c : children_[v]) {
      if (passive && IsByPhrase(c))
        Actors(c, sources);
      else if (targets->empty() && (Rel(c) == "obj" || Rel(c) == "iobj"))
        Actors(c, targets);
    }
    // A passive without "by": the actor of an event noun it happened in
    // ("Zahedi had been killed in an Israeli airstrike").
    PhraseMatch event_noun;
    if (passive && sources->empty())
      for (int c : children_[v])
        if (HasPrefix(Rel(c), "obl") && IsNoun(c) &&
            FindVerb(c, false, &event_noun)) {
          Actors(c, sources);
          if (!sources->empty()) break;
        }
    if (!targets->empty()) return;
    for (int c : children_[v])
      if (HasPrefix(Rel(c), "obl") && !IsByPhrase(c)) {
        Actors(c, targets);
        if (!targets->empty()) return;
      }
  }

  // The block's pattern with the highest score; ties go to the first. A
  // noun's patterns stop at the next verb ("Iran's attack was defeated ...
  // by Israel" is not "attack by Israel").
  const VerbPattern* BestPattern(const PhraseMatch& verb, int v,
                                 PatternFit* best_fit) const {
    limit_ = IsNoun(v) ? NextVerbAfter(v) : n_;
    struct Reset {
      size_t& limit;
      size_t n;
      ~Reset() { limit = n; }
    } reset{limit_, n_};
    const VerbBlock& block = lex_.verb_blocks[verb.entry];
    const std::vector<std::vector<std::string>>& required =
        required_[verb.entry];
    const VerbPattern* best = nullptr;
    for (size_t k = 0; k < block.patterns.size(); ++k) {
      if (!MayFit(required[k])) continue;
      PatternFit fit = Fit(block.patterns[k], v, v + verb.length);
      if (fit.ok && (best == nullptr || fit.words > best_fit->words)) {
        best = &block.patterns[k];
        *best_fit = fit;
      }
    }
    return best;
  }

  // The pattern's '$' and '+' fill the roles; for a noun, whose roles come
  // from its own dependents, only the ones the parse left empty. '%': the
  // actors of a compound act on each other ("Gondor and Osgiliath renewed
  // ties").
  void PatternRoles(const PatternFit& fit, bool noun,
                    std::vector<CodedActor>* sources,
                    std::vector<CodedActor>* targets) const {
    if (fit.source >= 0 && (!noun || sources->empty())) {
      sources->clear();
      ActorsFrom(fit.source, sources);
    }
    if (fit.target >= 0 && (!noun || targets->empty())) {
      targets->clear();
      ActorsFrom(fit.target, targets);
    }
    if (fit.compound >= 0) {
      sources->clear();
      ActorsFrom(fit.compound, sources);
      *targets = *sources;
    }
  }

  // As TABARI does when the parse gives none: the source is the nearest
  // actor phrase before the verb (not the pattern's target), the target the
  // first one after it within the clause; then the DEFAULT option's codes.
  void FallbackRoles(int v, size_t verb_end, int pattern_target,
                     std::vector<CodedActor>* sources,
                     std::vector<CodedActor>* targets) const {
    for (int m = PreviousMention(v - 1); sources->empty() && m >= 0;
         m = PreviousMention(static_cast<int>(mentions_[m].first) - 1))
      if (m != pattern_target) ActorsFrom(m, sources);
    for (int m = NextMention(verb_end);
         targets->empty() && m >= 0 && !BarrierBetween(v, mentions_[m].first);
         m = NextMention(mentions_[m].last + 1))
      ActorsFrom(m, targets);
    if (sources->empty() && !options_.default_source.empty())
      sources->push_back({options_.default_source, "", s_.words[v].begin,
                          s_.words[v].begin, "default source"});
    if (targets->empty() && !options_.default_target.empty())
      targets->push_back({options_.default_target, "", s_.words[v].end,
                          s_.words[v].end, "default target"});
  }

  // Steps 3 and 4 for the word at `v`; `weak`: its code is marked '?'.
  void CodeVerb(int v, bool by_lemma, std::vector<CodedEvent>* out,
                bool* weak) {
    PhraseMatch verb;
    if (!FindVerb(v, by_lemma, &verb)) return;
    const VerbBlock& block = lex_.verb_blocks[verb.entry];
    const Verb& entry = block.verbs[verb.verb];
    if (trace_ != nullptr)
      Trace(Cat("verb '", s_.words[v].text, "': ", entry.phrase.Text(), " (",
                Where(entry.where), "), block ", block.name, " with ",
                block.patterns.size(), " patterns"));
    std::vector<CodedActor> sources, targets;
    ParseRoles(v, &sources, &targets);
    PatternFit fit;
    const VerbPattern* best = BestPattern(verb, v, &fit);
    EventTemplate t;
    t.code = entry.code.empty() ? block.code : entry.code;
    t.matched = Where(entry.where);
    if (best != nullptr) {
      if (trace_ != nullptr)
        Trace(Cat("  pattern '", best->text, "' [", best->code, "] (",
                  Where(best->where), "): score ", fit.words));
      t.code = best->code;
      t.matched = Where(best->where);
      t.pattern = best->text;
      PatternRoles(fit, IsNoun(v), &sources, &targets);
    }
    FallbackRoles(v, v + verb.length, best != nullptr ? fit.target : -1,
                  &sources, &targets);
    *weak = t.code.find('?') != std::string::npos;
    if (first_coding_verb_ < 0 && IsEventCode(Plain(Split(t.code, ':')[0])))
      first_coding_verb_ = v;
    if (t.code == "###") notes_->discarded = true;
    if (t.code == "+++") notes_->complex = true;
    Modality(v, best != nullptr ? fit.consumed_from : v, &t.negated,
             &t.hypothetical);
    t.cited = CitedSource(v);
    Emit(v, t, sources, targets, out);
  }

  // What the events of one verb share.
  struct EventTemplate {
    std::string code;     // as written: "032:033", "100!"
    std::string pattern;  // the pattern's text, if one gave the code
    std::string matched;  // file:line
    bool negated = false, hypothetical = false;
    CodedActor cited;
  };

  // One event per source and target ("032:033": 032 from source to target
  // and 033 back, TABARI and PETRARCH), once per (source, target, code).
  void Emit(int v, const EventTemplate& t,
            const std::vector<CodedActor>& sources,
            const std::vector<CodedActor>& targets,
            std::vector<CodedEvent>* out) {
    const std::vector<std::string_view> sides = Split(t.code, ':');
    const std::string forward = Plain(sides[0]);
    const std::string reverse = sides.size() > 1 ? Plain(sides[1]) : "";
    if (trace_ != nullptr && forward.empty() && reverse.empty())
      Trace("  no event code");
    if (trace_ != nullptr && (sources.empty() || targets.empty()))
      Trace(Cat("  no event: ",
                sources.empty() ? "no source actor" : "no target actor"));
    for (const CodedActor& src : sources)
      for (const CodedActor& tgt : targets) {
        if (src.code == tgt.code) continue;
        for (int dir = 0; dir < 2; ++dir) {
          const std::string& c = dir == 0 ? forward : reverse;
          if (!IsEventCode(c)) continue;
          CodedEvent e;
          e.source = dir == 0 ? src : tgt;
          e.target = dir == 0 ? tgt : src;
          e.code = c;
          e.verb = static_cast<uint32_t>(v);
          e.begin = std::min({s_.words[v].begin, src.begin, tgt.begin});
          e.end = std::max({s_.words[v].end, src.end, tgt.end});
          e.pattern = t.pattern;
          e.matched = t.matched;
          e.negated = t.negated;
          e.hypothetical = t.hypothetical;
          e.cited = t.cited;
          if (AlreadyCoded(e, *out)) continue;
          if (trace_ != nullptr)
            Trace(Cat("  event ", e.source.code, " -> ", e.target.code, " ", c,
                      e.negated ? " (negated)" : "",
                      e.hypothetical ? " (hypothetical)" : "",
                      "; source: ", e.source.why, "; target: ", e.target.why));
          out->push_back(std::move(e));
        }
      }
  }

  // "A and B met" with 040:040 gives A->B and B->A once each.
  static bool AlreadyCoded(const CodedEvent& e,
                           const std::vector<CodedEvent>& out) {
    return std::any_of(out.begin(), out.end(), [&](const CodedEvent& o) {
      return o.verb == e.verb && o.code == e.code &&
             o.source.code == e.source.code && o.target.code == e.target.code;
    });
  }

  // The first verb or auxiliary after word `w`, or n_.
  size_t NextVerbAfter(int w) const {
    for (size_t j = w + 1; j < n_; ++j)
      if (s_.words[j].upos == "VERB" || s_.words[j].upos == "AUX") return j;
    return n_;
  }

  // The words of the subtree of `w`, as one span of the text.
  CodedActor SpanOf(int w) const {
    int first = w, last = w;
    std::vector<int> stack = {w};
    while (!stack.empty()) {
      const int x = stack.back();
      stack.pop_back();
      first = std::min(first, x);
      last = std::max(last, x);
      for (int c : children_[x])
        if (Rel(c) != "punct" && Rel(c) != "case") stack.push_back(c);
    }
    CodedActor a;
    a.begin = s_.words[first].begin;
    a.end = s_.words[last].end;
    a.text = std::string(text_.substr(a.begin, a.end - a.begin));
    return a;
  }

  // Who reports the event of verb `v`: "according to X" on it or on a verb
  // above it, or the subject of a speech verb ("said", "told") it is the
  // complement of ("Iran attacked Israel, officials said").
  CodedActor CitedSource(int v) const {
    const int start = v;
    for (int guard = 0; v >= 0 && guard < 6; ++guard) {
      if (int w = AccordingTo(v); w >= 0) return Speaker(w);
      const int head = s_.words[v].head - 1;
      if (head < 0) break;
      const bool reported = Rel(v) == "ccomp" || Rel(v) == "parataxis" ||
                            Rel(v) == "parataxis:outer";
      if (reported && IsSpeechVerb(head))
        if (int w = NearestSubject(head); w >= 0) return Speaker(w);
      // "X, officials said": parsers often make "said" a parataxis child
      // of the event's verb.
      for (int c : children_[v])
        if (HasPrefix(Rel(c), "parataxis") && IsSpeechVerb(c))
          if (int w = NearestSubject(c); w >= 0) return Speaker(w);
      if (!reported && !HasPrefix(Rel(v), "xcomp") &&
          !HasPrefix(Rel(v), "conj"))
        break;
      v = head;
    }
    return TrailingAttribution(start);
  }

  bool IsSpeechVerb(int w) const {
    return In(kSpeechVerbs, AsciiLower(Lemma(w)));
  }

  // The "according to X" phrase on `v`, or -1.
  int AccordingTo(int v) const {
    for (int c : children_[v])
      if (HasPrefix(Rel(c), "obl") || HasPrefix(Rel(c), "advcl"))
        for (int k : children_[c])
          if ((Rel(k) == "case" || Rel(k) == "mark") &&
              AsciiLower(s_.words[k].text) == "according")
            return c;
    return -1;
  }

  // The subject of `verb` nearest it (parsers sometimes give it two), or -1.
  int NearestSubject(int verb) const {
    int best = -1;
    for (int c : children_[verb])
      if (Rel(c) == "nsubj" &&
          (best < 0 || std::abs(c - verb) < std::abs(best - verb)))
        best = c;
    return best;
  }

  // The phrase headed by `w` as a cited source, coded if the lexicon knows it.
  CodedActor Speaker(int w) const {
    CodedActor a = SpanOf(w);
    std::vector<CodedActor> who;
    Actors(w, &who);
    if (!who.empty()) a.code = who[0].code;
    return a;
  }

  // "…, two sources with knowledge of the negotiations told Axios.": after
  // the event's verb, a comma, then words and a speech verb before the
  // sentence ends or another comma. Parsers often attach such tails oddly.
  CodedActor TrailingAttribution(int v) const {
    for (size_t k = v + 1; k < n_; ++k) {
      if (upper_[k] != ",") continue;
      for (size_t w = k + 2; w < n_ && upper_[w] != "," && upper_[w] != ";";
           ++w) {
        if (s_.words[w].upos != "VERB" ||
            !In(kSpeechVerbs, AsciiLower(Lemma(w))))
          continue;
        CodedActor a;
        a.begin = s_.words[k + 1].begin;
        a.end = s_.words[w - 1].end;
        a.text = std::string(text_.substr(a.begin, a.end - a.begin));
        for (size_t j = k + 1; j < w; ++j)
          if (mention_of_[j] >= 0 &&
              mentions_[mention_of_[j]].match.kind == PhraseMatch::kActor) {
            a.code = std::string(
                lex_.actors[mentions_[mention_of_[j]].match.entry].CodeOn(
                    date_));
            break;
          }
        return a;
      }
    }
    return {};
  }

  // Negation and modality of verb `v`; words in [consumed_from, v) belong to
  // the pattern that coded it ("HAS NOT *" codes the negation itself).
  void Modality(int v, int consumed_from, bool* negated,
                bool* hypothetical) const {
    const int verb = v;
    auto consumed = [&](int w) { return w >= consumed_from && w < verb; };
    for (int guard = 0; v >= 0 && guard < 4; ++guard) {
      for (int c : children_[v]) {
        const std::string lemma = AsciiLower(Lemma(c));
        if (((Rel(c) == "advmod" &&
              (lemma == "not" || lemma == "never" || lemma == "n't")) ||
             Rel(c) == "neg") &&
            !consumed(c))
          *negated = true;
        if (HasPrefix(Rel(c), "aux") && In(kModals, lemma))
          *hypothetical = true;
      }
      if (!HasPrefix(Rel(v), "xcomp")) break;
      v = s_.words[v].head - 1;
      if (v < 0) break;
      const std::string governor = AsciiLower(Lemma(v));
      if (In(kHypotheticalGovernors, governor)) *hypothetical = true;
      if (In(kNegatingGovernors, governor) && !consumed(v)) *negated = true;
    }
  }

  const Lexicon& lex_;
  const LexiconIndex& index_;
  const CoderOptions& options_;
  const RequiredWords& required_;
  const ParsedSentence& s_;
  std::string_view text_;
  int32_t date_;
  std::vector<std::string>* trace_;
  SentenceNotes* notes_ = nullptr;
  size_t n_;
  std::vector<std::string> upper_, lemmas_;
  std::vector<std::vector<int>> children_;
  std::vector<int> mention_of_;
  std::vector<Mention> mentions_;
  mutable absl::flat_hash_map<std::string, std::vector<uint32_t>>
      positions_;                                  // Positions()
  mutable absl::flat_hash_set<std::string> keys_;  // MayFit()
  // The last subject's actors, for pronouns (from the document before).
  std::vector<CodedActor> antecedents_;
  DocumentContext* context_;
  // Pattern searches stop before this word (BestPattern).
  mutable size_t limit_ = 0;
  // The first word whose verb entry gives an event code, or -1 (NOACTPRIOR).
  int first_coding_verb_ = -1;
};

}  // namespace

struct Coder::Tables {
  explicit Tables(const Lexicon& lexicon)
      : index(lexicon), required(ComputeRequiredWords(lexicon)) {}
  LexiconIndex index;
  RequiredWords required;
};

Coder::Coder(const Lexicon& lexicon, CoderOptions options)
    : Coder(lexicon, std::make_shared<const Tables>(lexicon),
            std::move(options)) {}

Coder::Coder(const Lexicon& lexicon, std::shared_ptr<const Tables> tables,
             CoderOptions options)
    : lexicon_(&lexicon),
      tables_(std::move(tables)),
      options_(std::move(options)) {}

Coder::~Coder() = default;

Coder Coder::WithOptions(CoderOptions options) const {
  return Coder(*lexicon_, tables_, std::move(options));
}

const LexiconIndex& Coder::index() const { return tables_->index; }

void Coder::Code(const ParsedSentence& sentence, std::string_view text,
                 int32_t date, std::vector<CodedEvent>* out,
                 std::vector<std::string>* trace, SentenceNotes* notes,
                 DocumentContext* context) const {
  SentenceNotes ignored;
  DocumentContext none;
  SentenceCoder(*lexicon_, tables_->index, options_, tables_->required,
                sentence, text, date, trace, context ? context : &none)
      .Run(out, notes ? notes : &ignored);
}

}  // namespace parley
