// Readers of TABARI and PETRARCH actor and agent dictionaries.
//
// Actors, one entry per line (TABARI comments start with ';', PETRARCH ones
// with '#'; "<!-- ... -->" too):
//   ALBRIGHT  [USAGOV 991201-010114] [---]       phrase and code blocks
//   GOLLUM                                       phrase alone, then
//   +SMEAGOL                                     synonyms, and
//   <TAB>[HOB <950601]                           indented code blocks
// Agents:
//   FARMER_ [~AGR]                   "~AGR": after the actor's code; "IGO~": before
//   !PERSON! = MAN, MEN, WOMAN        a substitution set (PETRARCH)
//   BUSINESS!PERSON! [~BUS]           expands to BUSINESSMAN, BUSINESSMEN, ...
//   CHAMBER_OF_COMMERCE {CHAMBERS_OF_COMMERCE} [~BUS]   explicit plural
// TABARI's <NOUN> and <ADJECTIVE> sections at the top of actor files are
// word lists for its parser, not actors: they are skipped.
//
// Also here: choosing the reader for a file (by name, else content), zipped
// files, and TABARI project files naming a set of dictionaries. Verbs are
// read by verb_reader.cc, discards, issues and prepositions by list_reader.cc.
#include <filesystem>

#include "absl/container/flat_hash_map.h"
#include "lexicon/reader_internal.h"
#include "parley/lexicon.h"
#include "util/file.h"
#include "util/strings.h"
#include "util/zip.h"

namespace parley {
namespace lexicon_internal {

std::string StripComment(std::string_view line, DictFormat format) {
  std::string out;
  int depth = 0;
  for (size_t i = 0; i < line.size(); ++i) {
    char c = line[i];
    if (c == '[') ++depth;
    if (c == ']' && depth > 0) --depth;
    if (depth == 0 && (c == ';' || (c == '#' && format == DictFormat::kPetrarch))) break;
    if (depth == 0 && line.substr(i, 4) == "<!--") {
      size_t end = line.find("-->", i + 4);
      if (end == std::string_view::npos) break;
      i = end + 2;
      continue;
    }
    out.push_back(c);
  }
  return out;
}

LineAction ClassifyLine(std::string_view* raw, DictFormat format) {
  if (!raw->empty() && raw->back() == '\r') raw->remove_suffix(1);
  if (format != DictFormat::kTabari || raw->empty()) return LineAction::kRead;
  if ((*raw)[0] == '~') return LineAction::kStop;
  if ((*raw)[0] == '#' || (*raw)[0] == '/') return LineAction::kSkip;
  return LineAction::kRead;
}

}  // namespace lexicon_internal

namespace {

using lexicon_internal::LineAction;
using lexicon_internal::StripComment;

class DictReader {
 public:
  DictReader(std::string_view path, DictFormat format, DictKind kind, Lexicon* lex,
             std::vector<Diagnostic>* problems)
      : path_(path), format_(format), kind_(kind), lex_(lex), problems_(problems) {
    file_ = static_cast<uint32_t>(lex_->files.size());
    lex_->files.emplace_back(path);
  }

  void Run(std::string_view text) {
    uint32_t number = 0;
    bool in_xml_comment = false, in_word_list = false;
    for (std::string_view raw : Split(text, '\n')) {
      line_ = ++number;
      const LineAction action = lexicon_internal::ClassifyLine(&raw, format_);
      if (in_xml_comment) {  // a multi-line "<!-- ... -->"
        if (raw.find("-->") != std::string_view::npos) in_xml_comment = false;
        continue;
      }
      std::string_view trimmed = StripSpace(raw);
      if (trimmed.starts_with("<!--") && trimmed.find("-->") == std::string_view::npos) {
        in_xml_comment = true;
        continue;
      }
      if (trimmed == "<NOUN>" || trimmed == "<ADJECTIVE>") {
        in_word_list = true;
        continue;
      }
      if (trimmed == "</NOUN>" || trimmed == "</ADJECTIVE>") {
        in_word_list = false;
        continue;
      }
      if (in_word_list) continue;
      if (action == LineAction::kStop) break;
      if (action == LineAction::kSkip) continue;
      const std::string clean = StripComment(raw, format_);
      if (StripSpace(clean).empty()) continue;
      if (kind_ == DictKind::kAgents) AgentLine(clean);
      else ActorLine(clean);
    }
    FinishActor();
    // Generated files write "31" as every month's end: one note, not thousands.
    if (clamped_days_ > 0)
      problems_->push_back({Diagnostic::kWarning, path_, first_clamped_line_,
                            Cat(first_clamped_, clamped_days_ > 1
                                                    ? Cat(" (and ", clamped_days_ - 1,
                                                          " more days past their month's end in this file)")
                                                    : "")});
  }

 private:
  void Problem(Diagnostic::Severity severity, std::string message) {
    problems_->push_back({severity, path_, line_, std::move(message)});
  }
  void Error(std::string message) { Problem(Diagnostic::kError, std::move(message)); }
  void Warning(std::string message) { Problem(Diagnostic::kWarning, std::move(message)); }

  bool ParsePhrase(std::string_view text, Phrase* out) {
    if (lexicon_internal::ParsePhraseText(text, format_, out)) return true;
    Error(Cat("empty phrase '", StripSpace(text), "'"));
    return false;
  }

  // Reads "[...] [...]" blocks; `text` must hold nothing else.
  bool ParseBlocks(std::string_view text, std::vector<std::string_view>* blocks) {
    text = StripSpace(text);
    if (text.size() >= 2 && text.front() == '"' && text.back() == '"') {
      Warning("code blocks in double quotes (a spreadsheet export?): quotes ignored");
      text = StripSpace(text.substr(1, text.size() - 2));
    }
    while (!text.empty()) {
      if (text[0] != '[') {
        Error(Cat("unexpected text '", text.substr(0, 40), "' where a [code] block should be"));
        return false;
      }
      size_t close = text.find(']');
      size_t next_open = text.find('[', 1);
      if (close == std::string_view::npos || (next_open != std::string_view::npos && next_open < close)) {
        Error(Cat("unclosed '[' in '", text.substr(0, 40), "'"));
        return false;
      }
      blocks->push_back(text.substr(1, close - 1));
      text = StripSpace(text.substr(close + 1));
    }
    return true;
  }

  void ActorLine(const std::string& line) {
    const bool indented = line[0] == ' ' || line[0] == '\t';
    std::string_view text = StripSpace(line);
    if (text[0] == '+') {  // a synonym of the entry above
      if (!open_) {
        Error(Cat("synonym '", text, "' with no actor entry above it"));
        return;
      }
      size_t open = text.find('[');
      Phrase p;
      if (ParsePhrase(text.substr(1, open == std::string_view::npos ? text.npos : open - 1), &p)) {
        p.line = line_;
        lex_->actors.back().synonyms.push_back(std::move(p));
      }
      if (open != std::string_view::npos) AddCodes(text.substr(open));
      return;
    }
    if (indented && text[0] == '[') {  // code blocks of the entry above
      if (!open_) {
        Error("code block with no actor entry above it");
        return;
      }
      AddCodes(text);
      return;
    }
    FinishActor();
    size_t open = text.find('[');
    Actor actor;
    actor.where = {file_, line_};
    if (!ParsePhrase(text.substr(0, open), &actor.phrase)) return;
    lex_->actors.push_back(std::move(actor));
    open_ = true;
    block_errors_ = false;
    entry_line_ = line_;
    if (open != std::string_view::npos) AddCodes(text.substr(open));
  }

  void AddCodes(std::string_view text) {
    std::vector<std::string_view> blocks;
    if (!ParseBlocks(text, &blocks)) {
      block_errors_ = true;
      return;
    }
    for (std::string_view b : blocks) {
      DatedCode code;
      std::string error;
      if (ParseCodeBlock(b, &code, &error)) {
        if (!error.empty() && clamped_days_++ == 0) {  // one warning per file, see Run()
          first_clamped_line_ = line_;
          first_clamped_ = error;
        }
        lex_->actors.back().codes.push_back(std::move(code));
      } else {
        Error(error);
        block_errors_ = true;
      }
    }
  }

  // An entry ends at the next one (or the end of the file); it needs a code.
  void FinishActor() {
    if (!open_) return;
    open_ = false;
    const Actor& a = lex_->actors.back();
    if (a.codes.empty() && !block_errors_)  // TABARI reads it as [---]
      problems_->push_back({Diagnostic::kWarning, path_, entry_line_,
                            Cat("actor '", a.phrase.Text(), "' has no code (read as [---])")});
  }

  void AgentLine(const std::string& line) {
    std::string_view text = StripSpace(line);
    const size_t close = text[0] == '!' ? text.find('!', 1) : std::string_view::npos;
    const bool defines = close != std::string_view::npos &&
                         StripSpace(text.substr(close + 1)).starts_with('=');
    if (defines) {  // !NAME! = A, B, C (else a phrase that starts with a set)
      const size_t eq = text.find('=', close);
      std::vector<std::string> values;
      for (std::string_view v : Split(text.substr(eq + 1), ',')) {
        v = StripSpace(v);
        if (!v.empty()) values.emplace_back(v);
      }
      if (values.empty()) Error(Cat("substitution set ", text.substr(0, close + 1), " is empty"));
      sets_[std::string(text.substr(0, close + 1))] = std::move(values);
      return;
    }
    const size_t open = text.find('[');
    if (open == std::string_view::npos) {
      Error(Cat("agent '", text, "' has no [code] block"));
      return;
    }
    std::vector<std::string_view> blocks;
    if (!ParseBlocks(text.substr(open), &blocks)) return;
    if (blocks.size() != 1) {
      Error(Cat("agent '", StripSpace(text.substr(0, open)), "' needs exactly one [code] block"));
      return;
    }
    Agent agent;
    agent.where = {file_, line_};
    std::string_view code = StripSpace(blocks[0]);
    if (code.starts_with('~')) {
      agent.code.assign(code.substr(1));
    } else if (std::string_view(code).ends_with("~")) {
      agent.code.assign(code.substr(0, code.size() - 1));
      agent.prefix = true;
    } else {
      Error(Cat("agent code [", code, "] needs a '~' (~XXX after the actor's code, XXX~ before it)"));
      return;
    }
    if (agent.code.empty() || agent.code.find('~') != std::string::npos) {
      Error(Cat("malformed agent code [", code, "]"));
      return;
    }
    // Phrase, then optional {plural forms}.
    std::string_view head = StripSpace(text.substr(0, open));
    std::vector<std::string> forms;
    if (size_t brace = head.find('{'); brace != std::string_view::npos) {
      size_t close = head.find('}', brace);
      if (close == std::string_view::npos) {
        Error(Cat("unclosed '{' in agent '", head, "'"));
        return;
      }
      for (std::string_view f : Split(head.substr(brace + 1, close - brace - 1), ' ')) {
        f = StripSpace(f);
        if (!f.empty()) forms.emplace_back(f);
      }
      head = StripSpace(head.substr(0, brace));
    }
    std::vector<std::string> expanded;
    if (!Expand(std::string(head), &expanded)) return;
    for (const std::string& f : forms)
      if (!Expand(f, &expanded)) return;
    for (size_t i = 0; i < expanded.size(); ++i) {
      Phrase p;
      if (!ParsePhrase(expanded[i], &p)) return;
      if (i == 0) agent.phrase = std::move(p);
      else agent.synonyms.push_back(std::move(p));
    }
    lex_->agents.push_back(std::move(agent));
  }

  // Replaces every !SET! in `phrase` by each of its values.
  bool Expand(const std::string& phrase, std::vector<std::string>* out) {
    size_t a = phrase.find('!');
    if (a == std::string::npos) {
      out->push_back(phrase);
      return true;
    }
    size_t b = phrase.find('!', a + 1);
    if (b == std::string::npos) {
      Error(Cat("unclosed '!' in '", phrase, "'"));
      return false;
    }
    auto it = sets_.find(phrase.substr(a, b - a + 1));
    if (it == sets_.end()) {
      Error(Cat("substitution set ", phrase.substr(a, b - a + 1), " is not defined above"));
      return false;
    }
    for (const std::string& v : it->second)
      if (!Expand(Cat(phrase.substr(0, a), v, phrase.substr(b + 1)), out)) return false;
    return true;
  }

  std::string path_;
  DictFormat format_;
  DictKind kind_;
  Lexicon* lex_;
  std::vector<Diagnostic>* problems_;
  uint32_t file_ = 0;
  uint32_t line_ = 0;
  bool open_ = false;  // the last actor may still get synonyms and codes
  uint32_t entry_line_ = 0;
  bool block_errors_ = false;  // the open entry had a code block that could not be read
  size_t clamped_days_ = 0;    // dates like "040931", read as the month's last day
  uint32_t first_clamped_line_ = 0;
  std::string first_clamped_;
  absl::flat_hash_map<std::string, std::vector<std::string>> sets_;
};

}  // namespace

DictKind DictKindOf(std::string_view path) {
  std::string lower = AsciiLower(path.substr(path.find_last_of('/') + 1));
  if (std::string_view(lower).ends_with(".zip")) lower.resize(lower.size() - 4);
  if (std::string_view(lower).ends_with(".txt")) lower.resize(lower.size() - 4);
  if (std::string_view(lower).ends_with("actors")) return DictKind::kActors;
  if (std::string_view(lower).ends_with("agents")) return DictKind::kAgents;
  if (std::string_view(lower).ends_with("verbs") || lower.find("verbpatterns") != std::string::npos)
    return DictKind::kVerbs;
  if (std::string_view(lower).ends_with("discards")) return DictKind::kDiscards;
  if (lower.find("issue") != std::string::npos) return DictKind::kIssues;
  if (std::string_view(lower).ends_with("prepositions")) return DictKind::kPrepositions;
  if (std::string_view(lower).ends_with(".options")) return DictKind::kOptions;
  return DictKind::kUnknown;
}

namespace {

// A verb dictionary whatever its name (PETRARCH's is "CAMEO.2.0.txt"): a
// line that starts with "---" and holds a [code].
bool LooksLikeVerbs(std::string_view text) {
  for (std::string_view line : Split(text, '\n'))
    if (line.starts_with("---") && line.find('[') != std::string_view::npos) return true;
  return false;
}

}  // namespace

namespace {

// Reads `text` as a dictionary of `kind` (kUnknown: from the name, else the content).
void ReadText(std::string_view text, std::string_view path, DictFormat format, DictKind kind,
              Lexicon* lexicon, std::vector<Diagnostic>* problems) {
  if (format == DictFormat::kParley || (format == DictFormat::kAuto && lexicon_internal::IsNativeDictionary(text))) {
    const uint32_t file = static_cast<uint32_t>(lexicon->files.size());
    lexicon->files.emplace_back(path);
    lexicon_internal::ReadNative(text, std::string(path), file, DictFormat::kParley, lexicon, problems);
    return;
  }
  if (format == DictFormat::kAuto)  // PETRARCH's files are "*.txt"
    format = std::string_view(AsciiLower(path)).ends_with(".txt") ? DictFormat::kPetrarch : DictFormat::kTabari;
  if (kind == DictKind::kUnknown) kind = DictKindOf(path);
  if (kind == DictKind::kUnknown && LooksLikeVerbs(text)) kind = DictKind::kVerbs;
  if (kind == DictKind::kUnknown) {
    problems->push_back({Diagnostic::kError, std::string(path), 1,
                         "not a dictionary parley reads yet (expected a name ending in actors, agents, "
                         "verbs, discards, prepositions or project, or verb blocks headed "
                         "\"--- NAME [CODE] ---\")"});
    return;
  }
  if (kind != DictKind::kActors && kind != DictKind::kAgents) {
    const uint32_t file = static_cast<uint32_t>(lexicon->files.size());
    lexicon->files.emplace_back(path);
    auto read = kind == DictKind::kVerbs      ? lexicon_internal::ReadVerbs
                : kind == DictKind::kDiscards ? lexicon_internal::ReadDiscards
                : kind == DictKind::kIssues   ? lexicon_internal::ReadIssues
                : kind == DictKind::kOptions  ? lexicon_internal::ReadOptions
                                              : lexicon_internal::ReadPrepositions;
    read(text, std::string(path), file, format, lexicon, problems);
    return;
  }
  DictReader(path, format, kind, lexicon, problems).Run(text);
}

absl::Status ReadFileAs(const std::string& path, DictFormat format, DictKind kind, Lexicon* lexicon,
                        std::vector<Diagnostic>* problems);

// A TABARI project file: "<actorsfile> NAME" (and agents, verbs, issues, options)
// lines name the dictionaries of a set, relative to the project's folder;
// "NAME.zip" is read when only the zipped file is there. Other lines (the
// description, options, text and output files, session history) are not
// dictionaries and are left alone.
void ReadProject(std::string_view text, const std::string& path, DictFormat format, Lexicon* lexicon,
                 std::vector<Diagnostic>* problems) {
  const std::pair<std::string_view, DictKind> kTags[] = {{"actorsfile", DictKind::kActors},
                                                         {"agentsfile", DictKind::kAgents},
                                                         {"verbsfile", DictKind::kVerbs},
                                                         {"issuesfile", DictKind::kIssues},
                                                         {"optionsfile", DictKind::kOptions}};
  for (const ProjectEntry& e : ProjectEntries(text, path))
    for (auto [tag, kind] : kTags) {
      if (e.tag != tag) continue;
      if (!ReadFileAs(e.path, format, kind, lexicon, problems).ok())
        problems->push_back({Diagnostic::kError, path, e.line, Cat("cannot read <", tag, "> ", e.path)});
    }
}

absl::Status ReadFileAs(const std::string& path, DictFormat format, DictKind kind, Lexicon* lexicon,
                        std::vector<Diagnostic>* problems) {
  PARLEY_ASSIGN_OR_RETURN(const std::string bytes, ReadWholeFile(path));
  const std::string lower = AsciiLower(path);
  if (std::string_view(lower).ends_with(".project")) {
    ReadProject(bytes, path, format, lexicon, problems);
    return absl::OkStatus();
  }
  if (!std::string_view(lower).ends_with(".zip")) {
    ReadText(bytes, path, format, kind, lexicon, problems);
    return absl::OkStatus();
  }
  PARLEY_ASSIGN_OR_RETURN(std::vector<ZipMember> members, ReadZip(bytes, path));
  for (const ZipMember& m : members) ReadText(m.data, Cat(path, "/", m.name), format, kind, lexicon, problems);
  return absl::OkStatus();
}

}  // namespace

std::vector<ProjectEntry> ProjectEntries(std::string_view text, const std::string& project_path) {
  const std::string dir =
      project_path.find('/') == std::string::npos ? "." : project_path.substr(0, project_path.rfind('/'));
  std::vector<ProjectEntry> out;
  uint32_t number = 0;
  for (std::string_view line : Split(text, '\n')) {
    ++number;
    line = StripSpace(line);
    const size_t close = line.find('>');
    if (!line.starts_with('<') || close == std::string_view::npos) continue;
    std::string tag = AsciiLower(line.substr(1, close - 1));
    if (!std::string_view(tag).ends_with("file")) continue;  // <coder>, <session ...>
    std::string_view name = StripSpace(line.substr(close + 1));
    name = StripSpace(name.substr(0, name.find('<')));
    std::string file = Cat(dir, "/", name);
    if (!std::filesystem::exists(file) && std::filesystem::exists(file + ".zip")) file += ".zip";
    out.push_back({std::move(tag), std::move(file), number});
  }
  return out;
}

void ReadDictionaryText(std::string_view text, std::string_view path, DictFormat format,
                        Lexicon* lexicon, std::vector<Diagnostic>* problems) {
  ReadText(text, path, format, DictKind::kUnknown, lexicon, problems);
}

absl::Status ReadDictionaryFile(const std::string& path, DictFormat format, Lexicon* lexicon,
                                std::vector<Diagnostic>* problems) {
  return ReadFileAs(path, format, DictKind::kUnknown, lexicon, problems);
}

}  // namespace parley
