// Page analysis for plain-text pages: metadata (date, publisher, title,
// dateline) and furniture removal. Works line by line:
//   header zone (the first short lines): font-size widgets, date lines,
//     bylines, then the title;
//   anywhere: short share/subscribe/advert lines, photo credits, copyright;
//   first body line: a wire dateline "TEHRAN (Reuters) - " (prefix removed);
//   footer zone: a short publisher line ("News.Az") and wire credits.
// Nothing is rewritten: removed spans are reported with their offsets and
// reasons, and body spans are the complement.
#include <algorithm>
#include <string>

#include "parley/text.h"
#include "text/dates.h"
#include "re2/set.h"
#include "util/re2_util.h"
#include "util/strings.h"

namespace parley {
namespace {

constexpr size_t kHeaderLines = 8;       // non-empty lines examined as header
constexpr size_t kShortLine = 200;       // longer lines are prose, never furniture
constexpr size_t kMaxFooterChars = 40;

struct Line {
  size_t begin;  // trimmed content
  size_t end;
  size_t full_end;  // past the '\n' (or text end)
};

std::vector<Line> SplitLines(std::string_view text) {
  std::vector<Line> lines;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    size_t end = nl == std::string_view::npos ? text.size() : nl;
    size_t full_end = nl == std::string_view::npos ? text.size() : nl + 1;
    size_t b = pos, e = end;
    while (b < e && IsAsciiSpace(text[b])) ++b;
    while (e > b && IsAsciiSpace(text[e - 1])) --e;
    if (e > b) lines.push_back({b, e, full_end});
    pos = full_end;
  }
  return lines;
}

const RE2& WidgetRe() {
  static const RE2* re = new RE2(
      "(?i)(\\b\\d{1,2}\\s*px\\b|↺|\\bfont[ -]?size\\b|\\btext[ -]?size\\b|^A\\s*[-+−]\\s*A\\s*[-+−]?$"
      "|^[-+−]\\s*A\\s*[-+−]$)");
  return *re;
}

// What may surround a date on a date line: "Published: Tue 18 May 2024, 10:02 GMT".
const RE2& DateLineRestRe() {
  static const RE2* re = new RE2(
      "(?i)^(?:[\\s|•·,:;/()\\-–—]|date|dated|published|updated|posted|last|modified|on|at|"
      "am|pm|a\\.m\\.|p\\.m\\.|gmt|utc|[ecmp][sd]t|bst|cet|cest|msk|ist|local|time|\\d{1,2}:\\d{2}"
      "(?::\\d{2})?|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|"
      "thu|thur|thurs|fri|sat|sun|z|t|\\+\\d{2}:?\\d{2})*$");
  return *re;
}

const RE2& BylineRe() {
  static const RE2* re = new RE2(
      "^(?i:by)\\s+[A-Z\\x{C0}-\\x{DE}][A-Za-z\\x{C0}-\\x{24F}.'’-]*(?:\\s+[A-Z\\x{C0}-\\x{DE}][A-Za-z\\x{C0}-\\x{24F}.'’-]*){0,3}"
      "(?:\\s*(?:,|and|&)\\s*[A-Z\\x{C0}-\\x{DE}][A-Za-z\\x{C0}-\\x{24F}.'’-]*(?:\\s+[A-Z\\x{C0}-\\x{DE}][A-Za-z\\x{C0}-\\x{24F}.'’-]*){0,3})*"
      "(?:\\s*[,|–—-]\\s*[^.]{0,60})?$");
  return *re;
}

const char* SharePattern() {
  return "(?i)^(?:advertisement|advert|ad|sponsored(?: content)?|share(?: this)?(?: article| story| "
      "post)?|share (?:on|via) \\w+|tweet|email|e-mail|print|copy link|link copied|save|"
      "subscribe.*|sign up.*|follow us.*|read more.*|read also.*|related:.*|related "
      "(?:articles|stories|news|coverage|content)|more from .*|click here.*|story continues "
      "below.*|continue reading.*|comments?|\\d+ comments?|skip to (?:main )?content|listen "
      "to (?:this )?article.*|\\d+ min(?:ute)?s? read|hide caption|toggle caption|enlarge "
      "this image|watch:.*|video:.*|(?:facebook|twitter|email|print|share|whatsapp|linkedin|"
      "telegram|reddit|messenger|pinterest)(?:[\\s|•·,/]+(?:facebook|twitter|x|email|print|share|"
      "whatsapp|linkedin|telegram|reddit|messenger|pinterest)){0,12})$";
}

const char* CreditPattern() {
  return "(?i)^(?:(?:photo|photograph|image|picture|file photo|pictured|caption|credit)"
      "(?: credit)?\\s*[:|–—-].*|.*(?:getty images|/ ?afp|afp via getty|ap photo/?.*|reuters/"
      "[A-Za-z\\x{C0}-\\x{24F} .]+|/ ?reuters|/ ?ap|epa-efe.*|shutterstock|\\(photo: .*\\)|\\(image: .*\\)))$";
}

const char* CopyrightPattern() {
  return "(?i)^(?:©|\\(c\\)|copyright\\b).*$|^all rights reserved\\.?$";
}

const char* WireCreditsPattern() {
  return "(?i)^\\(?(?:reporting|additional reporting|writing|editing|compiled) by .*\\)?$";
}

constexpr std::string_view kWires =
    "Reuters|AP|AFP|Associated Press|Xinhua|Bloomberg|UPI|dpa|DPA|Anadolu|IRNA|TASS|"
    "Interfax|RIA Novosti|Yonhap|Kyodo|PTI|ANI|EFE|ANSA|WAFA|SPA|KUNA|Al Jazeera|CNN|BBC|"
    "Sputnik|Tasnim|Fars|Mehr|IANS|APA|Trend|News\\.Az";

const RE2& DatelineRe() {
  static const RE2* re = new RE2(
      "^((?:[A-Z\\x{C0}-\\x{DE}][A-Z\\x{C0}-\\x{DE}.'’]*)(?:[ -][A-Z\\x{C0}-\\x{DE}][A-Z\\x{C0}-\\x{DE}.'’]*){0,3})(?:,\\s*[A-Za-z\\x{C0}-\\x{24F}.' ]{2,30}?)?"
      "(?:,?\\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?\\s+\\d{1,2})?"
      "\\s*\\((" + std::string(kWires) + ")\\)\\s*[-–—]+\\s*");
  return *re;
}

// "TEHRAN — Iran said": an all-caps place before a dash.
const RE2& BareDatelineRe() {
  static const RE2* re = new RE2(
      "^((?:[A-Z\\x{C0}-\\x{DE}]{3,}[A-Z\\x{C0}-\\x{DE}.'’]*)(?:[ -][A-Z\\x{C0}-\\x{DE}][A-Z\\x{C0}-\\x{DE}.'’]*){0,3})"
      "(?:,\\s*[A-Za-z\\x{C0}-\\x{24F}.' ]{2,30}?)?\\s+[–—-]+\\s+");
  return *re;
}

// Cheap pre-tests before the regexes. A dateline starts with a capital
// letter followed by another capital, a period or apostrophe ("U.S. ...",
// "N'DJAMENA") or a non-ASCII byte.
bool MaybeDateline(std::string_view s) {
  return s.size() >= 4 && (IsAsciiUpper(s[0]) || static_cast<unsigned char>(s[0]) >= 0x80) &&
         (IsAsciiUpper(s[1]) || s[1] == '.' || s[1] == '\'' ||
          static_cast<unsigned char>(s[1]) >= 0x80);
}

// A font-size widget mentions pixels, a size, the reset arrow, or is a short
// "A+ A-" line.
bool MaybeWidget(std::string_view s) {
  return s.size() <= 12 || Contains(s, "px") || Contains(s, "ize") || Contains(s, "\xE2\x86\xBA");
}

class PageAnalyzer {
 public:
  explicit PageAnalyzer(std::string_view text) : text_(text), lines_(SplitLines(text)) {}
  PageInfo Run();

 private:
  std::string_view Content(const Line& l) const { return text_.substr(l.begin, l.end - l.begin); }
  void Remove(size_t i, std::string reason);
  void Header();
  void Anywhere();
  void Footer();
  void Dateline();
  void Title();
  bool TryDateLine(size_t i);
  void FinishBody();

  std::string_view text_;
  std::vector<Line> lines_;
  std::vector<bool> removed_;
  size_t header_end_ = 0;  // lines [0, header_end_) are the header zone
  PageInfo info_;
};

void PageAnalyzer::Remove(size_t i, std::string reason) {
  if (removed_[i]) return;
  removed_[i] = true;
  const Line& l = lines_[i];
  info_.removed.push_back({{static_cast<uint32_t>(l.begin), static_cast<uint32_t>(l.end)},
                           std::move(reason)});
}

bool PageAnalyzer::TryDateLine(size_t i) {
  std::string_view s = Content(lines_[i]);
  FoundDate d;
  if (s.size() > 100 || !FindDate(s, &d)) return false;
  std::string rest = std::string(s.substr(0, d.begin)) + " " + std::string(s.substr(d.end));
  if (!FullMatch(rest, DateLineRestRe())) return false;
  if (info_.date.empty()) info_.date = d.iso;
  Remove(i, "date line");
  return true;
}

void PageAnalyzer::Header() {
  while (header_end_ < lines_.size() && header_end_ < kHeaderLines &&
         lines_[header_end_].end - lines_[header_end_].begin <= kShortLine)
    ++header_end_;
  for (size_t i = 0; i < header_end_; ++i) {
    std::string_view s = Content(lines_[i]);
    if (MaybeWidget(s) && PartialMatch(s, WidgetRe())) {
      FoundDate d;
      if (info_.date.empty() && FindDate(s, &d)) info_.date = d.iso;
      Remove(i, "font-size widget");
    } else if (TryDateLine(i)) {
    } else if (s.size() <= 120 && FullMatch(s, BylineRe())) {
      Remove(i, "byline");
    }
  }
}

// The furniture patterns that may match a whole line anywhere, compiled into
// one RE2::Set so each short line is scanned once.
enum Furniture { kShare, kCredit, kCopyright, kWireCredits, kNumFurniture };

const RE2::Set& FurnitureSet() {
  static const RE2::Set* set = [] {
    auto* s = new RE2::Set(RE2::DefaultOptions, RE2::ANCHOR_BOTH);
    for (const char* p : {SharePattern(), CreditPattern(), CopyrightPattern(), WireCreditsPattern()})
      s->Add(p, nullptr);
    s->Compile();
    return s;
  }();
  return *set;
}

// Cheap pre-test before the furniture patterns: a line of prose (ends like a
// sentence, eight words or more) can only be furniture if it starts with one
// of the furniture patterns' first words or names a photo agency.
bool MaybeFurniture(std::string_view s) {
  char last = s.back();
  bool ends_like_prose = last == '.' || last == '?' || last == '!' || last == '"' ||
                         s.ends_with("\xE2\x80\x9D");
  if (!ends_like_prose || std::count(s.begin(), s.end(), ' ') < 7) return true;
  if (s[0] == '(' || s.starts_with("\xC2\xA9")) return true;
  static constexpr std::string_view kFirstWords[] = {
      "copyright", "all rights", "photo", "image", "picture", "file photo", "caption", "credit",
      "reporting", "additional", "writing", "editing", "compiled", "click", "read", "related",
      "more from", "follow", "sign up", "subscribe", "share", "story continues", "continue",
      "listen", "watch", "video"};
  for (std::string_view w : kFirstWords)
    if (StartsWithIgnoreCase(s, w)) return true;
  static constexpr std::string_view kAgencies[] = {"Getty", "AFP", "AP Photo", "Reuters", "/AP",
                                                   "/ AP", "EPA", "Shutterstock", "hoto:", "mage:"};
  for (std::string_view a : kAgencies)
    if (s.find(a) != std::string_view::npos) return true;
  return false;
}

void PageAnalyzer::Anywhere() {
  std::vector<int> hits;
  for (size_t i = 0; i < lines_.size(); ++i) {
    if (removed_[i]) continue;
    std::string_view s = Content(lines_[i]);
    if (s.size() > kShortLine || !MaybeFurniture(s)) continue;
    hits.clear();
    if (!FurnitureSet().Match(Piece(s), &hits)) continue;
    bool hit[kNumFurniture] = {};
    for (int h : hits) hit[h] = true;
    if (hit[kShare] && s.size() <= 100) {
      Remove(i, "share/subscribe/advert line");
    } else if (hit[kCredit]) {
      Remove(i, "photo credit");
    } else if (hit[kCopyright]) {
      Remove(i, "copyright");
    } else if (hit[kWireCredits] && i + 3 >= lines_.size()) {
      Remove(i, "wire credits");
      if (info_.publisher.empty() && Contains(s, "Editing by")) info_.publisher = "Reuters";
    }
  }
}

// A last line such as "News.Az", "Reuters" or "Source: Al Jazeera" names the publisher.
void PageAnalyzer::Footer() {
  size_t kept = 0;
  for (bool r : removed_) kept += !r;
  if (kept < 2) return;
  for (size_t i = lines_.size(); i-- > 0;) {
    if (removed_[i]) continue;
    std::string_view s = Content(lines_[i]);
    std::string_view name = s;
    if (StartsWithIgnoreCase(s, "source:")) name = StripSpace(s.substr(7));
    while (!name.empty() && (name[0] == '-' || name[0] == ' ')) name.remove_prefix(1);
    if (name.starts_with("\xE2\x80\x94") || name.starts_with("\xE2\x80\x93"))
      name = StripSpace(name.substr(3));
    std::vector<std::string_view> parts = Split(name, ' ', true);
    size_t words = parts.size();
    char last = name.empty() ? '.' : name.back();
    bool domain_like = Contains(name, ".") && IsAsciiAlpha(last);
    bool ends_like_sentence = std::string_view(".!?:,;\"”").find(last) != std::string_view::npos;
    if (!name.empty() && name.size() <= kMaxFooterChars && words <= 4 &&
        (domain_like || !ends_like_sentence) && !IsAsciiDigit(name[0])) {
      if (info_.publisher.empty()) info_.publisher = std::string(name);
      Remove(i, "publisher footer");
    }
    return;  // only the last kept line is considered
  }
}

void PageAnalyzer::Dateline() {
  for (size_t i = 0; i < lines_.size(); ++i) {
    if (removed_[i] || (info_.title_span.size() && lines_[i].begin == info_.title_span.begin))
      continue;
    std::string_view s = Content(lines_[i]);
    if (!MaybeDateline(s)) return;
    std::string_view g[2];
    std::string_view rest = s;
    if (ConsumeN(&rest, DatelineRe(), g, 2)) {
      if (info_.publisher.empty()) info_.publisher = std::string(g[1]);
    } else if (!ConsumeN(&rest, BareDatelineRe(), g, 1)) {
      return;
    }
    info_.dateline = std::string(g[0]);
    size_t b = lines_[i].begin, e = b + (s.size() - rest.size());
    info_.removed.push_back({{static_cast<uint32_t>(b), static_cast<uint32_t>(e)}, "dateline"});
    return;
  }
}

// The first kept header line is the title when it is short, does not end like
// a sentence and prose follows it.
void PageAnalyzer::Title() {
  for (size_t i = 0; i < header_end_ && i + 1 < lines_.size(); ++i) {
    if (removed_[i]) continue;
    std::string_view s = Content(lines_[i]);
    char last = s.back();
    size_t spaces = std::count(s.begin(), s.end(), ' ');
    if (spaces >= 1 && spaces < 30 && std::string_view(".:,;").find(last) == std::string_view::npos &&
        !(MaybeDateline(s) && (PartialMatch(s, DatelineRe()) || PartialMatch(s, BareDatelineRe())))) {
      info_.title = std::string(s);
      info_.title_span = {static_cast<uint32_t>(lines_[i].begin), static_cast<uint32_t>(lines_[i].end)};
    }
    return;
  }
}

void PageAnalyzer::FinishBody() {
  std::sort(info_.removed.begin(), info_.removed.end(),
            [](const RemovedSpan& a, const RemovedSpan& b) { return a.span.begin < b.span.begin; });
  uint32_t pos = 0;
  for (const RemovedSpan& r : info_.removed) {
    if (r.span.begin > pos) info_.body.push_back({pos, r.span.begin});
    pos = std::max(pos, r.span.end);
  }
  if (pos < text_.size()) info_.body.push_back({pos, static_cast<uint32_t>(text_.size())});
}

PageInfo PageAnalyzer::Run() {
  removed_.assign(lines_.size(), false);
  Header();
  Anywhere();
  Footer();
  Title();
  Dateline();
  FinishBody();
  return std::move(info_);
}

}  // namespace

PageInfo AnalyzePage(std::string_view text) { return PageAnalyzer(text).Run(); }

}  // namespace parley
