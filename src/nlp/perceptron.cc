#include "nlp/perceptron.h"

#include <algorithm>
#include <numeric>
#include <utility>

namespace parley {

void Perceptron::Score(const std::vector<uint64_t>& features, std::vector<float>* scores) const {
  scores->assign(classes_, 0.f);
  for (uint64_t f : features) {
    auto it = row_.find(f);
    if (it == row_.end()) continue;
    const float* w = &weights_[size_t{it->second} * classes_];
    for (int c = 0; c < classes_; ++c) (*scores)[c] += w[c];
  }
}

void Perceptron::Update(const std::vector<uint64_t>& features, int gold, int guess) {
  ++step_;
  for (uint64_t f : features) {
    size_t base = size_t{Row(f)} * classes_;
    Bump(base + gold, 1.f);
    Bump(base + guess, -1.f);
  }
}

uint32_t Perceptron::Row(uint64_t f) {
  auto [it, inserted] = row_.emplace(f, static_cast<uint32_t>(keys_.size()));
  if (inserted) {
    keys_.push_back(f);
    weights_.resize(weights_.size() + classes_, 0.f);
    totals_.resize(totals_.size() + classes_, 0.0);
    stamps_.resize(stamps_.size() + classes_, 0);
  }
  return it->second;
}

void Perceptron::Bump(size_t i, float delta) {
  totals_[i] += double(step_ - stamps_[i]) * weights_[i];
  stamps_[i] = step_;
  weights_[i] += delta;
}

float Perceptron::Averaged(size_t i) const {
  double total = totals_[i] + double(step_ - stamps_[i]) * weights_[i];
  return static_cast<float>(total / std::max<int64_t>(step_, 1));
}

void Perceptron::WriteAveraged(model_io::Writer* w, float min_abs) const {
  std::vector<uint32_t> order(keys_.size());
  std::iota(order.begin(), order.end(), 0);
  std::sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) { return keys_[a] < keys_[b]; });
  struct Row {
    uint64_t key;
    std::vector<std::pair<uint8_t, float>> entries;
  };
  std::vector<Row> rows;
  for (uint32_t r : order) {
    Row row{keys_[r], {}};
    for (int c = 0; c < classes_; ++c) {
      float a = Averaged(size_t{r} * classes_ + c);
      if (a > min_abs || a < -min_abs) row.entries.emplace_back(static_cast<uint8_t>(c), a);
    }
    if (!row.entries.empty()) rows.push_back(std::move(row));
  }
  w->U32(static_cast<uint32_t>(rows.size()));
  for (const Row& row : rows) {
    w->U64(row.key);
    w->U16(static_cast<uint16_t>(row.entries.size()));
    for (auto [c, a] : row.entries) {
      w->U8(c);
      w->F32(a);
    }
  }
}

}  // namespace parley
