#include "nlp/parser_features.h"

#include <algorithm>

#include "util/hash.h"
#include "util/strings.h"

namespace parley::parser {
namespace {

constexpr uint64_t kNone = 0x9e3779b97f4a7c15ull;  // no such position
constexpr uint64_t kRoot = 0x2545f4914f6cdd1dull;

// Mixes a template id and up to three values into one key (splitmix64 steps).
uint64_t Mix(uint64_t h, uint64_t v) {
  h ^= v + 0x9e3779b97f4a7c15ull + (h << 6) + (h >> 2);
  h ^= h >> 31;
  h *= 0xbf58476d1ce4e5b9ull;
  return h ^ (h >> 29);
}
uint64_t K(uint32_t t, uint64_t a) { return Mix(Mix(t * 0x100000001b3ull, a), 1); }
uint64_t K(uint32_t t, uint64_t a, uint64_t b) { return Mix(Mix(Mix(t * 0x100000001b3ull, a), b), 2); }
uint64_t K(uint32_t t, uint64_t a, uint64_t b, uint64_t c) {
  return Mix(Mix(Mix(Mix(t * 0x100000001b3ull, a), b), c), 3);
}

}  // namespace

void Sentence::Build(const std::vector<std::string_view>& words,
                     const std::vector<std::string_view>& tags) {
  word.assign(1, kRoot);
  tag.assign(1, kRoot);
  for (size_t i = 0; i < words.size(); ++i) {
    word.push_back(StableHash64(AsciiLower(words[i])));
    tag.push_back(StableHash64(tags[i]) ^ 0x5bd1e995);
  }
}

void Extract(const Sentence& s, const State& st, std::vector<uint64_t>* f) {
  f->clear();
  auto w = [&](int i) { return i < 0 ? kNone : s.word[i]; };
  auto t = [&](int i) { return i < 0 ? kNone : s.tag[i]; };
  auto l = [&](int i) { return i < 0 || st.label[i] < 0 ? kNone : uint64_t(st.label[i] + 7); };
  auto child = [&](const std::vector<int>& v, int i) { return i < 0 ? -1 : v[i]; };
  const int s0 = st.S(0), s1 = st.S(1), s2 = st.S(2);
  const int b0 = st.B(0), b1 = st.B(1), b2 = st.B(2);
  const int s0l = child(st.lc1, s0), s0r = child(st.rc1, s0), s0l2 = child(st.lc2, s0);
  const int s0r2 = child(st.rc2, s0), s1l = child(st.lc1, s1), s1r = child(st.rc1, s1);
  const int b0l = child(st.lc1, b0), b0l2 = child(st.lc2, b0);
  const uint64_t dist = (s0 >= 0 && b0 >= 0) ? std::min(b0 - s0, 6) : 0;
  const uint64_t d1 = (s0 > 0 && s1 >= 0) ? std::min(s0 - s1, 6) : 0;
  const uint64_t s0vl = s0 >= 0 ? std::min(st.nleft[s0], 4) : 9, s0vr = s0 >= 0 ? std::min(st.nright[s0], 4) : 9;
  const uint64_t b0vl = b0 >= 0 ? std::min(st.nleft[b0], 4) : 9, s1vr = s1 >= 0 ? std::min(st.nright[s1], 4) : 9;
  f->push_back(K(0, 0));  // bias
  // Single positions.
  f->push_back(K(1, w(s0))); f->push_back(K(2, t(s0))); f->push_back(K(3, w(s0), t(s0)));
  f->push_back(K(4, w(s1))); f->push_back(K(5, t(s1))); f->push_back(K(6, w(s1), t(s1)));
  f->push_back(K(7, w(b0))); f->push_back(K(8, t(b0))); f->push_back(K(9, w(b0), t(b0)));
  f->push_back(K(10, w(b1))); f->push_back(K(11, t(b1))); f->push_back(K(12, w(b1), t(b1)));
  f->push_back(K(13, t(b2))); f->push_back(K(14, t(s2))); f->push_back(K(15, w(b2)));
  // Pairs.
  f->push_back(K(20, w(s0), t(s0), w(b0))); f->push_back(K(21, w(s0), t(s0), t(b0)));
  f->push_back(K(22, t(s0), w(b0), t(b0))); f->push_back(K(23, w(s0), w(b0)));
  f->push_back(K(24, t(s0), t(b0))); f->push_back(K(25, t(b0), t(b1)));
  f->push_back(K(26, w(s0), t(s0), t(s1))); f->push_back(K(27, t(s0), w(s1), t(s1)));
  f->push_back(K(28, w(s0), w(s1))); f->push_back(K(29, t(s0), t(s1)));
  f->push_back(K(30, t(s1), t(b0))); f->push_back(K(31, w(s1), w(b0)));
  // Triples of tags.
  f->push_back(K(40, t(b0), t(b1), t(b2))); f->push_back(K(41, t(s0), t(b0), t(b1)));
  f->push_back(K(42, t(s1), t(s0), t(b0))); f->push_back(K(43, t(s2), t(s1), t(s0)));
  f->push_back(K(44, t(s0), t(s0l), t(b0))); f->push_back(K(45, t(s0), t(s0r), t(b0)));
  f->push_back(K(46, t(s1), t(s0), t(s0l))); f->push_back(K(47, t(s1), t(s0), t(s0r)));
  f->push_back(K(48, t(s0), t(b0), t(b0l))); f->push_back(K(49, t(s1), t(s1r), t(s0)));
  f->push_back(K(50, t(s1), t(s1l), t(s0)));
  // Distance and valency.
  f->push_back(K(60, w(s0), dist)); f->push_back(K(61, t(s0), dist)); f->push_back(K(62, w(b0), dist));
  f->push_back(K(63, t(b0), dist)); f->push_back(K(64, t(s0), t(b0), dist));
  f->push_back(K(65, t(s1), t(s0), d1)); f->push_back(K(66, w(s1), w(s0), d1));
  f->push_back(K(67, w(s0), s0vr)); f->push_back(K(68, t(s0), s0vr)); f->push_back(K(69, w(s0), s0vl));
  f->push_back(K(70, t(s0), s0vl)); f->push_back(K(71, w(b0), b0vl)); f->push_back(K(72, t(b0), b0vl));
  f->push_back(K(73, t(s1), s1vr));
  // Children and their labels.
  f->push_back(K(80, w(s0l))); f->push_back(K(81, t(s0l))); f->push_back(K(82, l(s0l)));
  f->push_back(K(83, w(s0r))); f->push_back(K(84, t(s0r))); f->push_back(K(85, l(s0r)));
  f->push_back(K(86, w(b0l))); f->push_back(K(87, t(b0l))); f->push_back(K(88, l(b0l)));
  f->push_back(K(89, t(s0l2), l(s0l2))); f->push_back(K(90, t(s0r2), l(s0r2)));
  f->push_back(K(91, t(b0l2), l(b0l2))); f->push_back(K(92, t(s1r), l(s1r)));
  f->push_back(K(93, t(s0), l(s0l), l(s0l2))); f->push_back(K(94, t(s0), l(s0r), l(s0r2)));
  f->push_back(K(95, t(b0), l(b0l), l(b0l2))); f->push_back(K(96, w(s0), l(s0r)));
  f->push_back(K(97, w(b0), l(b0l))); f->push_back(K(98, t(s1), l(s1l)));
}

}  // namespace parley::parser
