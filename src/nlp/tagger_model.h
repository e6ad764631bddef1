// Constants of the tagger model file.
#ifndef PARLEY_NLP_TAGGER_MODEL_H_
#define PARLEY_NLP_TAGGER_MODEL_H_

#include <cstdint>
#include <string_view>

namespace parley::tagger {

inline constexpr std::string_view kMagic = "PRLYTAG\x01";
inline constexpr uint32_t kVersion = 2;

}  // namespace parley::tagger

#endif  // PARLEY_NLP_TAGGER_MODEL_H_
