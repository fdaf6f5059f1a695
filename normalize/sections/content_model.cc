#include "normalize/sections/content_model.h"

#include <cmath>
#include <cstdlib>
#include <string>

#include "normalize/facts/text_lines.h"
#include "normalize/sections/content_features.h"

namespace jobpipe::embedded {
extern const std::string_view content_model;
}  // namespace jobpipe::embedded

namespace jobpipe::sections {
namespace {

using Weights = std::array<float, kModelKinds.size()>;

// "name<TAB>w1<TAB>...<TAB>w6"; false when the line is not that.
bool ReadWeights(std::string_view line, std::string* name, Weights* weights) {
  std::size_t tab = line.find('\t');
  if (tab == std::string_view::npos) return false;
  *name = std::string(line.substr(0, tab));
  for (float& weight : *weights) {
    if (tab == std::string_view::npos) return false;
    const std::size_t start = tab + 1;
    tab = line.find('\t', start);
    const std::string field(line.substr(start, tab == std::string_view::npos ? std::string_view::npos : tab - start));
    char* end = nullptr;
    weight = std::strtof(field.c_str(), &end);
    if (end == field.c_str() || *end != '\0') return false;
  }
  return tab == std::string_view::npos;
}

}  // namespace

SectionKind ContentGuess::Best() const {
  std::size_t best = 0;
  for (std::size_t i = 1; i < probability.size(); ++i) {
    if (probability[i] > probability[best]) best = i;
  }
  return kModelKinds[best];
}

double ContentGuess::Of(SectionKind kind) const {
  for (std::size_t i = 0; i < kModelKinds.size(); ++i) {
    if (kModelKinds[i] == kind) return probability[i];
  }
  return 0;
}

ContentModel ContentModel::FromTable(std::string_view table) {
  ContentModel model;
  for (const std::string& line : facts::SplitLines(table)) {
    if (line.empty() || line.front() == '#' || line.rfind("kinds\t", 0) == 0) continue;
    std::string name;
    Weights weights{};
    if (!ReadWeights(line, &name, &weights)) {
      ++model.bad_lines_;
    } else if (name == "bias") {
      model.bias_ = weights;
    } else {
      model.features_.emplace(std::move(name), weights);
    }
  }
  return model;
}

const ContentModel& BuiltInContentModel() {
  static const ContentModel model = ContentModel::FromTable(embedded::content_model);
  return model;
}

ContentGuess ClassifyContent(std::string_view text) { return BuiltInContentModel().Classify(text); }

ContentGuess ContentModel::Classify(std::string_view text) const {
  ContentGuess guess;
  const std::vector<std::string> features = ContentFeatures(text);
  if (features.empty()) return guess;
  // Each feature weighs 1/sqrt(n), as in training: long and short texts
  // alike have a feature vector of length one.
  const double value = 1.0 / std::sqrt(static_cast<double>(features.size()));
  std::array<double, kModelKinds.size()> score{};
  for (std::size_t k = 0; k < score.size(); ++k) score[k] = bias_[k];
  for (const std::string& feature : features) {
    auto found = features_.find(feature);
    if (found == features_.end()) continue;
    guess.known = true;
    for (std::size_t k = 0; k < score.size(); ++k) score[k] += found->second[k] * value;
  }
  if (!guess.known) return guess;
  // One-vs-rest logistic regression: each kind's own probability, then
  // normalised over the kinds (as LIBLINEAR's predict does).
  double total = 0;
  for (std::size_t k = 0; k < score.size(); ++k) {
    guess.probability[k] = 1.0 / (1.0 + std::exp(-score[k]));
    total += guess.probability[k];
  }
  for (double& p : guess.probability) p /= total;
  return guess;
}

std::optional<SectionKind> ClassifyItemsByModel(const std::vector<std::string>& items, double minimum) {
  if (items.empty()) return std::nullopt;
  std::array<double, kModelKinds.size()> mean{};
  std::array<int, kModelKinds.size()> best{};
  int known = 0;
  for (const std::string& item : items) {
    const ContentGuess guess = ClassifyContent(item);
    if (!guess.known) continue;
    ++known;
    for (std::size_t k = 0; k < mean.size(); ++k) mean[k] += guess.probability[k];
    const SectionKind kind = guess.Best();
    for (std::size_t k = 0; k < kModelKinds.size(); ++k) best[k] += kModelKinds[k] == kind ? 1 : 0;
  }
  if (known == 0) return std::nullopt;
  std::size_t top = 0;
  for (std::size_t k = 1; k < mean.size(); ++k) {
    if (mean[k] > mean[top]) top = k;
  }
  if (mean[top] / known < minimum || best[top] * 2 < static_cast<int>(items.size())) return std::nullopt;
  if (kModelKinds[top] == SectionKind::kOther) return std::nullopt;
  return kModelKinds[top];
}

}  // namespace jobpipe::sections
