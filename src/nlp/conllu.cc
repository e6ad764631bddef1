#include "parley/conllu.h"

#include "util/file.h"
#include "util/strings.h"

namespace parley {
namespace {

std::string Field(std::string_view f) { return f == "_" ? std::string() : std::string(f); }

absl::Status LineError(std::string_view name, size_t line_no, std::string_view what) {
  return absl::InvalidArgumentError(Cat(name, ":", line_no, ": ", what));
}

}  // namespace

std::string_view SentId(const ConlluSentence& s) {
  for (const std::string& c : s.comments) {
    if (!c.starts_with("sent_id")) continue;
    size_t eq = c.find('=');
    if (eq != std::string::npos) return StripSpace(std::string_view(c).substr(eq + 1));
  }
  return {};
}

absl::StatusOr<std::vector<ConlluSentence>> ParseConllu(std::string_view text,
                                                         std::string_view name) {
  std::vector<ConlluSentence> out;
  ConlluSentence cur;
  size_t line_no = 0;
  auto flush = [&] {
    if (!cur.words.empty()) out.push_back(std::move(cur));
    cur = ConlluSentence();
  };
  for (std::string_view line : Split(text, '\n')) {
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty()) {
      flush();
      continue;
    }
    if (line[0] == '#') {
      cur.comments.emplace_back(StripSpace(line.substr(1)));
      continue;
    }
    std::vector<std::string_view> c = Split(line, '\t');
    if (c.size() != 10) return LineError(name, line_no, "expected 10 tab-separated columns");
    std::string_view id = c[0];
    if (id.find('.') != std::string_view::npos) continue;  // empty node
    if (size_t dash = id.find('-'); dash != std::string_view::npos) {
      ConlluRange r;
      if (!ParseInt(id.substr(0, dash), &r.first) || !ParseInt(id.substr(dash + 1), &r.last))
        return LineError(name, line_no, "bad multiword token id");
      r.form = std::string(c[1]);
      r.misc = Field(c[9]);
      cur.ranges.push_back(std::move(r));
      continue;
    }
    int n = 0;
    if (!ParseInt(id, &n) || n != static_cast<int>(cur.words.size()) + 1)
      return LineError(name, line_no, "word ids must count 1, 2, 3, ...");
    ConlluWord w;
    w.form = std::string(c[1]);
    w.lemma = Field(c[2]);
    w.upos = Field(c[3]);
    w.xpos = Field(c[4]);
    w.feats = Field(c[5]);
    if (c[6] != "_" && !ParseInt(c[6], &w.head)) return LineError(name, line_no, "bad head");
    w.deprel = Field(c[7]);
    w.misc = Field(c[9]);
    cur.words.push_back(std::move(w));
  }
  flush();
  return out;
}

absl::StatusOr<std::vector<ConlluSentence>> ReadConllu(const std::string& path) {
  PARLEY_ASSIGN_OR_RETURN(std::string text, ReadWholeFile(path));
  return ParseConllu(text, path);
}

absl::StatusOr<std::vector<ConlluSentence>> ReadConlluList(std::string_view paths) {
  std::vector<ConlluSentence> all;
  for (std::string_view p : Split(paths, ',', true)) {
    PARLEY_ASSIGN_OR_RETURN(std::vector<ConlluSentence> part, ReadConllu(std::string(p)));
    for (ConlluSentence& s : part) all.push_back(std::move(s));
  }
  return all;
}

}  // namespace parley
