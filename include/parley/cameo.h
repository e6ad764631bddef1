// The CAMEO event ontology: every event code with its name, root and base
// codes, QuadClass, Goldstein weight and PLOVER event type and mode. The
// project's own tables (data/ontology/) are built into the library.
//
//   const CameoTable& cameo = CameoTable::Default();
//   const CameoEvent* e = cameo.Find("193");   // "Fight with small arms and
//   light weapons" e->goldstein;  // -10.0; e->quad_class: 4 (material
//   conflict); e->plover_event: "ASSAULT"
#ifndef PARLEY_CAMEO_H_
#define PARLEY_CAMEO_H_

#include <string>
#include <string_view>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "parley/status.h"

namespace parley {

struct CameoEvent {
  std::string code;  // "0211", "193", "19"
  std::string name;
  std::string root;  // the first two digits: "02"
  std::string base;  // the first three digits: "021" ("02" for a root)
  int quad_class =
      0;  // 1 verbal cooperation (roots 01-05), 2 material cooperation (06-09),
          // 3 verbal conflict (10-14), 4 material conflict (15-20)
  double goldstein = 0;
  std::string plover_event;  // "ASSAULT"; empty where PLOVER has no equivalent
  std::string plover_mode;   // "small-arms"; often empty
};

class CameoTable {
 public:
  // The tables built into parley (data/ontology/cameo_events.tsv and
  // cameo_plover.tsv). Built once, on first use; thread-safe.
  static const CameoTable& Default();

  // Parses the two tables (formats: docs/formats.md). Fails naming the line
  // of the first malformed row, an unknown root, or a PLOVER row for a code
  // the event table lacks.
  static absl::StatusOr<CameoTable> Parse(std::string_view events_tsv,
                                          std::string_view plover_tsv);

  // The event with this code, or nullptr. A code with a precedence mark
  // ("100!") or a passive side ("042:043") is not a code: callers split it.
  const CameoEvent* Find(std::string_view code) const;
  const std::vector<CameoEvent>& events() const { return events_; }

  // 1..4 for a code whose root is 01..20, else 0.
  static int QuadClassOfRoot(std::string_view code);

 private:
  std::vector<CameoEvent> events_;
  absl::flat_hash_map<std::string, size_t> by_code_;
};

}  // namespace parley

#endif  // PARLEY_CAMEO_H_
