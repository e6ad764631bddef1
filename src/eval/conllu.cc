// CoNLL-U reader that rebuilds the running text of a treebank (the CoNLL 2018
// shared task way: # newdoc / # newpar, SpaceAfter=No) with gold spans.
#include <fstream>
#include <sstream>

#include "parley/eval.h"
#include "util/strings.h"

namespace parley {
namespace {

bool SpaceAfterNo(std::string_view misc) {
  for (std::string_view item : Split(misc, '|'))
    if (item == "SpaceAfter=No") return false;
  return true;
}

class Rebuilder {
 public:
  explicit Rebuilder(std::string_view name) : name_(name) {}
  absl::Status Line(std::string_view line, size_t line_no);
  GoldText Finish() {
    EndSentence();
    return std::move(gold_);
  }

 private:
  void Break(bool paragraph);
  void EndSentence();
  void AddToken(std::string_view form, bool space_after);

  std::string_view name_;
  GoldText gold_;
  bool pending_par_ = false;
  bool sentence_open_ = false;
  bool last_space_after_ = true;
  size_t sentence_begin_ = 0;
  int mwt_last_ = 0;          // last word id covered by the current multiword token
  size_t mwt_begin_ = 0, mwt_end_ = 0, mwt_cursor_ = 0;
  std::string mwt_form_;
  std::string mwt_concat_;
  std::vector<std::string> mwt_words_;
};

void Rebuilder::EndSentence() {
  if (!sentence_open_) return;
  gold_.sentences.push_back({static_cast<uint32_t>(sentence_begin_),
                             static_cast<uint32_t>(gold_.text.size())});
  sentence_open_ = false;
}

void Rebuilder::AddToken(std::string_view form, bool space_after) {
  if (!sentence_open_) {
    if (!gold_.text.empty()) {
      if (pending_par_) gold_.text += "\n\n";
      else if (last_space_after_) gold_.text += " ";
    }
    pending_par_ = false;
    sentence_open_ = true;
    sentence_begin_ = gold_.text.size();
  } else if (last_space_after_) {
    gold_.text += " ";
  }
  gold_.text += form;
  last_space_after_ = space_after;
}

absl::Status Rebuilder::Line(std::string_view line, size_t line_no) {
  if (line.empty()) {
    EndSentence();
    return absl::OkStatus();
  }
  if (line[0] == '#') {
    if (line.starts_with("# newdoc") || line.starts_with("# newpar")) pending_par_ = true;
    return absl::OkStatus();
  }
  std::vector<std::string_view> cols = Split(line, '\t');
  if (cols.size() != 10)
    return absl::InvalidArgumentError(Cat(name_, ":", line_no, ": expected 10 columns"));
  std::string_view id = cols[0];
  if (id.find('.') != std::string_view::npos) return absl::OkStatus();  // empty node
  bool space_after = SpaceAfterNo(cols[9]);
  if (size_t dash = id.find('-'); dash != std::string_view::npos) {
    int last = 0;
    if (!ParseInt(id.substr(dash + 1), &last))
      return absl::InvalidArgumentError(Cat(name_, ":", line_no, ": bad id"));
    AddToken(cols[1], space_after);
    mwt_last_ = last;
    mwt_end_ = gold_.text.size();
    mwt_begin_ = mwt_end_ - cols[1].size();
    mwt_cursor_ = mwt_begin_;
    mwt_form_ = std::string(cols[1]);
    mwt_words_.clear();
    return absl::OkStatus();
  }
  int word_id = 0;
  if (!ParseInt(id, &word_id))
    return absl::InvalidArgumentError(Cat(name_, ":", line_no, ": bad id"));
  if (word_id <= mwt_last_) {
    mwt_words_.push_back(std::string(cols[1]));
    if (word_id == mwt_last_) {
      std::string concat;
      for (const std::string& w : mwt_words_) concat += w;
      size_t pos = mwt_begin_;
      for (const std::string& w : mwt_words_) {
        if (concat == mwt_form_) {
          gold_.words.push_back({static_cast<uint32_t>(pos), static_cast<uint32_t>(pos + w.size())});
          pos += w.size();
        } else {
          gold_.words.push_back({static_cast<uint32_t>(mwt_begin_), static_cast<uint32_t>(mwt_end_)});
        }
      }
      mwt_last_ = 0;
    }
    return absl::OkStatus();
  }
  AddToken(cols[1], space_after);
  gold_.words.push_back({static_cast<uint32_t>(gold_.text.size() - cols[1].size()),
                         static_cast<uint32_t>(gold_.text.size())});
  return absl::OkStatus();
}

}  // namespace

absl::StatusOr<GoldText> RebuildRawText(std::string_view conllu, std::string_view name) {
  Rebuilder r(name);
  size_t line_no = 0;
  for (std::string_view line : Split(conllu, '\n')) {
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    PARLEY_RETURN_IF_ERROR(r.Line(line, line_no));
  }
  return r.Finish();
}

absl::StatusOr<GoldText> ReadConlluFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return absl::NotFoundError(Cat(path, ": cannot open"));
  std::stringstream ss;
  ss << in.rdbuf();
  return RebuildRawText(ss.str(), path);
}

}  // namespace parley
