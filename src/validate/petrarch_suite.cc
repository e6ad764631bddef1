// PETRARCH's XML validation format. The files are not well-formed XML ('#'
// banners, bare '&'), so they are read tag by tag rather than with an XML
// parser: only <Sentence>, <EventCoding>, <Text> and their attributes matter.
#include "parley/validate.h"
#include "util/strings.h"

namespace parley {
namespace {

// The value of attribute `name` in the tag text `tag` ("" if absent).
std::string Attribute(std::string_view tag, std::string_view name) {
  for (size_t at = 0; (at = tag.find(name, at)) != std::string_view::npos; at += name.size()) {
    if (at > 0 && tag[at - 1] != ' ' && tag[at - 1] != '\t' && tag[at - 1] != '\n') continue;
    size_t p = at + name.size();
    while (p < tag.size() && tag[p] == ' ') ++p;
    if (p >= tag.size() || tag[p] != '=') continue;
    ++p;
    while (p < tag.size() && tag[p] == ' ') ++p;
    if (p >= tag.size() || (tag[p] != '"' && tag[p] != '\'')) continue;
    const char quote = tag[p];
    size_t end = tag.find(quote, p + 1);
    if (end == std::string_view::npos) return {};
    return std::string(tag.substr(p + 1, end - p - 1));
  }
  return {};
}

uint32_t LineOf(std::string_view text, size_t offset) {
  uint32_t line = 1;
  for (size_t i = 0; i < offset && i < text.size(); ++i) line += text[i] == '\n';
  return line;
}

}  // namespace

std::vector<ValidationRecord> ReadPetrarchSuite(std::string_view text, const std::string& path,
                                                std::vector<Diagnostic>* problems) {
  std::vector<ValidationRecord> records;
  size_t counted = 0;
  uint32_t line = 1;
  auto line_at = [&](size_t offset) {  // incremental: offsets only grow
    line += LineOf(text.substr(counted, offset - counted), offset - counted) - 1;
    counted = offset;
    return line;
  };
  bool in_sentence = false;
  for (size_t at = 0; (at = text.find('<', at)) != std::string_view::npos;) {
    const size_t close = text.find('>', at);
    if (close == std::string_view::npos) {
      problems->push_back({Diagnostic::kError, path, line_at(at), "unclosed '<'"});
      break;
    }
    std::string_view tag = text.substr(at + 1, close - at - 1);
    const uint32_t here = line_at(at);
    if (tag.starts_with("Sentence ") || tag == "Sentence") {
      if (in_sentence)
        problems->push_back({Diagnostic::kError, path, here, "<Sentence> inside another (missing </Sentence>?)"});
      ValidationRecord r;
      r.id = Attribute(tag, "id");
      r.line = here;
      r.standard = AsciiLower(Attribute(tag, "evaluate")) != "false";
      const std::string date = Attribute(tag, "date");
      if (r.id.empty()) problems->push_back({Diagnostic::kError, path, here, "<Sentence> without id"});
      if (!ParseDictDate(date, &r.date))
        problems->push_back({Diagnostic::kError, path, here, Cat("<Sentence id=\"", r.id, "\"> with bad date '", date, "'")});
      records.push_back(std::move(r));
      in_sentence = true;
    } else if (tag == "/Sentence") {
      if (!in_sentence) problems->push_back({Diagnostic::kError, path, here, "</Sentence> without <Sentence>"});
      in_sentence = false;
    } else if (tag.starts_with("EventCoding")) {
      if (!in_sentence) {
        problems->push_back({Diagnostic::kError, path, here, "<EventCoding> outside a <Sentence>"});
      } else if (AsciiLower(Attribute(tag, "noevents")) == "true") {
        records.back().no_event = true;
      } else {
        ExpectedEvent e{Attribute(tag, "sourcecode"), Attribute(tag, "targetcode"), Attribute(tag, "eventcode"),
                        Attribute(tag, "plover")};
        if (e.code.empty() && e.plover.empty())  // some files give only the PLOVER category
          problems->push_back({Diagnostic::kError, path, here, "<EventCoding> without eventcode or plover"});
        else
          records.back().events.push_back(std::move(e));
      }
    } else if (tag == "Text" && in_sentence) {
      const size_t end = text.find("</Text>", close);
      if (end == std::string_view::npos) {
        problems->push_back({Diagnostic::kError, path, here, "<Text> without </Text>"});
        break;
      }
      records.back().text.assign(StripSpace(text.substr(close + 1, end - close - 1)));
      at = end;
      continue;
    } else if (tag == "Parse") {  // a CoNLL-U parse: skipped
      const size_t end = text.find("</Parse>", close);
      if (end == std::string_view::npos) break;
      at = end;
      continue;
    }
    at = close + 1;
  }
  if (in_sentence)
    problems->push_back({Diagnostic::kError, path, records.back().line, "<Sentence> never closed"});
  return records;
}

}  // namespace parley
