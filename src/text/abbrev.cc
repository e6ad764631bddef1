#include "text/abbrev.h"

#include <string>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "util/strings.h"

namespace parley {
namespace {

using WordSet = absl::flat_hash_set<std::string_view>;

// Titles and ranks: a name follows, so the period never ends a sentence.
const WordSet& Titles() {
  static const auto* s = new WordSet{
      "Mr", "Mrs", "Ms", "Messrs", "Mme", "Dr", "Drs", "Prof", "Gen", "Brig", "Lt", "Col",
      "Maj", "Capt", "Cmdr", "Cdr", "Adm", "Sgt", "Cpl", "Pvt", "Pfc", "Spc", "Lieut",
      "Sen", "Sens", "Rep", "Reps", "Gov", "Govs", "Pres", "Rev", "Revs", "Hon", "Amb",
      "Supt", "Insp", "Det", "Fr", "Msgr", "Atty", "Sec", "Secs", "Cmdt", "Ald", "Gens",
      "Mt", "Ft", "St", "Ste", "Sra",
      "Mx", "Dame", "Sheikh"};
  return *s;
}

// Never sentence-final in news text.
const WordSet& NeverFinal() {
  static const auto* s = new WordSet{"e.g", "i.e", "vs", "viz", "cf", "approx", "incl", "esp",
                                     "Nr", "Ref", "ca", "c", "ed", "eds", "al", "v"};
  return *s;
}

const WordSet& BeforeNumber() {
  static const auto* s = new WordSet{"No", "Nos", "no", "nos", "p", "pp", "Art", "art", "Vol",
                                     "vol", "Fig", "fig", "Ch", "ch", "Sec", "sec", "Para",
                                     "para", "Ex", "Op", "op", "Ps", "Rom", "Tel", "tel"};
  return *s;
}

const WordSet& MayEnd() {
  static const auto* s = new WordSet{
      "Inc", "Corp", "Ltd", "Co", "Cos", "Bros", "Plc", "plc", "Dept", "Univ", "Assn", "Ave",
      "Blvd", "Rd", "Pl", "Sq", "Jr", "Sr", "Esq", "etc", "Jan", "Feb", "Mar", "Apr", "Jun",
      "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Mon", "Tue", "Tues", "Wed",
      "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun", "est", "Ala", "Ariz", "Ark", "Calif",
      "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Kans", "Ky", "La", "Md",
      "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore", "Pa",
      "Tenn", "Tex", "Va", "Vt", "Wash", "Wis", "Wyo", "mln", "bln", "min", "max", "yr",
      "yrs", "hr", "hrs", "sq", "ft", "lbs", "oz", "Gov't", "govt", "int'l", "Intl"};
  return *s;
}

const WordSet& Starters() {
  static const auto* s = new WordSet{
      "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "This", "That", "These",
      "Those", "There", "Here", "But", "And", "Or", "So", "Yet", "In", "On", "At", "As", "If",
      "When", "While", "After", "Before", "Since", "However", "Meanwhile", "Its", "His", "Her",
      "Their", "Our", "My", "Your", "Some", "Many", "Most", "Several", "Other", "Others",
      "According", "Also", "Still", "Then", "Now", "Both", "All", "Each", "Such", "What",
      "Why", "How", "Who", "Where", "Last", "Earlier", "Later", "Under", "During", "For",
      "With", "Without", "Despite", "Although", "Though", "Because", "By", "From", "To",
      "Officials", "Police", "Government", "No", "Not", "Even", "Only", "More", "Few",
      "Neither", "Nor", "Instead", "Thus", "Therefore", "Moreover", "Furthermore", "Nevertheless",
      "Asked", "Among", "Until", "About", "Over", "Separately", "Similarly", "Indeed", "One",
      "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Dozens",
      "Hundreds", "Thousands", "Millions"};
  return *s;
}

const WordSet& HyphenPrefixes() {
  static const auto* s = new WordSet{
      "anti", "pro", "counter", "mid", "un", "multi", "inter", "re", "non", "e", "wi", "trans",
      "co", "pre", "post", "ex", "semi", "sub", "super", "ultra", "neo", "quasi", "bi", "tri",
      "de", "cross", "intra", "extra", "micro", "macro", "mini", "mega", "over", "under",
      "pan", "para", "pseudo", "socio", "geo", "euro", "afro", "x", "t", "u", "y", "a",
      "mis", "out", "up", "self", "vice"};
  return *s;
}

// All listed abbreviations in one table; where a word is in two lists the
// earlier class wins (titles first).
const absl::flat_hash_map<std::string_view, AbbrevClass>& AbbrevTable() {
  static const auto* table = [] {
    auto* t = new absl::flat_hash_map<std::string_view, AbbrevClass>;
    for (std::string_view w : Titles()) t->emplace(w, AbbrevClass::kTitle);
    for (std::string_view w : NeverFinal()) t->emplace(w, AbbrevClass::kNeverFinal);
    for (std::string_view w : BeforeNumber()) t->emplace(w, AbbrevClass::kBeforeNumber);
    for (std::string_view w : MayEnd()) t->emplace(w, AbbrevClass::kMayEnd);
    return t;
  }();
  return *table;
}

// "U.S", "e.g", "a.m", "D.C": single letters joined by periods.
bool IsLetterDotSequence(std::string_view w) {
  if (w.size() < 3 || w.size() % 2 == 0) return false;
  for (size_t i = 0; i < w.size(); ++i) {
    bool want_letter = (i % 2 == 0);
    bool is_letter = IsAsciiAlpha(w[i]);
    if (want_letter != is_letter) return false;
    if (!want_letter && w[i] != '.') return false;
  }
  return true;
}

}  // namespace

AbbrevClass ClassifyAbbrev(std::string_view w) {
  // Every listed abbreviation is at most 6 bytes; longer words only qualify as
  // letter-dot sequences ("U.S.A").
  if (w.empty() || (w.size() > 6 && w.find('.') == std::string_view::npos))
    return AbbrevClass::kNone;
  if (w.size() == 1 && IsAsciiUpper(w[0]))
    return AbbrevClass::kTitle;  // initial
  if (auto it = AbbrevTable().find(w); it != AbbrevTable().end()) return it->second;
  if (w.size() >= 2 && w.size() <= 4 && IsAsciiUpper(w[0]) && IsAsciiUpper(w[1])) {
    // All-caps datelines: "ST. PETERSBURG", "GEN. SMITH".
    std::string title(w.substr(0, 1));
    for (char c : w.substr(1)) title += AsciiLower(c);
    if (Titles().contains(title)) return AbbrevClass::kTitle;
  }
  if (IsLetterDotSequence(w)) {
    // Lowercase "e.g", "i.e" are handled above; "J.D" style initials precede names.
    return AbbrevClass::kMayEnd;
  }
  return AbbrevClass::kNone;
}

bool IsSentenceStarter(std::string_view word) { return Starters().contains(word); }

bool IsHyphenPrefix(std::string_view lower) {
  return lower.size() <= 7 && HyphenPrefixes().contains(lower);
}

}  // namespace parley
