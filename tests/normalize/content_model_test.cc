// The content classifier: its features, its weight table and the model
// compiled in from data/content_model.tsv.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "normalize/sections/content_features.h"
#include "normalize/sections/content_model.h"

namespace jobpipe {
namespace {

TEST_CASE("content features: folded words, first word, pairs, trigrams", "[content-model]") {
  CHECK(sections::ContentFeatures("Build APIs") == std::vector<std::string>{
                                              "b build apis", "c ^ap", "c ^bu", "c api", "c bui", "c ild",
                                              "c is$", "c ld$", "c pis", "c uil", "f build", "w apis", "w build"});
  // Han characters are words of their own: pairs of them stand for words.
  CHECK(sections::ContentFeatures("负责开发") == std::vector<std::string>{"b 开 发", "b 负 责", "b 责 开", "f 负", "w 发",
                                                               "w 开", "w 负", "w 责"});
  CHECK(sections::ContentFeatures("  ** --  ").empty());
}

TEST_CASE("content model: a weight table is read line by line, bad lines counted", "[content-model]") {
  const sections::ContentModel model = sections::ContentModel::FromTable(
      "# comment\n"
      "kinds\tresponsibilities\trequirements\tpreferred\tbenefits\tabout_company\tother\n"
      "bias\t-1\t-1\t-1\t-1\t-1\t-1\n"
      "w vacation\t0\t0\t0\t4\t0\t0\n"
      "w experience\t0\t4\t0\t0\t0\t0\n"
      "w broken\t1\t2\n"
      "w worse\t1\t2\t3\t4\t5\tsix\n");
  CHECK(model.FeatureCount() == 2);
  CHECK(model.bad_lines() == 2);
  const sections::ContentGuess vacation = model.Classify("vacation");
  REQUIRE(vacation.known);
  CHECK(vacation.Best() == SectionKind::kBenefits);
  CHECK(vacation.Of(SectionKind::kBenefits) > vacation.Of(SectionKind::kRequirements));
  CHECK_FALSE(model.Classify("nothing known here").known);
}

TEST_CASE("content model: the built-in weights load whole and read plain items", "[content-model]") {
  const sections::ContentModel& model = sections::BuiltInContentModel();
  CHECK(model.bad_lines() == 0);
  CHECK(model.FeatureCount() > 1000);
  CHECK(sections::ClassifyContent("Health insurance and 30 days of paid vacation").Best() == SectionKind::kBenefits);
  CHECK(sections::ClassifyContent("You have 5+ years of experience with Python").Best() == SectionKind::kRequirements);
  CHECK(sections::ClassifyContent("Design and build data pipelines for our customers").Best() ==
        SectionKind::kResponsibilities);
  CHECK(sections::ClassifyItemsByModel({"Health insurance", "Paid vacation", "A yearly training budget"}, 0.5) ==
        SectionKind::kBenefits);
  CHECK_FALSE(sections::ClassifyItemsByModel({}, 0.5));
}

}  // namespace
}  // namespace jobpipe
