// Arc-hybrid transition system (Kuhlmann et al. 2011) shared by the parser
// and its trainer. Words are 1..n; 0 is the artificial root, always at the
// bottom of the stack.
//   SHIFT     push b0
//   LEFT(l)   s0 <-l- b0, pop s0          (b0 must exist; s0 is not the root)
//   RIGHT(l)  s1 -l-> s0, pop s0          (onto the root only as the last move)
// Terminal when the buffer is empty and only the root is left.
#ifndef PARLEY_NLP_PARSER_STATE_H_
#define PARLEY_NLP_PARSER_STATE_H_

#include <vector>

namespace parley::parser {

enum Move { kShift = 0, kLeft = 1, kRight = 2 };

// Class ids: 0 = SHIFT, 1..L = LEFT with label l-1, L+1..2L = RIGHT.
inline int ClassOf(Move m, int label, int num_labels) {
  return m == kShift ? 0 : (m == kLeft ? 1 + label : 1 + num_labels + label);
}
inline Move MoveOf(int cls, int num_labels) {
  return cls == 0 ? kShift : (cls <= num_labels ? kLeft : kRight);
}
inline int LabelOf(int cls, int num_labels) {
  return cls == 0 ? -1 : (cls <= num_labels ? cls - 1 : cls - 1 - num_labels);
}

struct State {
  explicit State(int n);

  int n;                   // words
  std::vector<int> stack;  // word ids, stack.back() = s0
  int b = 1;               // buffer front; > n when empty
  std::vector<int> head, label;        // per word (index 0 unused), -1 if none yet
  std::vector<int> lc1, lc2, rc1, rc2; // leftmost/rightmost children, -1 if none
  std::vector<int> nleft, nright;      // number of left/right children

  bool Terminal() const { return b > n && stack.size() == 1; }
  int S(int i) const {  // i-th stack item from the top, -1 if none
    return static_cast<int>(stack.size()) > i ? stack[stack.size() - 1 - i] : -1;
  }
  int B(int i) const { return b + i <= n ? b + i : -1; }  // i-th buffer item
  bool CanShift() const { return b <= n; }
  bool CanLeft() const { return stack.size() >= 2 && b <= n; }
  bool CanRight() const {
    return stack.size() >= 3 || (stack.size() == 2 && b > n);
  }
  void Apply(Move m, int lab);

 private:
  void Attach(int h, int d, int lab);
};

}  // namespace parley::parser

#endif  // PARLEY_NLP_PARSER_STATE_H_
