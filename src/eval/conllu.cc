// Rebuilds the running text of a treebank the CoNLL 2018 shared-task way
// (# newdoc / # newpar, SpaceAfter=No) with gold sentence and word spans.
#include "parley/conllu.h"
#include "parley/eval.h"
#include "util/strings.h"

namespace parley {
namespace {

bool SpaceAfter(const std::string& misc) {
  for (std::string_view item : Split(misc, '|'))
    if (item == "SpaceAfter=No") return false;
  return true;
}

bool StartsParagraph(const ConlluSentence& s) {
  for (const std::string& c : s.comments)
    if (c.starts_with("newdoc") || c.starts_with("newpar")) return true;
  return false;
}

class Rebuilder {
 public:
  void Add(const ConlluSentence& s);
  GoldText Finish() { return std::move(gold_); }

 private:
  // Appends a surface token (after the separator it needs) and returns its start.
  size_t Token(const std::string& form, bool first_in_sentence, bool paragraph, bool space_after);
  GoldText gold_;
  bool last_space_after_ = true;
};

size_t Rebuilder::Token(const std::string& form, bool first_in_sentence, bool paragraph,
                        bool space_after) {
  if (!gold_.text.empty()) {
    if (first_in_sentence && paragraph) gold_.text += "\n\n";
    else if (last_space_after_) gold_.text += " ";
  }
  size_t begin = gold_.text.size();
  gold_.text += form;
  last_space_after_ = space_after;
  return begin;
}

void Rebuilder::Add(const ConlluSentence& s) {
  const bool paragraph = StartsParagraph(s);
  size_t sentence_begin = 0;
  size_t r = 0;  // next multiword range
  for (size_t i = 0; i < s.words.size();) {
    const int id = static_cast<int>(i) + 1;
    const bool first = (i == 0);
    if (r < s.ranges.size() && s.ranges[r].first == id) {
      const ConlluRange& range = s.ranges[r++];
      size_t begin = Token(range.form, first, paragraph, SpaceAfter(range.misc));
      if (first) sentence_begin = begin;
      std::string concat;
      for (int k = range.first; k <= range.last; ++k) concat += s.words[k - 1].form;
      size_t pos = begin;
      for (int k = range.first; k <= range.last; ++k) {
        // Sub-spans when the words spell the token ("do"+"n't"), else the whole token.
        size_t len = concat == range.form ? s.words[k - 1].form.size() : range.form.size();
        size_t b = concat == range.form ? pos : begin;
        gold_.words.push_back({static_cast<uint32_t>(b), static_cast<uint32_t>(b + len)});
        pos += s.words[k - 1].form.size();
      }
      i = range.last;
      continue;
    }
    const ConlluWord& w = s.words[i];
    size_t begin = Token(w.form, first, paragraph, SpaceAfter(w.misc));
    if (first) sentence_begin = begin;
    gold_.words.push_back({static_cast<uint32_t>(begin), static_cast<uint32_t>(begin + w.form.size())});
    ++i;
  }
  gold_.sentences.push_back({static_cast<uint32_t>(sentence_begin),
                             static_cast<uint32_t>(gold_.text.size())});
}

}  // namespace

GoldText Rebuild(const std::vector<ConlluSentence>& sentences) {
  Rebuilder r;
  for (const ConlluSentence& s : sentences) r.Add(s);
  return r.Finish();
}

absl::StatusOr<GoldText> RebuildRawText(std::string_view conllu, std::string_view name) {
  PARLEY_ASSIGN_OR_RETURN(std::vector<ConlluSentence> sentences, ParseConllu(conllu, name));
  return Rebuild(sentences);
}

absl::StatusOr<GoldText> ReadConlluFile(const std::string& path) {
  PARLEY_ASSIGN_OR_RETURN(std::vector<ConlluSentence> sentences, ReadConllu(path));
  return Rebuild(sentences);
}

}  // namespace parley
