// parley's own dictionary format (docs/formats.md): one entry per line,
// a keyword first, so that files read well and diff well.
//
//   parley-dictionary 1
//   actor EBRAHIM RAISI | RAISI = IRNGOV 2021-08-03..2024-05-19, IRNELI
//   ..2021-08-02 agent OFFICIAL = ~GOV verbs MEET = 036 verb MEET {MET MEETS
//   MEETING} pattern * $ WITH + = 036
//
// Phrases: words separated by spaces, matched case-insensitively; a final
// '*' makes a word a stem; ".." between two words lets others come between;
// '+' marks the verb word of a compound verb.
#include <algorithm>

#include "lexicon/reader_internal.h"
#include "parley/lexicon.h"
#include "util/strings.h"

namespace parley {
namespace lexicon_internal {
namespace {

constexpr std::string_view kMagic = "parley-dictionary";
constexpr int kVersion = 1;

// "2024-05-18" <-> 20240518.
std::string IsoDate(int32_t d) {
  char buf[16];
  snprintf(buf, sizeof buf, "%04d-%02d-%02d", d / 10000, d / 100 % 100,
           d % 100);
  return buf;
}

bool ParseIsoDate(std::string_view s, int32_t* d) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  std::string digits = Cat(s.substr(0, 4), s.substr(5, 2), s.substr(8, 2));
  return ParseDictDate(digits, d);
}

std::string CodeText(const DatedCode& c) {
  if (!c.dated()) return c.code;
  return Cat(c.code, " ", c.from == kFirstDate ? "" : IsoDate(c.from), "..",
             c.to == kLastDate ? "" : IsoDate(c.to));
}

// A phrase word the notation cannot hold: it would read back as something
// else (a separator, a stem mark, a verb mark).
bool Unwritable(const std::string& w) {
  return w.empty() || w == ".." || w == "=" || w.back() == '*' ||
         w.front() == '+' || w.find_first_of(" \t{}|") != std::string::npos;
}

// NativeText with the verb word of a compound marked: "+ANGERED BY".
std::string MarkHead(const Phrase& p, size_t head) {
  std::string out;
  for (size_t i = 0; i < p.words.size(); ++i) {
    if (i > 0) out += p.GapBefore(i) ? " .. " : " ";
    if (i == head) out += '+';
    out += p.words[i];
    if (p.IsStem(i)) out += '*';
  }
  return out;
}

class NativeReader {
 public:
  NativeReader(std::string_view path, uint32_t file, Lexicon* lex,
               std::vector<Diagnostic>* problems)
      : path_(path), file_(file), lex_(lex), problems_(problems) {}

  void Run(std::string_view text) {
    bool header = false;
    for (std::string_view raw : Split(text, '\n')) {
      ++line_;
      if (!raw.empty() && raw.back() == '\r') raw.remove_suffix(1);
      std::string_view t = StripSpace(raw);
      if (t.empty() || t[0] == '#') continue;
      if (!header) {
        header = true;
        if (!Header(t)) return;
        continue;
      }
      const size_t space = std::min(t.find_first_of(" \t"), t.size());
      Entry(t.substr(0, space), StripSpace(t.substr(space)));
    }
    if (!header)
      Error(Cat("empty: a parley dictionary starts with '", kMagic, " ",
                kVersion, "'"));
  }

 private:
  void Error(std::string message) {
    problems_->push_back(
        {Diagnostic::kError, path_, line_, std::move(message)});
  }

  bool Header(std::string_view t) {
    int version = 0;
    if (!t.starts_with(kMagic) ||
        !ParseInt(StripSpace(t.substr(kMagic.size())), &version)) {
      Error(Cat("not a parley dictionary: the first line must be '", kMagic,
                " ", kVersion, "'"));
      return false;
    }
    if (version != kVersion) {
      Error(Cat("parley dictionary format ", version,
                " is not supported (this parley reads ", kVersion, ")"));
      return false;
    }
    return true;
  }

  void Entry(std::string_view keyword, std::string_view rest) {
    const SourceLine where{file_, line_};
    if (keyword == "actor")
      Actor(rest, where);
    else if (keyword == "agent")
      Agent(rest, where);
    else if (keyword == "synset")
      Synset(rest, where);
    else if (keyword == "verbs")
      Block(rest, where);
    else if (keyword == "verb")
      VerbLine(rest, where);
    else if (keyword == "pattern")
      Pattern(rest, where);
    else if (keyword == "transform")
      lex_->transformations.emplace_back(rest);
    else if (keyword == "discard" || keyword == "discard-story")
      Discard(rest, keyword != "discard", where);
    else if (keyword == "issue" || keyword == "issue-ignore")
      Issue(rest, keyword != "issue", where);
    else if (keyword == "preposition")
      lex_->prepositions.push_back(AsciiUpper(rest));
    else if (keyword == "option")
      Option(rest);
    else
      Error(Cat("unknown entry '", keyword,
                "' (actor, agent, synset, verbs, verb, pattern, transform, "
                "discard, discard-story, issue, "
                "issue-ignore, preposition or option)"));
  }

  // "A B* .. C": one phrase; `head`, if given, receives the '+' word.
  bool ParsePhrase(std::string_view text, Phrase* out, size_t* head = nullptr) {
    *out = Phrase();
    bool gap = false;
    for (std::string_view w : Split(text, ' ', true)) {
      w = StripSpace(w);
      if (w.empty()) continue;
      if (w == "..") {
        gap = !out->words.empty();
        continue;
      }
      const size_t i = out->words.size();
      if (w.front() == '+' && w.size() > 1 && head != nullptr) {
        *head = i;
        w.remove_prefix(1);
      }
      if (i >= Phrase::kMaxWords) {
        Error(Cat("phrase '", text, "' has more than ", Phrase::kMaxWords,
                  " words"));
        return false;
      }
      if (w.size() > 1 && w.back() == '*') {
        out->stems |= uint64_t{1} << i;
        w.remove_suffix(1);
      }
      if (gap) out->gaps |= uint64_t{1} << i;
      gap = false;
      out->words.push_back(AsciiUpper(w));
    }
    if (out->words.empty()) {
      Error(Cat("empty phrase '", text, "'"));
      return false;
    }
    out->written = out->NativeText();
    return true;
  }

  // "P1 | P2 | ...", each a phrase.
  bool ParsePhrases(std::string_view text, std::vector<Phrase>* out) {
    out->clear();
    for (std::string_view alt : Split(text, '|')) {
      Phrase p;
      if (!ParsePhrase(alt, &p)) return false;
      out->push_back(std::move(p));
    }
    return !out->empty();
  }

  // Splits "LEFT = RIGHT" at the first (or last) " = ".
  bool Cut(std::string_view t, std::string_view* left, std::string_view* right,
           bool last = false) {
    if (t == "=" || t.starts_with("= ")) {  // nothing before the '='
      *left = {};
      *right = StripSpace(t.substr(1));
      return true;
    }
    const size_t eq = last ? t.rfind(" = ") : t.find(" = ");
    if (eq == std::string_view::npos) {
      *left = t;
      *right = {};
      return false;
    }
    *left = StripSpace(t.substr(0, eq));
    *right = StripSpace(t.substr(eq + 3));
    return true;
  }

  // "IRNGOV 2021-08-03..2024-05-19": a code and its days.
  bool ParseCode(std::string_view text, DatedCode* out) {
    *out = DatedCode();
    const size_t space = std::min(text.find(' '), text.size());
    out->code.assign(text.substr(0, space));
    std::string_view range = StripSpace(text.substr(space));
    if (out->code.empty()) {
      Error("empty code");
      return false;
    }
    if (range.empty()) return true;
    const size_t dots = range.find("..");
    std::string_view from = dots == std::string_view::npos
                                ? range
                                : StripSpace(range.substr(0, dots));
    std::string_view to = dots == std::string_view::npos
                              ? ""
                              : StripSpace(range.substr(dots + 2));
    if (dots == std::string_view::npos ||
        (!from.empty() && !ParseIsoDate(from, &out->from)) ||
        (!to.empty() && !ParseIsoDate(to, &out->to)) ||
        (from.empty() && to.empty())) {
      Error(Cat("cannot read the dates '", range, "' of ", out->code,
                " (FROM..TO as YYYY-MM-DD, either side may be left out)"));
      return false;
    }
    if (out->to < out->from) {
      Error(Cat("date range ends before it starts in '", text, "'"));
      return false;
    }
    return true;
  }

  void Actor(std::string_view t, SourceLine where) {
    std::string_view phrases, codes;
    Cut(t, &phrases, &codes);
    parley::Actor a;
    std::vector<Phrase> all;
    if (!ParsePhrases(phrases, &all)) return;
    a.phrase = std::move(all[0]);
    a.synonyms.assign(std::make_move_iterator(all.begin() + 1),
                      std::make_move_iterator(all.end()));
    a.where = where;
    if (!codes.empty())
      for (std::string_view c : Split(codes, ',')) {
        DatedCode dc;
        if (!ParseCode(StripSpace(c), &dc)) return;
        a.codes.push_back(std::move(dc));
      }
    lex_->actors.push_back(std::move(a));
  }

  void Agent(std::string_view t, SourceLine where) {
    std::string_view phrases, code;
    if (!Cut(t, &phrases, &code) || code.size() < 2 ||
        (code.front() == '~') == (code.back() == '~')) {
      Error(
          Cat("an agent needs '= ~CODE' (after the actor's code) or '= CODE~' "
              "(before it): '",
              t, "'"));
      return;
    }
    parley::Agent g;
    std::vector<Phrase> all;
    if (!ParsePhrases(phrases, &all)) return;
    g.phrase = std::move(all[0]);
    g.synonyms.assign(std::make_move_iterator(all.begin() + 1),
                      std::make_move_iterator(all.end()));
    g.prefix = code.back() == '~';
    g.code.assign(g.prefix ? code.substr(0, code.size() - 1) : code.substr(1));
    g.where = where;
    lex_->agents.push_back(std::move(g));
  }

  void Synset(std::string_view t, SourceLine where) {
    std::string_view name, members;
    if (!Cut(t, &name, &members) || !name.starts_with('&')) {
      Error(Cat("a synonym set reads 'synset &NAME = A | B': '", t, "'"));
      return;
    }
    SynonymSet s;
    s.name.assign(name);
    s.where = where;
    if (!ParsePhrases(members, &s.members)) return;
    lex_->synonym_sets.push_back(std::move(s));
  }

  void Block(std::string_view t, SourceLine where) {
    std::string_view name, code;
    Cut(t, &name, &code);
    if (name.empty()) {
      Error("a verb block needs a name: 'verbs NAME = CODE'");
      return;
    }
    lex_->verb_blocks.push_back(
        {std::string(name), std::string(code), {}, {}, where});
  }

  bool InBlock(std::string_view what) {
    if (!lex_->verb_blocks.empty()) return true;
    Error(Cat(what, " before any 'verbs NAME = CODE' line"));
    return false;
  }

  void VerbLine(std::string_view t, SourceLine where) {
    if (!InBlock("verb")) return;
    std::string_view phrase, code;
    Cut(t, &phrase, &code);
    Verb v;
    v.where = where;
    v.code.assign(code);
    if (size_t open = phrase.find('{'); open != std::string_view::npos) {
      const size_t close = phrase.find('}', open);
      if (close == std::string_view::npos) {
        Error(Cat("unclosed '{' in '", t, "'"));
        return;
      }
      for (std::string_view f :
           Split(phrase.substr(open + 1, close - open - 1), ' ', true))
        if (!StripSpace(f).empty())
          v.forms.push_back(AsciiUpper(StripSpace(f)));
      v.forms_given = true;
      phrase = StripSpace(phrase.substr(0, open));
    }
    if (!ParsePhrase(phrase, &v.phrase, &v.head)) return;
    lex_->verb_blocks.back().verbs.push_back(std::move(v));
  }

  void Pattern(std::string_view t, SourceLine where) {
    if (!InBlock("pattern")) return;
    std::string_view text, code;
    if (!Cut(t, &text, &code, /*last=*/true) || code.empty()) {
      Error(Cat("a pattern needs '= CODE': '", t, "'"));
      return;
    }
    VerbPattern p;
    p.text.assign(text);
    p.code.assign(code);
    p.tokens = TokenizePattern(p.text);
    p.where = where;
    lex_->verb_blocks.back().patterns.push_back(std::move(p));
  }

  void Discard(std::string_view t, bool story, SourceLine where) {
    parley::Discard d;
    d.story = story;
    d.where = where;
    if (ParsePhrase(t, &d.phrase)) lex_->discards.push_back(std::move(d));
  }

  // "CATEGORY: [n: |v: ]PHRASE = CODE"; ignore lines have no code.
  void Issue(std::string_view t, bool ignore, SourceLine where) {
    const size_t colon = t.find(':');
    if (colon == std::string_view::npos) {
      Error(Cat("an issue reads 'issue CATEGORY: PHRASE = CODE': '", t, "'"));
      return;
    }
    IssuePhrase p;
    p.category.assign(StripSpace(t.substr(0, colon)));
    p.ignore = ignore;
    p.where = where;
    std::string_view rest = StripSpace(t.substr(colon + 1)), phrase, code;
    if (rest.size() > 2 && (rest[0] == 'n' || rest[0] == 'v') &&
        rest[1] == ':') {
      p.pos = rest[0];
      rest = StripSpace(rest.substr(2));
    }
    if (!Cut(rest, &phrase, &code) && !ignore) {
      Error(Cat("an issue needs '= CODE': '", t, "'"));
      return;
    }
    p.code.assign(code);
    if (ParsePhrase(phrase, &p.phrase)) lex_->issues.push_back(std::move(p));
  }

  // "COMMAND: arguments", as in TABARI options files.
  void Option(std::string_view t) {
    const size_t colon = t.find(':');
    if (colon == std::string_view::npos) {
      Error(Cat("an option reads 'option COMMAND: arguments': '", t, "'"));
      return;
    }
    std::string command = AsciiUpper(StripSpace(t.substr(0, colon)));
    std::string_view args = StripSpace(t.substr(colon + 1));
    if (command == "LABEL") {
      const size_t eq = args.find('=');
      if (eq == std::string_view::npos) {
        Error(Cat("LABEL without '=': '", args, "'"));
        return;
      }
      lex_->labels.emplace_back(StripSpace(args.substr(0, eq)),
                                StripSpace(args.substr(eq + 1)));
    }
    lex_->options.emplace_back(std::move(command), std::string(args));
  }

  std::string path_;
  uint32_t file_;
  Lexicon* lex_;
  std::vector<Diagnostic>* problems_;
  uint32_t line_ = 0;
};

}  // namespace

bool IsNativeDictionary(std::string_view text) {
  for (std::string_view line : Split(text, '\n')) {
    std::string_view t = StripSpace(line);
    if (t.empty() || t[0] == '#') continue;
    return t.starts_with(kMagic);
  }
  return false;
}

void ReadNative(std::string_view text, const std::string& path, uint32_t file,
                DictFormat, Lexicon* lexicon,
                std::vector<Diagnostic>* problems) {
  NativeReader(path, file, lexicon, problems).Run(text);
}

}  // namespace lexicon_internal

namespace lexicon_internal {
namespace {

// Field tests: what the reader would read back unchanged.
bool HasSpace(std::string_view s) {
  return std::any_of(s.begin(), s.end(), IsAsciiSpace);
}
// Free text on a line: no line break, nothing the reader would trim.
bool IsLineText(std::string_view s) {
  return !s.empty() && s == StripSpace(s) &&
         s.find_first_of("\r\n") == std::string_view::npos;
}
bool IsActorCode(std::string_view c) {
  return !c.empty() && !HasSpace(c) && c.find(',') == c.npos;
}
bool IsAgentCode(std::string_view c) {
  return !c.empty() && !HasSpace(c) && c.find('~') == c.npos;
}
bool IsForm(std::string_view f) {
  return !f.empty() && !HasSpace(f) && f.find_first_of("{}") == f.npos;
}

class NativeWriter {
 public:
  NativeWriter(const Lexicon& lex, std::vector<Diagnostic>* problems)
      : lex_(lex), problems_(problems) {}

  std::string Run() {
    out_ = Cat(kMagic, " ", kVersion, "\n");
    for (const auto& [command, args] : lex_.options) {
      if (IsLineText(command) && command.find(':') == std::string::npos &&
          (args.empty() || IsLineText(args)))
        out_ += Cat("option ", command, ": ", args, "\n");
      else
        LeftOut({}, Cat("option '", command, "'"));
    }
    for (const Actor& a : lex_.actors) WriteActor(a);
    for (const Agent& g : lex_.agents) WriteAgent(g);
    for (const SynonymSet& s : lex_.synonym_sets) WriteSet(s);
    for (const VerbBlock& b : lex_.verb_blocks) WriteBlock(b);
    for (const std::string& t : lex_.transformations) {
      if (IsLineText(t))
        out_ += Cat("transform ", t, "\n");
      else
        LeftOut({}, Cat("transformation '", t, "'"));
    }
    for (const Discard& d : lex_.discards)
      if (Fits(d.phrase, d.where))
        out_ += Cat(d.story ? "discard-story " : "discard ",
                    d.phrase.NativeText(), "\n");
    for (const IssuePhrase& i : lex_.issues) WriteIssue(i);
    for (const std::string& p : lex_.prepositions) {
      if (IsLineText(p) && !HasSpace(p) && p == AsciiUpper(p))
        out_ += Cat("preposition ", p, "\n");
      else
        LeftOut({}, Cat("preposition '", p, "'"));
    }
    return std::move(out_);
  }

 private:
  void LeftOut(SourceLine where, std::string what) {
    const std::string file =
        lex_.files.empty() ? std::string() : lex_.files[where.file];
    problems_->push_back({Diagnostic::kWarning, file, where.line,
                          Cat(what, " is left out: it cannot be written")});
  }

  // A phrase the notation holds; said so if not.
  bool Fits(const Phrase& p, SourceLine where) {
    for (const std::string& w : p.words)
      if (Unwritable(w) || HasSpace(w)) {
        LeftOut(where, Cat("'", p.Text(), "' (the word '", w, "')"));
        return false;
      }
    return !p.words.empty();
  }

  // "P1 | P2 | ..." of the phrases that fit; empty if none does.
  std::string Phrases(const Phrase& first, const std::vector<Phrase>& more,
                      SourceLine where) {
    std::string out;
    auto add = [&](const Phrase& p) {
      if (Fits(p, where)) out += Cat(out.empty() ? "" : " | ", p.NativeText());
    };
    add(first);
    for (const Phrase& p : more) add(p);
    return out;
  }

  void WriteActor(const Actor& a) {
    std::string line = Phrases(a.phrase, a.synonyms, a.where);
    if (line.empty()) return;
    for (const DatedCode& c : a.codes) {
      if (!IsActorCode(c.code)) {
        LeftOut(a.where,
                Cat("actor '", a.phrase.Text(), "' (its code '", c.code, "')"));
        return;
      }
      line += Cat(&c == &a.codes[0] ? " = " : ", ", CodeText(c));
    }
    out_ += Cat("actor ", line, "\n");
  }

  void WriteAgent(const Agent& g) {
    if (!IsAgentCode(g.code)) {
      LeftOut(g.where,
              Cat("agent '", g.phrase.Text(), "' (its code '", g.code, "')"));
      return;
    }
    const std::string phrases = Phrases(g.phrase, g.synonyms, g.where);
    if (!phrases.empty())
      out_ += Cat("agent ", phrases, " = ",
                  g.prefix ? Cat(g.code, "~") : Cat("~", g.code), "\n");
  }

  void WriteSet(const SynonymSet& s) {
    if (s.members.empty()) return;  // nothing to write
    if (!IsLineText(s.name) || s.name[0] != '&' ||
        s.name.find(" = ") != std::string::npos) {
      LeftOut(s.where, Cat("synonym set '", s.name, "'"));
      return;
    }
    const std::string members = Phrases(
        s.members[0], {s.members.begin() + 1, s.members.end()}, s.where);
    if (!members.empty()) out_ += Cat("synset ", s.name, " = ", members, "\n");
  }

  void WriteBlock(const VerbBlock& b) {
    if (!IsLineText(b.name) || b.name.find(" = ") != std::string::npos ||
        (!b.code.empty() && !IsLineText(b.code))) {
      LeftOut(b.where,
              Cat("verb block '", b.name, "' with its verbs and patterns"));
      return;
    }
    out_ +=
        Cat("verbs ", b.name, b.code.empty() ? "" : Cat(" = ", b.code), "\n");
    for (const Verb& v : b.verbs) WriteVerb(v);
    for (const VerbPattern& p : b.patterns) {
      if (IsLineText(p.text) && IsLineText(p.code) &&
          p.code.find(" = ") == std::string::npos)
        out_ += Cat("pattern ", p.text, " = ", p.code, "\n");
      else
        LeftOut(p.where, Cat("pattern '", p.text, "'"));
    }
  }

  void WriteVerb(const Verb& v) {
    const bool compound = v.phrase.words.size() > 1;
    if (!Fits(v.phrase, v.where)) return;
    if ((compound && v.head >= v.phrase.words.size()) ||
        (!v.code.empty() && !IsLineText(v.code)) ||
        !std::all_of(v.forms.begin(), v.forms.end(), IsForm)) {
      LeftOut(v.where, Cat("verb '", v.phrase.Text(), "'"));
      return;
    }
    out_ += Cat("verb ", compound ? MarkHead(v.phrase, v.head)
                                  : v.phrase.NativeText());  // "+ANGERED BY"
    if (v.forms_given) {
      out_ += " {";
      for (size_t i = 0; i < v.forms.size(); ++i)
        out_ += Cat(i ? " " : "", v.forms[i]);
      out_ += "}";
    }
    out_ += Cat(v.code.empty() ? "" : Cat(" = ", v.code), "\n");
  }

  void WriteIssue(const IssuePhrase& i) {
    const bool category_ok =
        i.category == StripSpace(i.category) &&
        i.category.find_first_of(":\r\n") == std::string::npos;
    if (!category_ok || (!i.ignore && !IsLineText(i.code)) ||
        (i.pos != 0 && i.pos != 'n' && i.pos != 'v')) {
      LeftOut(i.where, Cat("issue phrase '", i.phrase.Text(), "'"));
      return;
    }
    if (!Fits(i.phrase, i.where)) return;
    out_ +=
        Cat(i.ignore ? "issue-ignore " : "issue ", i.category, ": ",
            i.pos ? std::string{i.pos, ':', ' '} : "", i.phrase.NativeText(),
            i.ignore ? "" : Cat(" = ", i.code), "\n");
  }

  const Lexicon& lex_;
  std::vector<Diagnostic>* problems_;
  std::string out_;
};

}  // namespace
}  // namespace lexicon_internal

std::string WriteNativeDictionary(const Lexicon& lex,
                                  std::vector<Diagnostic>* problems) {
  return lexicon_internal::NativeWriter(lex, problems).Run();
}

}  // namespace parley
