// Readers of the one-phrase-per-line files: discards and PETRARCH issues.
#include <algorithm>
#include <iterator>

#include "lexicon/reader_internal.h"
#include "parley/lexicon.h"
#include "util/strings.h"

namespace parley::lexicon_internal {
namespace {

// Calls `fn(line_number, text)` for each line that holds something besides a
// comment (TABARI: ';' comments, '#'/'/' in column 1 and '~' ending the file).
template <typename Fn>
void ForEachEntryLine(std::string_view text, DictFormat format, Fn fn) {
  uint32_t number = 0;
  for (std::string_view raw : Split(text, '\n')) {
    ++number;
    const LineAction action = ClassifyLine(&raw, format);
    if (action == LineAction::kStop) break;
    if (action == LineAction::kSkip) continue;
    const std::string clean = StripComment(raw, format);
    std::string_view t = StripSpace(clean);
    if (!t.empty()) fn(number, t, raw);
  }
}

}  // namespace

// True if most non-empty lines have five or more tab-separated columns.
bool LooksLikeTable(std::string_view text, size_t* table_lines, size_t* lines) {
  *table_lines = *lines = 0;
  for (std::string_view line : Split(text, '\n')) {
    if (StripSpace(line).empty()) continue;
    ++*lines;
    *table_lines += Split(line, '\t').size() >= 5;
  }
  return *lines > 0 && 2 * *table_lines > *lines;
}

void ReadDiscards(std::string_view text, const std::string& path, uint32_t file, DictFormat format,
                  Lexicon* lexicon, std::vector<Diagnostic>* problems) {
  size_t table_lines = 0, lines = 0;
  if (LooksLikeTable(text, &table_lines, &lines)) {
    problems->push_back({Diagnostic::kError, path, 1,
                         Cat("this is a tab-separated data table (", table_lines, " of ", lines,
                             " lines have 5 or more columns), not a list of discard phrases: not read")});
    return;
  }
  ForEachEntryLine(text, format, [&](uint32_t line, std::string_view t, std::string_view) {
    Discard d;
    d.where = {file, line};
    if (t[0] == '+') {
      d.story = true;
      t = t.substr(1);
    }
    if (ParsePhraseText(t, format, &d.phrase)) lexicon->discards.push_back(std::move(d));
    else problems->push_back({Diagnostic::kError, path, line, "empty discard phrase"});
  });
}

void ReadIssues(std::string_view text, const std::string& path, uint32_t file, DictFormat format,
                Lexicon* lexicon, std::vector<Diagnostic>* problems) {
  std::string category;
  bool open = false;
  ForEachEntryLine(text, format, [&](uint32_t line, std::string_view t, std::string_view) {
    auto error = [&](std::string message) {
      problems->push_back({Diagnostic::kError, path, line, std::move(message)});
    };
    if (t.starts_with("<ISSUE")) {
      if (open) error("<ISSUE> inside another <ISSUE> (missing </ISSUE>?)");
      size_t a = t.find("CATEGORY=\"");
      size_t b = a == std::string_view::npos ? a : t.find('"', a + 10);
      if (b == std::string_view::npos) {
        error(Cat("<ISSUE> without CATEGORY=\"...\": '", t, "'"));
        category.clear();
      } else {
        category.assign(t.substr(a + 10, b - a - 10));
      }
      open = true;
      return;
    }
    if (t.starts_with("</ISSUE")) {
      if (!open) error("</ISSUE> without <ISSUE>");
      open = false;
      return;
    }
    if (!open) {
      error(Cat("issue phrase outside <ISSUE> ... </ISSUE>: '", t, "'"));
      return;
    }
    IssuePhrase p;
    p.where = {file, line};
    p.category = category;
    if (t[0] == '~') {
      p.ignore = true;
      t = StripSpace(t.substr(1));
    } else {
      size_t open_code = t.rfind('[');
      size_t close = open_code == std::string_view::npos ? open_code : t.find(']', open_code);
      if (open_code != std::string_view::npos && close == std::string_view::npos) {
        error(Cat("unclosed '[' in '", t, "'"));
        return;
      }
      if (close == std::string_view::npos) {
        problems->push_back({Diagnostic::kWarning, path, line,
                             Cat("issue phrase '", t, "' has no [CODE]: coded as its category ", category)});
        p.code = category;
      } else {
        p.code.assign(StripSpace(t.substr(open_code + 1, close - open_code - 1)));
        t = StripSpace(t.substr(0, open_code));
      }
    }
    // "n:" / "v:" before a word gives its part of speech.
    std::string plain;
    for (size_t i = 0; i < t.size(); ++i) {
      if (i + 1 < t.size() && t[i + 1] == ':' && (t[i] == 'n' || t[i] == 'v') &&
          (i == 0 || t[i - 1] == ' ' || t[i - 1] == '+')) {
        p.pos = t[i];
        ++i;
        continue;
      }
      plain.push_back(t[i]);
    }
    if (ParsePhraseText(plain, format, &p.phrase)) lexicon->issues.push_back(std::move(p));
    else error("empty issue phrase");
  });
  if (open)
    problems->push_back({Diagnostic::kError, path, static_cast<uint32_t>(Split(text, '\n').size()),
                         Cat("<ISSUE CATEGORY=\"", category, "\"> is never closed")});
}

void ReadOptions(std::string_view text, const std::string& path, uint32_t, DictFormat,
                 Lexicon* lexicon, std::vector<Diagnostic>* problems) {
  static constexpr std::string_view kCommands[] = {"COMPLEX", "SET",   "LABEL", "OUTPUT",
                                                   "FORWARD", "DEFAULT", "COMMA", "NONEVENTS"};
  ForEachEntryLine(text, DictFormat::kTabari, [&](uint32_t line, std::string_view t, std::string_view) {
    const size_t colon = t.find(':');
    std::string command = AsciiUpper(StripSpace(t.substr(0, colon)));
    if (colon == std::string_view::npos ||
        std::find(std::begin(kCommands), std::end(kCommands), command) == std::end(kCommands)) {
      problems->push_back({Diagnostic::kError, path, line,
                           Cat("unknown option command '", StripSpace(t.substr(0, colon)),
                               "' (COMPLEX, SET, LABEL, OUTPUT, FORWARD, DEFAULT, COMMA or NONEVENTS)")});
      return;
    }
    std::string_view args = StripSpace(t.substr(colon + 1));
    if (command == "LABEL") {  // "LABEL: 0211= Appeal for ..."
      const size_t eq = args.find('=');
      if (eq == std::string_view::npos) {
        problems->push_back({Diagnostic::kError, path, line, Cat("LABEL without '=': '", args, "'")});
        return;
      }
      lexicon->labels.emplace_back(StripSpace(args.substr(0, eq)), StripSpace(args.substr(eq + 1)));
    }
    lexicon->options.emplace_back(std::move(command), std::string(args));
  });
}

void ReadPrepositions(std::string_view text, const std::string& path, uint32_t, DictFormat format,
                      Lexicon* lexicon, std::vector<Diagnostic>* problems) {
  ForEachEntryLine(text, format, [&](uint32_t line, std::string_view t, std::string_view) {
    if (t.find_first_of(" \t[") != std::string_view::npos) {
      problems->push_back({Diagnostic::kError, path, line, Cat("not a single preposition: '", t, "'")});
      return;
    }
    lexicon->prepositions.push_back(AsciiUpper(t));
  });
}

}  // namespace parley::lexicon_internal
