// Error handling for parley: absl::Status / absl::StatusOr values and early-return
// helpers. The library never throws across its boundary and never exits.
#ifndef PARLEY_STATUS_H_
#define PARLEY_STATUS_H_

#include "absl/status/status.h"
#include "absl/status/statusor.h"

#define PARLEY_STATUS_CONCAT_INNER_(a, b) a##b
#define PARLEY_STATUS_CONCAT_(a, b) PARLEY_STATUS_CONCAT_INNER_(a, b)

// Returns from the enclosing function if `expr` yields a non-OK status.
#define PARLEY_RETURN_IF_ERROR(expr)            \
  do {                                          \
    ::absl::Status parley_status_ = (expr);     \
    if (!parley_status_.ok()) return parley_status_; \
  } while (0)

// `lhs = value of expr`, or returns its error status.
#define PARLEY_ASSIGN_OR_RETURN(lhs, expr) \
  PARLEY_ASSIGN_OR_RETURN_IMPL_(PARLEY_STATUS_CONCAT_(parley_or_, __LINE__), lhs, expr)
#define PARLEY_ASSIGN_OR_RETURN_IMPL_(tmp, lhs, expr) \
  auto tmp = (expr);                                  \
  if (!tmp.ok()) return tmp.status();                 \
  lhs = std::move(tmp).value()

#endif  // PARLEY_STATUS_H_
