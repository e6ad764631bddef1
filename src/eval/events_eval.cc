// Agreement of coded events with a reference coder's output.
#include <algorithm>
#include <map>

#include "parley/eval.h"
#include "util/strings.h"

namespace parley {

absl::StatusOr<std::vector<ReferenceEvent>> ReadTabariEvents(
    std::string_view text, std::string_view path) {
  std::vector<ReferenceEvent> out;
  uint32_t number = 0;
  for (std::string_view line : Split(text, '\n')) {
    ++number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (StripSpace(line).empty()) continue;
    std::vector<std::string_view> f = Split(line, '\t');
    if (f.size() < 6 || f[3].empty())
      return absl::InvalidArgumentError(Cat(
          path, ":", number,
          ": expected DATE<TAB>SOURCE<TAB>TARGET<TAB>CODE<TAB>LABEL<TAB>ID"));
    std::string_view id = StripSpace(f[5]);
    while (!id.empty() && id.back() == '*')
      id.remove_suffix(1);  // TABARI pads ids to 12 characters with '*'
    out.push_back({std::string(id), std::string(f[1]), std::string(f[2]),
                   std::string(f[3])});
  }
  return out;
}

namespace {

// "record|SOURCE|TARGET|root"
std::string Key(const ReferenceEvent& e, size_t id_chars) {
  const std::string_view id = id_chars
                                  ? std::string_view(e.id).substr(0, id_chars)
                                  : std::string_view(e.id);
  return Cat(id, "|", e.source, "|", e.target, "|",
             std::string_view(e.code).substr(0, 2));
}

}  // namespace

EventAgreement CompareEvents(const std::vector<ReferenceEvent>& system,
                             const std::vector<ReferenceEvent>& reference,
                             size_t id_chars) {
  EventAgreement a;
  std::map<std::string, int> left;  // reference keys not yet matched
  for (const ReferenceEvent& r : reference) ++left[Key(r, id_chars)];
  std::map<std::string, int> matched;
  for (const ReferenceEvent& s : system) {
    auto it = left.find(Key(s, id_chars));
    if (it != left.end() && it->second > 0) {
      --it->second;
      ++matched[it->first];
      ++a.triples.correct;
    } else {
      a.only_system.push_back(s);
    }
  }
  for (const ReferenceEvent& r : reference) {
    auto it = matched.find(Key(r, id_chars));
    if (it != matched.end() && it->second > 0)
      --it->second;
    else
      a.only_reference.push_back(r);
  }
  a.triples.system = system.size();
  a.triples.gold = reference.size();
  return a;
}

}  // namespace parley
