// The lexicon: what parley knows about actors (named people, organisations,
// places: phrase -> CAMEO actor code, possibly changing over time), agents
// (generic roles: "officials" -> GOV, composed with an actor's code), verbs
// and their patterns (-> CAMEO event codes), discards, issues and TABARI
// options, read from TABARI and PETRARCH dictionary files and from parley's
// own format.
//
//   Lexicon lex;
//   std::vector<Diagnostic> problems;
//   PARLEY_RETURN_IF_ERROR(ReadDictionaryFile("Levant.080629.actors", DictFormat::kAuto,
//                                             &lex, &problems));
//   for (const Diagnostic& d : problems) ...   // "file:line: message"
//
// Readers never stop at a bad entry: every problem becomes a Diagnostic with
// its file and line, and the rest of the file is still read. A Lexicon is
// built once and then only read; reading is thread-safe.
#ifndef PARLEY_LEXICON_H_
#define PARLEY_LEXICON_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "parley/status.h"

namespace parley {

// Dates are YYYYMMDD integers (20240518), compared numerically.
inline constexpr int32_t kFirstDate = 0;
inline constexpr int32_t kLastDate = 99991231;

// Where an entry was read: Lexicon::files[file], 1-based line.
struct SourceLine {
  uint32_t file = 0;
  uint32_t line = 0;
};

// A code and the days it applies to, both ends inclusive.
struct DatedCode {
  std::string code;  // "USAGOV"; "---" marks "no code"; "###" a discard
  int32_t from = kFirstDate;
  int32_t to = kLastDate;
  bool dated() const { return from != kFirstDate || to != kLastDate; }
};

// A phrase as written in a dictionary, split into words (upper case).
// Each word may be a stem (it matches any word it begins: TABARI's
// "ARGENTIN" matches ARGENTINA and ARGENTINE) and may allow other words
// before it (TABARI's space: "AL GORE" also matches "AL A. GORE", though
// never across a comma). A whole last word also matches its plurals (S, ES,
// 'S). PETRARCH phrases are whole words, one after the other.
struct Phrase {
  std::vector<std::string> words;  // at most kMaxWords
  uint64_t stems = 0;  // bit i: words[i] is a stem
  uint64_t gaps = 0;   // bit i: other words may come before words[i]
  static constexpr size_t kMaxWords = 64;
  // The phrase as TABARI compares phrases (duplicates): upper case, '-' as
  // '_', spaces and underscores as written.
  std::string written;
  // The line it was written on when that is not its entry's (a TABARI "+"
  // synonym line); 0 otherwise.
  uint32_t line = 0;

  bool IsStem(size_t i) const { return i < kMaxWords && (stems >> i & 1); }
  bool GapBefore(size_t i) const { return i < kMaxWords && (gaps >> i & 1); }
  bool prefix_last() const { return !words.empty() && IsStem(words.size() - 1); }
  // Words joined by single spaces, '_' appended if the last is whole.
  std::string Text() const;
  // The phrase in parley's own dictionary notation (docs/formats.md):
  // "ARGENTIN*", "AL* .. GORE*", "UNITED STATES*".
  std::string NativeText() const;
  // How many words of `text`, from `start`, the phrase covers (skipped words
  // included), or 0 if it does not match there. A phrase word matches a text
  // word that equals it, or that it begins if it is a stem, or its plural if
  // it is a whole last word; with `lemmas` (same length as `text`, upper
  // case) a word also matches its lemma. Words from ',', ';', ':', '(' or ')'
  // on are never skipped over. `positions`, if given, receives the text
  // position each phrase word matched.
  size_t MatchAt(const std::vector<std::string>& text, size_t start,
                 const std::vector<std::string>* lemmas = nullptr,
                 std::vector<size_t>* positions = nullptr) const;
};

struct Actor {
  Phrase phrase;                  // the entry's own phrase
  std::vector<Phrase> synonyms;   // "+" lines
  std::vector<DatedCode> codes;   // in file order
  SourceLine where;
  // The code on `date` (YYYYMMDD): as in TABARI, the first code block, in
  // file order, whose range holds the date (an undated block holds every
  // date); "" if none does.
  std::string_view CodeOn(int32_t date) const;
};

// A generic role. PETRARCH agent files may write several phrases in one
// entry: substitution sets ("BUSINESS!PERSON!" with "!PERSON! = MAN, WOMAN")
// and plurals in braces ("CHAMBER_OF_COMMERCE {CHAMBERS_OF_COMMERCE}"); the
// first phrase is `phrase`, the others `synonyms`.
struct Agent {
  Phrase phrase;
  std::vector<Phrase> synonyms;
  std::string code;     // "GOV", without the '~'
  bool prefix = false;  // "GOV~": put before the actor's code; "~GOV" (default): after it
  SourceLine where;
};

// Verb dictionaries (PETRARCH's CAMEO.2.0.txt, TABARI's .verbs): blocks of
// synonymous verbs sharing a list of patterns.
//   ---  ACCELERATE   [---]  ---          a block: name and default code
//   HURRY {HURRIES HURRYING HURRIED }      a verb, with its irregular forms
//   +ANGERED_BY {}                         '+' marks the verb word of a compound
//   - * (TO)          [042:043]            a pattern: '*' is the verb
// In TABARI files each verb line ("ABANDON  [345]") opens its own block.
struct Verb {
  Phrase phrase;
  size_t head = 0;                 // the verb word in a compound ("+ANGERED_BY": 0)
  std::vector<std::string> forms;  // from {...}; empty: the regular forms
  bool forms_given = false;        // a {...} list was written, even empty
  std::string code;                // its own [code], else empty
  SourceLine where;
};

// One element of a verb pattern.
struct PatternToken {
  enum Kind : uint8_t {
    kWord,       // a word to find ("TALKS")
    kVerb,       // '*': the verb itself
    kSource,     // '$': the source actor
    kTarget,     // '+': the target actor
    kCompound,   // '%': a compound actor, source and target at once
    kSkip,       // '^': skip an actor phrase
    kSynset,     // "&MILITARY": any member of a synonym set
    kOpen,       // '{' (a noun phrase, its head last) or '(' (a prepositional phrase)
    kClose,      // '}' or ')'
    kOr,         // '|' between alternatives in {...} (TABARI)
  };
  Kind kind;
  std::string text;     // the word, synonym set name or bracket
  bool joined = false;  // written with '_' to the element before: adjacent words
};

struct VerbPattern {
  std::string text;  // the pattern as written, without '-' and the code
  std::string code;  // inside the brackets: "042:043", "154", "---", "100!"
  std::vector<PatternToken> tokens;
  SourceLine where;
};

// Splits a pattern ("* (TO {ARMS SHIPMENT}) $", "- + IN_ ^ DRAWING * IN_ $")
// into its elements.
std::vector<PatternToken> TokenizePattern(std::string_view text);

struct VerbBlock {
  std::string name;
  std::string code;  // the block's default code
  std::vector<Verb> verbs;
  std::vector<VerbPattern> patterns;
  SourceLine where;
};

// "&MILITARY" then "+SOLDIER", "+TROOPS", ...: a set of words or phrases a
// pattern refers to by name.
struct SynonymSet {
  std::string name;  // with the '&'
  std::vector<Phrase> members;
  SourceLine where;
};

// A phrase whose presence discards a sentence, or ("+" lines) the whole story
// (sports and business stories that would code as conflict).
struct Discard {
  Phrase phrase;
  bool story = false;
  SourceLine where;
};

// PETRARCH issue coding: inside <ISSUE CATEGORY="ENERGY" ...>, lines like
// "n:kindergarten [EARLY_CHILDHOOD_EDUCATION]" ("n:"/"v:": the word's part of
// speech), "early+childhood education [CODE]", and "~a head start" (a phrase
// that must not count).
struct IssuePhrase {
  Phrase phrase;
  std::string code;      // empty for an ignore line
  std::string category;  // of the enclosing <ISSUE>
  char pos = 0;          // 'n' or 'v' if the phrase said so
  bool ignore = false;
  SourceLine where;
};

struct Lexicon {
  std::vector<std::string> files;  // as given to the readers
  std::vector<Actor> actors;
  std::vector<Agent> agents;
  std::vector<VerbBlock> verb_blocks;
  std::vector<SynonymSet> synonym_sets;
  std::vector<std::string> transformations;  // PETRARCH "~ a (a b ATTACK) SAY = a b 015", as written
  std::vector<Discard> discards;
  std::vector<IssuePhrase> issues;
  std::vector<std::string> prepositions;  // PETRARCH's Phoenix.prepositions.txt, upper case
  // TABARI .options: "COMMAND: arguments" lines (COMPLEX, SET, LABEL, OUTPUT,
  // FORWARD, DEFAULT, COMMA, NONEVENTS), in file order; LABEL lines also
  // give `labels` (code -> text).
  std::vector<std::pair<std::string, std::string>> options;
  std::vector<std::pair<std::string, std::string>> labels;
};

struct Diagnostic {
  enum Severity { kWarning, kError };
  Severity severity = kError;
  std::string file;
  uint32_t line = 0;
  std::string message;
  std::string ToString() const;  // "file:line: error: message"
};

// kParley: parley's own format (docs/formats.md), one file holding any kind
// of entry; kAuto recognises it by its first line "parley-dictionary 1".
enum class DictFormat { kAuto, kTabari, kPetrarch, kParley };
enum class DictKind { kUnknown, kActors, kAgents, kVerbs, kDiscards, kIssues, kPrepositions, kOptions };

// The kind of a dictionary file from its name ("X.actors", "Phoenix.agents.txt",
// "CountryInfo.120116.actors.zip", "CAMEO.091003.master.verbs",
// "CAMEO.verbpatterns.150430.txt", "Phoenix.discards.txt",
// "Phoenix.IssueCoding.txt", "Phoenix.prepositions.txt", "CAMEO.09b5.options"); kUnknown if the name does not say (the
// readers then look for verb block headers in the text).
DictKind DictKindOf(std::string_view path);

// Parses a date restriction's date: YYYYMMDD, or YYMMDD with the century
// rule of TABARI (two-digit years below 30 are 20xx, the others 19xx).
// False if malformed or not a calendar date.
bool ParseDictDate(std::string_view digits, int32_t* yyyymmdd);

// Parses the inside of a code block: "USAGOV", "USAGOV <991201",
// "USAGOV >991201", "USAGOV 991201-010114" (spaces around '<', '>' and '-'
// allowed). `<d`: up to the day before d; `>d`: from the day after d;
// "a-b": a to b inclusive. On failure returns false and says why in `error`.
// A day past the end of its month ("040931") is read as the month's last
// day: true, with a note in `error`.
bool ParseCodeBlock(std::string_view inside, DatedCode* out, std::string* error);

// Reads actors, agents or verbs (by DictKindOf, else by content) from
// `text`, as read from `path`.
void ReadDictionaryText(std::string_view text, std::string_view path, DictFormat format,
                        Lexicon* lexicon, std::vector<Diagnostic>* problems);

// The "<tag> NAME" lines of a TABARI project file whose tag ends in "file"
// (<actorsfile>, <textfile>, ...): the tag in lower case without brackets,
// NAME resolved against the project's folder ("NAME.zip" when only that
// exists), and the line.
struct ProjectEntry {
  std::string tag;   // "actorsfile"
  std::string path;  // "dir/TABARI.Demo.actors"
  uint32_t line = 0;
};
std::vector<ProjectEntry> ProjectEntries(std::string_view text, const std::string& project_path);

// Reads a dictionary file (plain or zipped), or every dictionary a TABARI
// project file (*.project: "<actorsfile> X", "<agentsfile>", "<verbsfile>",
// "<issuesfile>", "<optionsfile>") names. Fails only when the file cannot be read; problems
// in its content, and dictionaries a project names but that cannot be
// found, go to `problems`.
absl::Status ReadDictionaryFile(const std::string& path, DictFormat format, Lexicon* lexicon,
                                std::vector<Diagnostic>* problems);

// Checks across all entries read so far: actor phrases (entries and
// synonyms) and agent phrases that repeat an earlier one (a warning naming
// both places), malformed codes (errors) and overlapping date ranges of one
// actor (warnings).
// An entry a phrase matches, and why.
struct LexiconMatch {
  std::string kind;   // "actor", "actor (synonym)", "agent", "verb", "discard", "issue", ...
  std::string entry;  // the entry's phrase as written
  std::string code;   // the code on the date asked for ("" if none applies)
  std::string why;    // "exact", "stem ARGENTIN begins ARGENTINA", "plural of TALK"; codes
  SourceLine where;
};

// Every entry `query` ("Iran", "Brig. Gen.", "militias") matches as a whole
// phrase, in lexicon order. Words compare upper-cased; a TABARI stem matches
// any word it begins, and a whole last word its plurals (S, ES, 'S); a verb
// also matches its listed forms. Codes are those on `date` (YYYYMMDD).
std::vector<LexiconMatch> FindPhrase(const Lexicon& lexicon, std::string_view query, int32_t date);

// Reading a set of dictionaries through a cache file. The cache holds the
// compiled Lexicon, the problems found reading it, and the size and
// modification time of every file read (project files and the dictionaries
// they name included). It is used only if it was made from the same `paths`
// with the same `format` and no file changed; otherwise the dictionaries
// are read and the cache is written again. An empty `cache` reads the
// dictionaries. Fails only if a dictionary cannot be read.
struct LexiconLoadInfo {
  bool from_cache = false;
  bool cache_written = false;
  std::string cache_note;  // why the cache was not used, or could not be written
};
absl::Status LoadLexicon(const std::vector<std::string>& paths, DictFormat format, const std::string& cache,
                         Lexicon* lexicon, std::vector<Diagnostic>* problems, LexiconLoadInfo* info = nullptr);
absl::Status WriteLexiconCache(const std::string& cache, const std::vector<std::string>& paths, DictFormat format,
                               const Lexicon& lexicon, const std::vector<Diagnostic>& problems);

// The whole lexicon in parley's own format: options, actors, agents,
// synonym sets, verb blocks, transformations, discards, issues and
// prepositions, in lexicon order, one entry per line. A phrase with a word
// the format cannot hold (one holding '|', '{' or '}', ending in '*' or
// starting with '+') is left out, with a warning in `problems`.
std::string WriteNativeDictionary(const Lexicon& lexicon, std::vector<Diagnostic>* problems);

// CAMEO verb codes (of blocks, verbs and patterns) read "CODE" or
// "ACTIVE:PASSIVE", each part empty (before ':' only), "---", "###", "+++" or
// 2 to 4 digits with an optional precedence mark '!' or '?'; other codes are
// warnings (TABARI itself takes any code; CheckCameoCodes makes them errors).
void CheckLexicon(const Lexicon& lexicon, std::vector<Diagnostic>* problems);

// Errors for verb codes missing from `known` (CAMEO event codes such as
// "042", "1722"), and for codes that are not CAMEO codes at all.
void CheckCameoCodes(const Lexicon& lexicon, const std::vector<std::string>& known,
                     std::vector<Diagnostic>* problems);

// The codes of a CAMEO table: the first tab-separated column of each line
// whose first field is all digits (a header line is skipped), e.g. GDELT's
// CAMEO.eventcodes.txt.
absl::StatusOr<std::vector<std::string>> ReadCameoCodes(const std::string& path);

}  // namespace parley

#endif  // PARLEY_LEXICON_H_
