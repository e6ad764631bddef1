// Reader of verb dictionaries: PETRARCH's CAMEO.2.0.txt (and the
// TABARI-like PETRARCH-1 files) and TABARI's .verbs.
//
// PETRARCH:                                    TABARI:
//   &MILITARY          synonym set               <SYNSETS> &X +A +B </SYNSETS>
//   +TROOPS            a member                  <TIME> ... </TIME> (skipped)
//   ---  RUSH  [---]  ---   a block              ABANDON  [345]     a verb and its block
//   HURRY {HURRIES ...}     a verb               { ABANDONS ... }   its irregular forms
//   - * (TO)   [042:043]    a pattern            - * TALKS [030]    a pattern
//   ~ a (a b ATTACK) SAY = a b 015   a transformation
// Comments: '#' (PETRARCH), ';' (TABARI); a TABARI line starting with '~'
// ends the dictionary.
#include "lexicon/reader_internal.h"
#include "parley/lexicon.h"
#include "util/strings.h"

namespace parley::lexicon_internal {
namespace {

class VerbReader {
 public:
  VerbReader(const std::string& path, uint32_t file, DictFormat format, Lexicon* lex,
             std::vector<Diagnostic>* problems)
      : path_(path), file_(file), format_(format), lex_(lex), problems_(problems) {}

  void Run(std::string_view text) {
    uint32_t number = 0;
    for (std::string_view raw : Split(text, '\n')) {
      line_ = ++number;
      const LineAction action = ClassifyLine(&raw, format_);
      if (action == LineAction::kStop) break;
      if (action == LineAction::kSkip) continue;
      std::string_view trimmed = StripSpace(raw);
      if (format_ == DictFormat::kPetrarch && trimmed.starts_with('~')) {  // before '#' comments
        lex_->transformations.emplace_back(StripSpace(trimmed.substr(1, trimmed.find('#') - 1)));
        continue;
      }
      if (Section(trimmed)) continue;
      if (skip_section_) continue;
      const std::string clean = StripComment(raw, format_);
      std::string_view t = StripSpace(clean);
      if (t.empty()) continue;
      if (t.starts_with("---")) Header(t);
      else if (t[0] == '-') Pattern(t.substr(1));
      else if (t[0] == '&') SetStart(t);
      else if (t[0] == '+' && mode_ == kInSet) SetMember(t.substr(1));
      else if (t[0] == '{' && format_ == DictFormat::kTabari) Forms(t);
      else VerbLine(t);
    }
  }

 private:
  enum Mode { kNone, kInSet, kInBlock };

  void Error(std::string message) {
    problems_->push_back({Diagnostic::kError, path_, line_, std::move(message)});
  }

  // TABARI's <SYNSETS>, <TIME>, <ATTRIB> sections. True if the line was a tag.
  bool Section(std::string_view t) {
    if (t == "<SYNSETS>" || t == "</SYNSETS>") {
      mode_ = kNone;
      return true;
    }
    if (t == "<TIME>" || t == "<ATTRIB>") {
      skip_section_ = true;
      return true;
    }
    if (t == "</TIME>" || t == "</ATTRIB>") {
      skip_section_ = false;
      return true;
    }
    return false;
  }

  // The last "[...]" of `t`, cut off; false (and an error) if there is none.
  bool CutCode(std::string_view* t, std::string* code, bool required) {
    size_t open = t->rfind('[');
    if (open == std::string_view::npos) {
      if (required) Error(Cat("no [code] in '", StripSpace(*t), "'"));
      return false;
    }
    size_t close = t->find(']', open);
    if (close == std::string_view::npos) {
      Error(Cat("unclosed '[' in '", StripSpace(*t), "'"));
      return false;
    }
    if (!StripSpace(t->substr(close + 1)).empty())
      Error(Cat("text after the code: '", StripSpace(t->substr(close + 1)), "'"));
    code->assign(StripSpace(t->substr(open + 1, close - open - 1)));
    *t = StripSpace(t->substr(0, open));
    return true;
  }

  // "---  NAME   [CODE]  ---"
  void Header(std::string_view t) {
    std::string_view inner = StripSpace(t.substr(3));
    size_t dashes = 0;
    while (!inner.empty() && (inner.back() == '-' || inner.back() == ' ' || inner.back() == '\t')) {
      dashes += inner.back() == '-';
      inner.remove_suffix(1);
    }
    if (dashes > 3)
      problems_->push_back({Diagnostic::kWarning, path_, line_, "extra '-' in the verb block header"});
    VerbBlock block;
    block.where = {file_, line_};
    CutCode(&inner, &block.code, true);  // reported if missing; the block still holds what follows
    block.name.assign(inner);
    if (block.name.empty()) Error("verb block header without a name");
    lex_->verb_blocks.push_back(std::move(block));
    mode_ = kInBlock;
  }

  void Pattern(std::string_view t) {
    if (mode_ != kInBlock) {
      Error("pattern with no verb above it");
      return;
    }
    VerbPattern p;
    p.where = {file_, line_};
    if (!CutCode(&t, &p.code, true)) return;
    p.text.assign(t);
    p.tokens = TokenizePattern(p.text);
    if (p.text.find('*') == std::string::npos) Error(Cat("pattern '", p.text, "' has no '*' (the verb)"));
    lex_->verb_blocks.back().patterns.push_back(std::move(p));
  }

  void SetStart(std::string_view t) {
    SynonymSet set;
    set.name.assign(StripSpace(t));
    set.where = {file_, line_};
    if (set.name.size() < 2 || set.name.find_first_of(" \t") != std::string::npos)
      Error(Cat("malformed synonym set name '", set.name, "'"));
    lex_->synonym_sets.push_back(std::move(set));
    mode_ = kInSet;
  }

  void SetMember(std::string_view t) {
    Phrase p;
    if (ParsePhraseText(t, format_, &p)) lex_->synonym_sets.back().members.push_back(std::move(p));
    else Error("empty synonym set member");
  }

  // "HURRY {HURRIES HURRYING HURRIED }", "+ANGERED_BY {}", TABARI
  // "ABANDON  [345]".
  void VerbLine(std::string_view t) {
    Verb v;
    v.where = {file_, line_};
    std::string code;
    if (CutCode(&t, &code, format_ == DictFormat::kTabari)) v.code = code;
    if (size_t brace = t.find('{'); brace != std::string_view::npos) {
      size_t close = t.find('}', brace);
      if (close == std::string_view::npos) {
        Error(Cat("unclosed '{' in '", t, "'"));
        return;
      }
      for (std::string_view f : Split(t.substr(brace + 1, close - brace - 1), ' ', true))
        v.forms.emplace_back(StripSpace(f));
      v.forms_given = true;
      t = StripSpace(t.substr(0, brace));
    }
    // '+' marks the verb word of a compound ("+ANGERED_BY", "PUT_+ON").
    std::string plain;
    for (char c : t) {
      if (c == '+') {
        size_t words = 0;
        Phrase before;
        if (ParsePhraseText(plain, format_, &before)) words = before.words.size();
        v.head = words;
        continue;
      }
      plain.push_back(c);
    }
    if (!ParsePhraseText(plain, format_, &v.phrase)) {
      Error(Cat("empty verb '", t, "'"));
      return;
    }
    if (format_ == DictFormat::kTabari || mode_ != kInBlock) {
      // TABARI: every verb line opens its own block, named and coded by it.
      VerbBlock block;
      block.name = v.phrase.Text();
      block.code = v.code;
      block.where = v.where;
      lex_->verb_blocks.push_back(std::move(block));
      mode_ = kInBlock;
      if (format_ != DictFormat::kTabari) Error(Cat("verb '", t, "' before any '--- NAME [CODE] ---' header"));
    }
    lex_->verb_blocks.back().verbs.push_back(std::move(v));
  }

  // TABARI: "{ ABANDONS ABANDONED }" on the line after a verb.
  void Forms(std::string_view t) {
    if (mode_ != kInBlock || lex_->verb_blocks.back().verbs.empty()) {
      Error("verb forms with no verb above them");
      return;
    }
    size_t close = t.find('}');
    if (close == std::string_view::npos) {
      Error(Cat("unclosed '{' in '", t, "'"));
      return;
    }
    Verb& v = lex_->verb_blocks.back().verbs.back();
    for (std::string_view f : Split(t.substr(1, close - 1), ' ', true)) v.forms.emplace_back(StripSpace(f));
    v.forms_given = true;
  }

  std::string path_;
  uint32_t file_;
  DictFormat format_;
  Lexicon* lex_;
  std::vector<Diagnostic>* problems_;
  uint32_t line_ = 0;
  Mode mode_ = kNone;
  bool skip_section_ = false;
};

}  // namespace

void ReadVerbs(std::string_view text, const std::string& path, uint32_t file, DictFormat format,
               Lexicon* lexicon, std::vector<Diagnostic>* problems) {
  VerbReader(path, file, format, lexicon, problems).Run(text);
}

}  // namespace parley::lexicon_internal

namespace parley {

std::vector<PatternToken> TokenizePattern(std::string_view text) {
  std::vector<PatternToken> out;
  std::string word;
  bool joined = false, pending_join = false;
  auto flush = [&] {
    if (word.empty()) return;
    const bool synset = word[0] == '&';
    out.push_back({synset ? PatternToken::kSynset : PatternToken::kWord, std::move(word), joined});
    word.clear();
    joined = false;
  };
  for (char c : text) {
    PatternToken::Kind kind;
    switch (c) {
      case ' ': case '\t': flush(); pending_join = false; continue;
      case '_': flush(); pending_join = true; continue;
      case '*': kind = PatternToken::kVerb; break;
      case '$': kind = PatternToken::kSource; break;
      case '+': kind = PatternToken::kTarget; break;
      case '%': kind = PatternToken::kCompound; break;
      case '^': kind = PatternToken::kSkip; break;
      case '{': case '(': kind = PatternToken::kOpen; break;
      case '}': case ')': kind = PatternToken::kClose; break;
      case '|': kind = PatternToken::kOr; break;
      default:
        if (word.empty()) {
          joined = pending_join;
          pending_join = false;
        }
        word.push_back(AsciiUpper(c));
        continue;
    }
    flush();
    out.push_back({kind, std::string(1, c), pending_join});
    pending_join = false;
  }
  flush();
  return out;
}

}  // namespace parley
