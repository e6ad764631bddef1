// Running one function over a batch of documents on several threads.
#ifndef PARLEY_CLI_BATCH_H_
#define PARLEY_CLI_BATCH_H_

#include <atomic>
#include <string>
#include <thread>
#include <vector>

#include "parley/document.h"

namespace parley {

// fn(doc) -> std::string for every document, on `threads` threads; the
// results keep the input order. `fn` must be thread-safe.
template <typename Fn>
std::vector<std::string> MapDocuments(const std::vector<Document>& docs, int threads, Fn fn) {
  std::vector<std::string> out(docs.size());
  std::atomic<size_t> next{0};
  auto work = [&] {
    for (size_t i; (i = next++) < docs.size();) out[i] = fn(docs[i]);
  };
  std::vector<std::thread> pool;
  for (int t = 1; t < threads; ++t) pool.emplace_back(work);
  work();
  for (std::thread& t : pool) t.join();
  return out;
}

}  // namespace parley

#endif  // PARLEY_CLI_BATCH_H_
