#include <algorithm>
#include <chrono>
#include <map>

#include "parley/conllu.h"
#include "parley/eval.h"
#include "parley/lemmatizer.h"
#include "parley/parser.h"
#include "parley/tagger.h"

namespace parley {

TagScores ScoreTagger(const Tagger& tagger, const std::vector<ConlluSentence>& gold,
                      const Lemmatizer* lemmatizer, const Parser* parser) {
  size_t uas = 0, las = 0;
  double parse_seconds = 0;
  std::vector<std::string_view> xpos_tags;
  std::vector<int> heads;
  std::vector<std::string> labels;
  TagScores s;
  size_t upos = 0, xpos = 0, both = 0, lemma = 0;
  std::map<std::string, int> errors;
  std::vector<int> tags;
  std::vector<std::string_view> forms;
  double seconds = 0;
  for (const ConlluSentence& sent : gold) {
    forms.clear();
    for (const ConlluWord& w : sent.words) forms.push_back(w.form);
    auto start = std::chrono::steady_clock::now();
    tagger.Tag(forms, &tags);
    seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    for (size_t i = 0; i < sent.words.size(); ++i) {
      bool u = tagger.upos(tags[i]) == sent.words[i].upos;
      bool x = tagger.xpos(tags[i]) == sent.words[i].xpos;
      upos += u;
      xpos += x;
      both += u && x;
      if (lemmatizer) {
        std::string got = lemmatizer->Lemma(sent.words[i].form, tagger.upos(tags[i]), tagger.xpos(tags[i]));
        if (got == sent.words[i].lemma) {
          ++lemma;
        } else {
          ++errors[sent.words[i].form + " " + tagger.upos(tags[i]) + ": " + sent.words[i].lemma +
                   " -> " + got];
        }
      }
    }
    if (parser) {
      xpos_tags.clear();
      for (int t : tags) xpos_tags.push_back(tagger.xpos(t));
      auto p0 = std::chrono::steady_clock::now();
      parser->Parse(forms, xpos_tags, &heads, &labels);
      parse_seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - p0).count();
      for (size_t i = 0; i < sent.words.size(); ++i) {
        bool h = heads[i] == sent.words[i].head;
        uas += h;
        las += h && labels[i] == sent.words[i].deprel;
      }
    }
    s.words += sent.words.size();
  }
  if (s.words) {
    s.upos = double(upos) / s.words;
    s.xpos = double(xpos) / s.words;
    s.both = double(both) / s.words;
    s.lemma = double(lemma) / s.words;
    s.uas = double(uas) / s.words;
    s.las = double(las) / s.words;
  }
  s.words_per_second = seconds > 0 ? s.words / seconds : 0;
  s.parser_words_per_second = parse_seconds > 0 ? s.words / parse_seconds : 0;
  s.lemma_errors.assign(errors.begin(), errors.end());
  std::stable_sort(s.lemma_errors.begin(), s.lemma_errors.end(),
                   [](const auto& a, const auto& b) { return a.second > b.second; });
  return s;
}

}  // namespace parley
