#include "parley/validate.h"
#include "util/strings.h"

namespace parley {
namespace {

// "950101  DEMO-01" (YYMMDD, or YYYYMMDD as TABARI's YYYY option allows),
// then the record id; anything after the id is ignored.
bool IsRecordHeader(std::string_view line, int32_t* date, std::string* id) {
  size_t digits = 0;
  while (digits < line.size() && IsAsciiDigit(line[digits])) ++digits;
  if ((digits != 6 && digits != 8) || digits == line.size()) return false;
  if (line[digits] != ' ' && line[digits] != '\t') return false;
  std::string_view rest = StripSpace(line.substr(digits));
  rest = rest.substr(0, rest.find_first_of(" \t"));
  if (rest.empty() || !ParseDictDate(line.substr(0, digits), date)) return false;
  id->assign(rest);
  return true;
}

// Reads the {...} expectations of a record's comment block.
void ReadExpectations(std::string_view comment, uint32_t line, const std::string& path,
                      ValidationRecord* r, std::vector<Diagnostic>* problems) {
  for (size_t at = 0; (at = comment.find('{', at)) != std::string_view::npos;) {
    size_t close = comment.find('}', at);
    if (close == std::string_view::npos) {  // TABARI reads to the end of the comment
      problems->push_back({Diagnostic::kWarning, path, line,
                           Cat("record ", r->id, ": unclosed '{' (read to the end of the comment)")});
      close = comment.size();
    }
    const bool unchecked = at > 0 && comment[at - 1] == '-';
    std::string_view inner = StripSpace(comment.substr(at + 1, close - at - 1));
    at = close + 1;
    if (unchecked) {
      r->unchecked = true;
      continue;
    }
    if (inner.empty()) continue;  // "{}" in a remark
    if (inner == "---") r->no_event = true;
    else if (inner == "+++") r->complex = true;
    else if (inner == "###") r->discard = true;
    else if (inner.starts_with("OPTION:")) r->options.emplace_back(StripSpace(inner.substr(7)));
    else if (std::vector<std::string_view> parts = Split(inner, '/'); parts.size() == 3)
      r->events.push_back({std::string(StripSpace(parts[0])), std::string(StripSpace(parts[1])),
                           std::string(StripSpace(parts[2])), ""});
    else
      problems->push_back({Diagnostic::kError, path, line,
                           Cat("record ", r->id, ": cannot read the expectation {", inner, "}")});
  }
}

}  // namespace

std::vector<ValidationRecord> ReadTabariSuite(std::string_view text, const std::string& path,
                                              std::vector<Diagnostic>* problems) {
  std::vector<ValidationRecord> records;
  bool standard = true, in_comment = false;
  std::string comment;
  uint32_t number = 0;
  for (std::string_view raw : Split(text, '\n')) {
    ++number;
    if (!raw.empty() && raw.back() == '\r') raw.remove_suffix(1);
    if (in_comment) {
      size_t end = raw.find("*/");
      comment += raw.substr(0, end);
      comment += ' ';
      if (end != std::string_view::npos) {
        in_comment = false;
        ReadExpectations(comment, records.back().line, path, &records.back(), problems);
      }
      continue;
    }
    int32_t date = 0;
    std::string id;
    if (IsRecordHeader(raw, &date, &id)) {
      if (!records.empty() && records.back().id == "FINAL-01") standard = false;
      ValidationRecord r;
      r.id = std::move(id);
      r.date = date;
      r.line = number;
      r.standard = standard;
      records.push_back(std::move(r));
      continue;
    }
    if (records.empty() || raw.starts_with('#')) continue;
    if (size_t open = raw.find("/*"); open != std::string_view::npos) {
      records.back().text += std::string(StripSpace(raw.substr(0, open)));
      std::string_view rest = raw.substr(open + 2);
      size_t end = rest.find("*/");
      comment.assign(rest.substr(0, end));
      comment += ' ';
      if (end == std::string_view::npos) in_comment = true;
      else ReadExpectations(comment, records.back().line, path, &records.back(), problems);
      continue;
    }
    std::string_view t = StripSpace(raw);
    if (t.empty()) continue;
    if (!records.back().text.empty()) records.back().text += ' ';
    records.back().text += std::string(t);
  }
  if (in_comment)
    problems->push_back({Diagnostic::kError, path, records.back().line,
                         Cat("record ", records.back().id, ": comment block never closed")});
  return records;
}

LexiconCodes::LexiconCodes(const Lexicon& lex) {
  for (const Actor& a : lex.actors)
    for (const DatedCode& c : a.codes)
      for (std::string_view alt : Split(c.code, '/'))  // "FRO/BIL/SAM": several actors
        if (!alt.empty()) actors_.emplace(alt);
  for (const Agent& g : lex.agents)
    if (!g.code.empty()) agents_.insert(g.code);
  auto add_event = [&](std::string_view code) {
    for (std::string_view side : Split(code, ':')) {
      while (!side.empty() && (side.back() == '!' || side.back() == '?')) side.remove_suffix(1);
      if (!side.empty()) events_.emplace(side);
    }
  };
  for (const VerbBlock& b : lex.verb_blocks) {
    add_event(b.code);
    for (const Verb& v : b.verbs) add_event(v.code);
    for (const VerbPattern& p : b.patterns) add_event(p.code);
  }
}

bool LexiconCodes::Composed(std::string_view code) const {
  if (code.empty()) return true;
  for (size_t n = 1; n <= code.size(); ++n)
    if (Has(agents_, code.substr(0, n)) && Composed(code.substr(n))) return true;
  return false;
}

bool LexiconCodes::KnowsActor(std::string_view code) const {
  if (code.starts_with('~')) return Composed(code.substr(1));  // an agent alone
  // Agents before the actor ("NGM~" + ARN), the actor, agents after it.
  for (size_t lead = 0; lead < code.size(); ++lead) {
    if (!Composed(code.substr(0, lead))) continue;
    for (size_t n = 1; lead + n <= code.size(); ++n)
      if (Has(actors_, code.substr(lead, n)) && Composed(code.substr(lead + n))) return true;
  }
  return false;
}

bool LexiconCodes::KnowsEvent(std::string_view code) const { return Has(events_, code); }

}  // namespace parley
