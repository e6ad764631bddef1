#include "parley/cameo.h"

#include "util/strings.h"

namespace parley {
namespace cameo_data {
extern const std::string_view kEvents;
extern const std::string_view kPlover;
}  // namespace cameo_data

namespace {

bool IsCode(std::string_view c) {
  if (c.size() < 2 || c.size() > 4) return false;
  for (char ch : c)
    if (!IsAsciiDigit(ch)) return false;
  return true;
}

// Calls fn(line_number, fields) for each row after the header; comments
// ('#') and blank lines are skipped. Returns false at the first fn failure.
template <typename Fn>
absl::Status ForEachRow(std::string_view tsv, std::string_view name,
                        std::string_view header, Fn fn) {
  uint32_t number = 0;
  bool seen_header = false;
  for (std::string_view line : Split(tsv, '\n')) {
    ++number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (StripSpace(line).empty() || line[0] == '#') continue;
    if (!seen_header) {
      if (line != header)
        return absl::InvalidArgumentError(
            Cat(name, ":", number, ": expected the header '", header, "'"));
      seen_header = true;
      continue;
    }
    std::string error = fn(Split(line, '\t'));
    if (!error.empty())
      return absl::InvalidArgumentError(Cat(name, ":", number, ": ", error));
  }
  if (!seen_header)
    return absl::InvalidArgumentError(Cat(name, ": empty table"));
  return absl::OkStatus();
}

}  // namespace

int CameoTable::QuadClassOfRoot(std::string_view code) {
  int root = 0;
  if (code.size() < 2 || !ParseInt(code.substr(0, 2), &root)) return 0;
  if (root >= 1 && root <= 5) return 1;
  if (root >= 6 && root <= 9) return 2;
  if (root >= 10 && root <= 14) return 3;
  if (root >= 15 && root <= 20) return 4;
  return 0;
}

absl::StatusOr<CameoTable> CameoTable::Parse(std::string_view events_tsv,
                                             std::string_view plover_tsv) {
  CameoTable t;
  PARLEY_RETURN_IF_ERROR(ForEachRow(
      events_tsv, "cameo_events.tsv", "code\tname\tgoldstein",
      [&](const std::vector<std::string_view>& f) -> std::string {
        double goldstein = 0;
        if (f.size() != 3 || !IsCode(f[0]) || QuadClassOfRoot(f[0]) == 0)
          return "expected CODE<TAB>NAME<TAB>GOLDSTEIN";
        if (!ParseDouble(f[2], &goldstein) || goldstein < -10 || goldstein > 10)
          return Cat("bad Goldstein weight '", f[2], "'");
        if (t.by_code_.contains(std::string(f[0])))
          return Cat("code ", f[0], " appears twice");
        CameoEvent e;
        e.code.assign(f[0]);
        e.name.assign(f[1]);
        e.root.assign(f[0].substr(0, 2));
        e.base.assign(f[0].substr(0, std::min<size_t>(3, f[0].size())));
        e.quad_class = QuadClassOfRoot(f[0]);
        e.goldstein = goldstein;
        t.by_code_.emplace(e.code, t.events_.size());
        t.events_.push_back(std::move(e));
        return {};
      }));
  PARLEY_RETURN_IF_ERROR(ForEachRow(
      plover_tsv, "cameo_plover.tsv", "code\tplover_event\tplover_mode",
      [&](const std::vector<std::string_view>& f) -> std::string {
        if (f.size() != 3 || f[1].empty())
          return "expected CODE<TAB>EVENT<TAB>MODE";
        auto it = t.by_code_.find(std::string(f[0]));
        if (it == t.by_code_.end())
          return Cat("code ", f[0], " is not in the event table");
        t.events_[it->second].plover_event.assign(f[1]);
        t.events_[it->second].plover_mode.assign(f[2]);
        return {};
      }));
  return t;
}

const CameoTable& CameoTable::Default() {
  static const CameoTable* table = [] {
    auto t = Parse(cameo_data::kEvents, cameo_data::kPlover);
    // The built-in tables are checked by the tests; a failure here is a build
    // defect.
    return new CameoTable(t.ok() ? *std::move(t) : CameoTable());
  }();
  return *table;
}

const CameoEvent* CameoTable::Find(std::string_view code) const {
  auto it = by_code_.find(std::string(code));
  return it == by_code_.end() ? nullptr : &events_[it->second];
}

}  // namespace parley
