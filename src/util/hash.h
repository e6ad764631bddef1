// Stable (version- and platform-independent) hashing for document ids.
#ifndef PARLEY_UTIL_HASH_H_
#define PARLEY_UTIL_HASH_H_

#include <cstdint>
#include <string>
#include <string_view>

namespace parley {

// 64-bit FNV-1a. Stable across runs, builds and machines.
uint64_t StableHash64(std::string_view data);

// 16 lowercase hex digits of `v`.
std::string Hex64(uint64_t v);

}  // namespace parley

#endif  // PARLEY_UTIL_HASH_H_
