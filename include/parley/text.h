// The text front end: page cleaning and metadata, normalisation, tokenisation
// and sentence splitting. Every token and sentence keeps byte offsets into the
// original text; nothing is rewritten in place.
//
//   parley::Segmenter seg;                 // immutable, thread-safe
//   parley::SegmentedText out;
//   seg.Segment(doc.text, &out);           // out.sentences, out.tokens, out.page
#ifndef PARLEY_TEXT_H_
#define PARLEY_TEXT_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "parley/document.h"

namespace parley {

// Token::flags
enum TokenFlag : uint8_t {
  kSpaceBefore = 1,      // whitespace precedes the token
  kNewlineBefore = 2,    // a line break precedes the token
  kParagraphBefore = 4,  // a blank line, removed text or region start precedes
  kGluedSplit = 8,       // split out of a run with no space ("Oman.The")
};

// Token::kind
enum class TokenKind : uint8_t {
  kWord,      // letters/digits, possibly with internal connectors (U.S, 3.5, AT&T)
  kAbbrev,    // word with its abbreviation period attached ("Gen.", "U.S.")
  kClitic,    // 's n't 're 've 'll 'd 'm (and na/ta of gonna/gotta)
  kTerminal,  // . ! ? ... … and runs such as ?!
  kPunct,     // other punctuation: , ; : - — ( ) quotes ...
  kUrl,       // URL, e-mail address, @handle or #hashtag
  kSymbol,    // other symbols, emoji
};

struct Token {
  uint32_t begin = 0;  // byte offsets into the text
  uint32_t end = 0;
  TokenKind kind = TokenKind::kWord;
  uint8_t flags = 0;
  bool has(TokenFlag f) const { return (flags & f) != 0; }
};

// Sentence::flags
enum SentenceFlag : uint8_t {
  kCapped = 1,    // cut because it exceeded SegmentOptions::max_sentence_tokens
  kHeadline = 2,  // the page title / a headline line without final punctuation
};

struct Sentence {
  uint32_t begin = 0;        // byte offsets into the text
  uint32_t end = 0;
  uint32_t token_begin = 0;  // index range into SegmentedText::tokens
  uint32_t token_end = 0;
  uint8_t flags = 0;
};

// A span of page furniture that was removed from the text, and why.
struct RemovedSpan {
  Span span;
  std::string reason;  // e.g. "font-size widget", "byline", "publisher footer"
};

// What the page analysis found in a plain-text page.
struct PageInfo {
  std::string date;       // YYYY-MM-DD or empty
  std::string publisher;  // e.g. "News.Az", "Reuters"
  std::string title;
  std::string dateline;   // place of a wire dateline, e.g. "TEHRAN"
  Span title_span;        // empty if no title
  std::vector<RemovedSpan> removed;
  std::vector<Span> body;  // what remains, in order (complement of removed)
};

struct SegmentOptions {
  bool clean_page = true;  // find metadata and remove page furniture
  // Sentences longer than this are cut at the best break and flagged kCapped.
  uint32_t max_sentence_tokens = 250;
};

struct SegmentedText {
  PageInfo page;
  std::vector<Token> tokens;
  std::vector<Sentence> sentences;
  size_t invalid_bytes = 0;  // bytes of invalid UTF-8 (read as U+FFFD)
  void Clear();
};

// Page analysis alone: metadata and furniture of a plain-text page.
// Lines are examined in the header zone (first lines), anywhere (short share,
// advert, credit lines) and in the footer zone (publisher line).
PageInfo AnalyzePage(std::string_view text);

// Tokenises the given regions of text, appending to *tokens. The first token
// of each region is flagged kParagraphBefore. UD English conventions: clitics
// split ("don't" => do n't), hyphenated compounds split except after common
// prefixes, URLs kept whole.
void Tokenize(std::string_view text, const std::vector<Span>& regions,
              std::vector<Token>* tokens);
// Tokenises all of text.
void Tokenize(std::string_view text, std::vector<Token>* tokens);

// Groups tokens into sentences, appending to *sentences.
void SplitSentences(std::string_view text, const std::vector<Token>& tokens,
                    const SegmentOptions& options, std::vector<Sentence>* sentences);

// Form used for matching: NFKC, curly quotes and dashes folded to ASCII,
// invalid bytes as U+FFFD. ASCII input is returned unchanged.
std::string NormalizeForMatching(std::string_view token);

// The whole front end. Immutable after construction; Segment() may be called
// from many threads at once.
class Segmenter {
 public:
  explicit Segmenter(SegmentOptions options = {}) : options_(options) {}
  // REQUIRES: text.size() < 4 GiB.
  void Segment(std::string_view text, SegmentedText* out) const;
  const SegmentOptions& options() const { return options_; }

 private:
  SegmentOptions options_;
};

}  // namespace parley

#endif  // PARLEY_TEXT_H_
