#include "nlp/parser_state.h"

namespace parley::parser {

State::State(int n_words)
    : n(n_words), stack{0}, head(n_words + 1, -1), label(n_words + 1, -1), lc1(n_words + 1, -1),
      lc2(n_words + 1, -1), rc1(n_words + 1, -1), rc2(n_words + 1, -1), nleft(n_words + 1, 0),
      nright(n_words + 1, 0) {}

void State::Attach(int h, int d, int lab) {
  head[d] = h;
  label[d] = lab;
  if (d < h) {
    ++nleft[h];
    if (lc1[h] == -1 || d < lc1[h]) {
      lc2[h] = lc1[h];
      lc1[h] = d;
    } else if (lc2[h] == -1 || d < lc2[h]) {
      lc2[h] = d;
    }
  } else {
    ++nright[h];
    if (rc1[h] == -1 || d > rc1[h]) {
      rc2[h] = rc1[h];
      rc1[h] = d;
    } else if (rc2[h] == -1 || d > rc2[h]) {
      rc2[h] = d;
    }
  }
}

void State::Apply(Move m, int lab) {
  switch (m) {
    case kShift:
      stack.push_back(b++);
      break;
    case kLeft:
      Attach(b, stack.back(), lab);
      stack.pop_back();
      break;
    case kRight: {
      int s0 = stack.back();
      stack.pop_back();
      Attach(stack.back(), s0, lab);
      break;
    }
  }
}

}  // namespace parley::parser
