// Internal entry point of the tokeniser, for tests and benchmarks.
#ifndef PARLEY_TEXT_TOKENIZER_INTERNAL_H_
#define PARLEY_TEXT_TOKENIZER_INTERNAL_H_

#include <string_view>
#include <vector>

#include "parley/text.h"

namespace parley {

// Tokenize() with the fast path for plain chunks switchable: with
// fast_path=false every chunk goes through the full scanner, the reference the
// fast path must agree with.
void TokenizeRegions(std::string_view text, const std::vector<Span>& regions, bool fast_path,
                     std::vector<Token>* tokens);

}  // namespace parley

#endif  // PARLEY_TEXT_TOKENIZER_INTERNAL_H_
