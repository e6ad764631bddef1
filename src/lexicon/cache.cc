// The compiled lexicon cache: a Lexicon and the problems found reading it,
// in binary, with the size and modification time of every source file, so
// that a second start reads one file instead of parsing dictionaries.
#include <sys/stat.h>

#include <algorithm>

#include "parley/lexicon.h"
#include "util/file.h"
#include "util/model_io.h"
#include "util/strings.h"

namespace parley {
namespace {

constexpr std::string_view kMagic("PARLEXC\0", 8);
constexpr uint32_t kVersion = 1;

using model_io::Reader;
using model_io::Writer;

// The file on disk behind a Lexicon file name ("x.actors.zip/x.actors" ->
// "x.actors.zip").
std::string DiskPath(const std::string& name) {
  const size_t zip = AsciiLower(name).find(".zip/");
  return zip == std::string::npos ? name : name.substr(0, zip + 4);
}

// Size and modification time (ns), or false if the file is not there.
bool Stamp(const std::string& path, uint64_t* size, uint64_t* mtime) {
  struct stat st;
  if (stat(path.c_str(), &st) != 0) return false;
  *size = static_cast<uint64_t>(st.st_size);
  *mtime = static_cast<uint64_t>(st.st_mtim.tv_sec) * 1000000000ull +
           static_cast<uint64_t>(st.st_mtim.tv_nsec);
  return true;
}

// Declared first: the vector templates call them.
void Put(Writer* w, const Phrase& p);
void Put(Writer* w, const DatedCode& c);
void Put(Writer* w, const Actor& a);
void Put(Writer* w, const Agent& g);
void Put(Writer* w, const Verb& v);
void Put(Writer* w, const VerbPattern& p);
void Put(Writer* w, const VerbBlock& b);
void Put(Writer* w, const SynonymSet& s);
void Put(Writer* w, const Discard& d);
void Put(Writer* w, const IssuePhrase& i);
void Put(Writer* w, const Diagnostic& d);
void Put(Writer* w, const std::pair<std::string, std::string>& p);
bool Get(Reader* r, Phrase* p);
bool Get(Reader* r, DatedCode* c);
bool Get(Reader* r, Actor* a);
bool Get(Reader* r, Agent* g);
bool Get(Reader* r, Verb* v);
bool Get(Reader* r, VerbPattern* p);
bool Get(Reader* r, VerbBlock* b);
bool Get(Reader* r, SynonymSet* s);
bool Get(Reader* r, Discard* d);
bool Get(Reader* r, IssuePhrase* i);
bool Get(Reader* r, Diagnostic* d);
bool Get(Reader* r, std::pair<std::string, std::string>* p);

// ---- writing ----

void Put(Writer* w, const std::string& s) { w->Str(s); }
void Put(Writer* w, const SourceLine& s) {
  w->U32(s.file);
  w->U32(s.line);
}
void Put(Writer* w, const Phrase& p) {
  w->U32(static_cast<uint32_t>(p.words.size()));
  for (const std::string& s : p.words) w->Str(s);
  w->U64(p.stems);
  w->U64(p.gaps);
  w->Str(p.written);
  w->U32(p.line);
}
template <typename T>
void Put(Writer* w, const std::vector<T>& v) {
  w->U32(static_cast<uint32_t>(v.size()));
  for (const T& x : v) Put(w, x);
}
void Put(Writer* w, const std::pair<std::string, std::string>& p) {
  w->Str(p.first);
  w->Str(p.second);
}
void Put(Writer* w, const DatedCode& c) {
  w->Str(c.code);
  w->U32(static_cast<uint32_t>(c.from));
  w->U32(static_cast<uint32_t>(c.to));
}
void Put(Writer* w, const Actor& a) {
  Put(w, a.phrase);
  Put(w, a.synonyms);
  Put(w, a.codes);
  Put(w, a.where);
}
void Put(Writer* w, const Agent& g) {
  Put(w, g.phrase);
  Put(w, g.synonyms);
  w->Str(g.code);
  w->U8(g.prefix);
  Put(w, g.where);
}
void Put(Writer* w, const Verb& v) {
  Put(w, v.phrase);
  w->U32(static_cast<uint32_t>(v.head));
  Put(w, v.forms);
  w->U8(v.forms_given);
  w->Str(v.code);
  Put(w, v.where);
}
void Put(Writer* w,
         const VerbPattern& p) {  // tokens are made again from the text
  w->Str(p.text);
  w->Str(p.code);
  Put(w, p.where);
}
void Put(Writer* w, const VerbBlock& b) {
  w->Str(b.name);
  w->Str(b.code);
  Put(w, b.verbs);
  Put(w, b.patterns);
  Put(w, b.where);
}
void Put(Writer* w, const SynonymSet& s) {
  w->Str(s.name);
  Put(w, s.members);
  Put(w, s.where);
}
void Put(Writer* w, const Discard& d) {
  Put(w, d.phrase);
  w->U8(d.story);
  Put(w, d.where);
}
void Put(Writer* w, const IssuePhrase& i) {
  Put(w, i.phrase);
  w->Str(i.code);
  w->Str(i.category);
  w->U8(static_cast<uint8_t>(i.pos));
  w->U8(i.ignore);
  Put(w, i.where);
}
void Put(Writer* w, const Diagnostic& d) {
  w->U8(d.severity);
  w->Str(d.file);
  w->U32(d.line);
  w->Str(d.message);
}

// ---- reading: each Get returns false when the data runs out ----

bool Get(Reader* r, std::string* s) { return r->Str(s); }
bool Get(Reader* r, int32_t* v) {
  uint32_t u = 0;
  if (!r->U32(&u)) return false;
  *v = static_cast<int32_t>(u);
  return true;
}
bool Get(Reader* r, bool* b) {
  uint8_t u = 0;
  if (!r->U8(&u)) return false;
  *b = u != 0;
  return true;
}
bool Get(Reader* r, SourceLine* s) {
  return r->U32(&s->file) && r->U32(&s->line);
}
template <typename T>
bool Get(Reader* r, std::vector<T>* v) {
  uint32_t n = 0;
  if (!r->U32(&n) || n > (1u << 28)) return false;
  v->resize(n);
  for (T& x : *v)
    if (!Get(r, &x)) return false;
  return true;
}
bool Get(Reader* r, Phrase* p) {
  return Get(r, &p->words) && r->U64(&p->stems) && r->U64(&p->gaps) &&
         r->Str(&p->written) && r->U32(&p->line);
}
bool Get(Reader* r, std::pair<std::string, std::string>* p) {
  return r->Str(&p->first) && r->Str(&p->second);
}
bool Get(Reader* r, DatedCode* c) {
  return r->Str(&c->code) && Get(r, &c->from) && Get(r, &c->to);
}
bool Get(Reader* r, Actor* a) {
  return Get(r, &a->phrase) && Get(r, &a->synonyms) && Get(r, &a->codes) &&
         Get(r, &a->where);
}
bool Get(Reader* r, Agent* g) {
  return Get(r, &g->phrase) && Get(r, &g->synonyms) && r->Str(&g->code) &&
         Get(r, &g->prefix) && Get(r, &g->where);
}
bool Get(Reader* r, Verb* v) {
  uint32_t head = 0;
  if (!Get(r, &v->phrase) || !r->U32(&head)) return false;
  v->head = head;
  return Get(r, &v->forms) && Get(r, &v->forms_given) && r->Str(&v->code) &&
         Get(r, &v->where);
}
bool Get(Reader* r, VerbPattern* p) {
  if (!r->Str(&p->text) || !r->Str(&p->code) || !Get(r, &p->where))
    return false;
  p->tokens = TokenizePattern(p->text);
  return true;
}
bool Get(Reader* r, VerbBlock* b) {
  return r->Str(&b->name) && r->Str(&b->code) && Get(r, &b->verbs) &&
         Get(r, &b->patterns) && Get(r, &b->where);
}
bool Get(Reader* r, SynonymSet* s) {
  return r->Str(&s->name) && Get(r, &s->members) && Get(r, &s->where);
}
bool Get(Reader* r, Discard* d) {
  return Get(r, &d->phrase) && Get(r, &d->story) && Get(r, &d->where);
}
bool Get(Reader* r, IssuePhrase* i) {
  uint8_t pos = 0;
  if (!Get(r, &i->phrase) || !r->Str(&i->code) || !r->Str(&i->category) ||
      !r->U8(&pos))
    return false;
  i->pos = static_cast<char>(pos);
  return Get(r, &i->ignore) && Get(r, &i->where);
}
bool Get(Reader* r, Diagnostic* d) {
  uint8_t sev = 0;
  if (!r->U8(&sev)) return false;
  d->severity = sev ? Diagnostic::kError : Diagnostic::kWarning;
  return r->Str(&d->file) && r->U32(&d->line) && r->Str(&d->message);
}

bool GetLexicon(Reader* r, Lexicon* lex) {
  return Get(r, &lex->files) && Get(r, &lex->actors) && Get(r, &lex->agents) &&
         Get(r, &lex->verb_blocks) && Get(r, &lex->synonym_sets) &&
         Get(r, &lex->transformations) && Get(r, &lex->discards) &&
         Get(r, &lex->issues) && Get(r, &lex->prepositions) &&
         Get(r, &lex->options) && Get(r, &lex->labels);
}

void PutLexicon(Writer* w, const Lexicon& lex) {
  Put(w, lex.files);
  Put(w, lex.actors);
  Put(w, lex.agents);
  Put(w, lex.verb_blocks);
  Put(w, lex.synonym_sets);
  Put(w, lex.transformations);
  Put(w, lex.discards);
  Put(w, lex.issues);
  Put(w, lex.prepositions);
  Put(w, lex.options);
  Put(w, lex.labels);
}

// What the cache was made from: the request and every file read.
std::string Key(const std::vector<std::string>& paths, DictFormat format) {
  std::string key = Cat(static_cast<int>(format));
  for (const std::string& p : paths) key += Cat("\n", p);
  return key;
}

// The disk files behind a lexicon (project files included) with their stamps.
struct Source {
  std::string path;
  uint64_t size = 0, mtime = 0;
};

std::vector<Source> SourcesOf(const Lexicon& lex,
                              const std::vector<std::string>& paths) {
  std::vector<std::string> names = paths;
  for (const std::string& f : lex.files) names.push_back(DiskPath(f));
  std::sort(names.begin(), names.end());
  names.erase(std::unique(names.begin(), names.end()), names.end());
  std::vector<Source> out;
  for (const std::string& n : names) {
    Source s{n};
    Stamp(n, &s.size, &s.mtime);
    out.push_back(std::move(s));
  }
  return out;
}

// The lexicon from `cache` if it was made from `paths` read as `format` and
// no source changed since; otherwise a status saying why not.
absl::Status ReadCache(const std::string& cache,
                       const std::vector<std::string>& paths, DictFormat format,
                       Lexicon* lex, std::vector<Diagnostic>* problems) {
  PARLEY_ASSIGN_OR_RETURN(const std::string bytes, ReadWholeFile(cache));
  PARLEY_ASSIGN_OR_RETURN(Reader r,
                          Reader::Open(bytes, kMagic, kVersion, cache));
  std::string key;
  uint32_t n = 0;
  if (!r.Str(&key) || !r.U32(&n)) return r.Truncated();
  if (key != Key(paths, format))
    return absl::FailedPreconditionError("made from other dictionaries");
  for (uint32_t i = 0; i < n; ++i) {
    Source s;
    if (!r.Str(&s.path) || !r.U64(&s.size) || !r.U64(&s.mtime))
      return r.Truncated();
    uint64_t size = 0, mtime = 0;
    if (!Stamp(s.path, &size, &mtime) || size != s.size || mtime != s.mtime)
      return absl::FailedPreconditionError(Cat(s.path, " changed"));
  }
  Lexicon got;
  std::vector<Diagnostic> found;
  if (!GetLexicon(&r, &got) || !Get(&r, &found) || !r.AtEnd())
    return r.Truncated();
  *lex = std::move(got);
  problems->insert(problems->end(), found.begin(), found.end());
  return absl::OkStatus();
}

}  // namespace

absl::Status WriteLexiconCache(const std::string& cache,
                               const std::vector<std::string>& paths,
                               DictFormat format, const Lexicon& lex,
                               const std::vector<Diagnostic>& problems) {
  Writer w(kMagic, kVersion);
  w.Str(Key(paths, format));
  const std::vector<Source> sources = SourcesOf(lex, paths);
  w.U32(static_cast<uint32_t>(sources.size()));
  for (const Source& s : sources) {
    w.Str(s.path);
    w.U64(s.size);
    w.U64(s.mtime);
  }
  PutLexicon(&w, lex);
  Put(&w, problems);
  return model_io::WriteFile(cache, w.Finish());
}

absl::Status LoadLexicon(const std::vector<std::string>& paths,
                         DictFormat format, const std::string& cache,
                         Lexicon* lex, std::vector<Diagnostic>* problems,
                         LexiconLoadInfo* info) {
  LexiconLoadInfo dummy;
  if (info == nullptr) info = &dummy;
  *info = LexiconLoadInfo();
  if (!cache.empty()) {
    absl::Status s = ReadCache(cache, paths, format, lex, problems);
    if (s.ok()) {
      info->from_cache = true;
      return s;
    }
    info->cache_note = std::string(s.message());
  }
  Lexicon fresh;
  std::vector<Diagnostic> found;
  for (const std::string& p : paths)
    PARLEY_RETURN_IF_ERROR(ReadDictionaryFile(p, format, &fresh, &found));
  if (!cache.empty()) {
    absl::Status s = WriteLexiconCache(cache, paths, format, fresh, found);
    info->cache_written = s.ok();
    if (!s.ok()) info->cache_note = std::string(s.message());
  }
  *lex = std::move(fresh);
  problems->insert(problems->end(), found.begin(), found.end());
  return absl::OkStatus();
}

}  // namespace parley
