// The content classifier: which kind of section a list item or a sentence
// belongs to, from a linear model over ContentFeatures. The weights are
// data (data/content_model.tsv, compiled in), trained by
// tools/classifier/train.sh with LIBLINEAR; inference is a sum of the
// weights of the features present.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/posting.h"

namespace jobpipe::sections {

/// The kinds the model tells apart; kOther stands for everything else a
/// posting holds (EEO text, how to apply, chrome).
inline constexpr std::array<SectionKind, 6> kModelKinds = {
    SectionKind::kResponsibilities, SectionKind::kRequirements, SectionKind::kPreferred,
    SectionKind::kBenefits,         SectionKind::kAboutCompany, SectionKind::kOther};

struct ContentGuess {
  /// Probability of each of kModelKinds (summing to 1); all zero when the
  /// text has no feature the model knows.
  std::array<double, kModelKinds.size()> probability{};
  bool known = false;

  SectionKind Best() const;
  double Of(SectionKind kind) const;
};

/// A model: weights per feature and kind, and a bias per kind.
class ContentModel {
 public:
  /// From the text of data/content_model.tsv: "kinds" and "#" lines
  /// skipped, then "feature<TAB>w1<TAB>...<TAB>w6" lines, one "bias" line.
  /// Lines of another shape are counted in bad_lines (the data test fails
  /// on any).
  static ContentModel FromTable(std::string_view table);

  ContentGuess Classify(std::string_view text) const;
  std::size_t FeatureCount() const { return features_.size(); }
  int bad_lines() const { return bad_lines_; }

 private:
  using Weights = std::array<float, kModelKinds.size()>;
  Weights bias_{};
  std::unordered_map<std::string, Weights> features_;
  int bad_lines_ = 0;
};

/// The model compiled in from data/content_model.tsv.
const ContentModel& BuiltInContentModel();

/// The built-in model's reading of one item or sentence.
ContentGuess ClassifyContent(std::string_view text);

/// The kind most of `items` belong to, when the mean probability of that
/// kind is at least `minimum` and it is the best kind of at least half of
/// them; nullopt otherwise (and for kOther).
std::optional<SectionKind> ClassifyItemsByModel(const std::vector<std::string>& items, double minimum);

}  // namespace jobpipe::sections
