// The content classifier's training helper (tools/classifier/train.sh runs
// it; LIBLINEAR's liblinear-train does the learning):
//
//   model_tool weak-labels FILE...       items under headings the lexicon
//                                        names, as "kind<TAB>FILE<TAB>text"
//   model_tool features VOCAB < ITEMS    ITEMS ("kind<TAB>group<TAB>text")
//                                        as LIBLINEAR lines on stdout, the
//                                        feature names in VOCAB
//   model_tool export MODEL VOCAB        a LIBLINEAR model as
//                                        data/content_model.tsv
//   model_tool predict TABLE < TEXTS     the best kind of each line under
//                                        the weights in TABLE
//
// Features come from normalize/sections/content_features.h, the function the
// classifier itself runs: training and inference cannot drift apart.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "core/text/sentences.h"
#include "ingest/ingest.h"
#include "normalize/sections/content_features.h"
#include "normalize/sections/content_model.h"
#include "normalize/sections/lexicon.h"
#include "normalize/sections/sections.h"
#include "parse/parse.h"

namespace {

using jobpipe::SectionKind;

int KindIndex(SectionKind kind) {
  for (std::size_t i = 0; i < jobpipe::sections::kModelKinds.size(); ++i) {
    if (jobpipe::sections::kModelKinds[i] == kind) return static_cast<int>(i);
  }
  return -1;
}

// The kind the model learns for a section's items, or nullopt: EEO and
// how-to-apply text is "other" to the model.
std::optional<SectionKind> LearnedKind(SectionKind kind) {
  if (kind == SectionKind::kEqualOpportunity || kind == SectionKind::kHowToApply) return SectionKind::kOther;
  if (KindIndex(kind) >= 0 && kind != SectionKind::kOther) return kind;
  return std::nullopt;
}

std::string OneLine(std::string text) {
  for (char& c : text) {
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  }
  return text;
}

int WeakLabels(int argc, char** argv) {
  for (int i = 2; i < argc; ++i) {
    auto document = jobpipe::ReadLocalInput(argv[i]);
    if (!document) continue;
    const jobpipe::ParsedDocument parsed = jobpipe::Parse(*document);
    for (const jobpipe::Section& section : jobpipe::sections::BuildSections(parsed.blocks, nullptr)) {
      // Only where the heading itself named the kind: the weak label is the
      // lexicon's, not a guess from content.
      if (!section.heading) continue;
      const jobpipe::sections::HeadingMatch match = jobpipe::sections::MatchHeading(*section.heading);
      if (!match.kind || *match.kind != section.kind) continue;
      const std::optional<SectionKind> kind = LearnedKind(section.kind);
      if (!kind) continue;
      std::vector<std::string> texts = section.items;
      if (texts.empty()) texts = jobpipe::textkit::SplitProseSentences(section.text);
      for (const std::string& text : texts) {
        if (text.size() < 8) continue;
        std::cout << jobpipe::SectionKindName(*kind) << '\t' << argv[i] << '\t' << OneLine(text) << '\n';
      }
    }
  }
  return 0;
}

int Features(const char* vocab_path) {
  std::vector<std::pair<int, std::vector<std::string>>> rows;
  std::map<std::string, int> vocabulary;  // sorted: the same input gives the same indexes
  std::string line;
  while (std::getline(std::cin, line)) {
    const std::size_t tab1 = line.find('\t');
    const std::size_t tab2 = tab1 == std::string::npos ? std::string::npos : line.find('\t', tab1 + 1);
    if (tab2 == std::string::npos) {
      std::cerr << "model_tool: features: line " << rows.size() + 1 << ": not kind<TAB>group<TAB>text\n";
      return 1;
    }
    const auto kind = jobpipe::SectionKindFromName(line.substr(0, tab1));
    const int index = kind ? KindIndex(*kind) : -1;
    if (index < 0) {
      std::cerr << "model_tool: features: line " << rows.size() + 1 << ": unknown kind '" << line.substr(0, tab1) << "'\n";
      return 1;
    }
    std::vector<std::string> features = jobpipe::sections::ContentFeatures(line.substr(tab2 + 1));
    for (const std::string& feature : features) vocabulary.emplace(feature, 0);
    rows.emplace_back(index, std::move(features));
  }
  int next = 1;
  std::ofstream vocab(vocab_path);
  for (auto& [feature, index] : vocabulary) {
    index = next++;
    vocab << feature << '\n';
  }
  for (const auto& [label, features] : rows) {
    std::vector<int> indexes;
    for (const std::string& feature : features) indexes.push_back(vocabulary[feature]);
    std::sort(indexes.begin(), indexes.end());
    const double value = features.empty() ? 0 : 1.0 / std::sqrt(static_cast<double>(features.size()));
    std::cout << label;
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.6f", value);
    for (int index : indexes) std::cout << ' ' << index << ':' << buffer;
    std::cout << '\n';
  }
  return 0;
}

int Export(const char* model_path, const char* vocab_path) {
  std::ifstream model(model_path);
  std::ifstream vocab_file(vocab_path);
  std::vector<std::string> vocabulary;
  for (std::string line; std::getline(vocab_file, line);) vocabulary.push_back(line);
  std::string key;
  int classes = 0;
  long features = 0;
  double bias = -1;
  std::vector<int> labels;
  while (model >> key && key != "w") {
    if (key == "nr_class") model >> classes;
    if (key == "nr_feature") model >> features;
    if (key == "bias") model >> bias;
    if (key == "label") {
      labels.resize(classes);
      for (int& label : labels) model >> label;
    }
    if (key == "solver_type") model >> key;
  }
  if (classes != static_cast<int>(jobpipe::sections::kModelKinds.size()) || features != static_cast<long>(vocabulary.size())) {
    std::cerr << "model_tool: export: the model has " << classes << " classes and " << features
              << " features; expected " << jobpipe::sections::kModelKinds.size() << " and " << vocabulary.size() << '\n';
    return 1;
  }
  const long rows = features + (bias >= 0 ? 1 : 0);
  std::cout << "# The content classifier's weights (normalize/sections/content_model.h): one line per\n"
               "# feature (normalize/sections/content_features.h), one weight per kind. Made by\n"
               "# tools/classifier/train.sh; do not edit by hand.\n";
  // The declaration core/lexicon/line_reader.h reads (the data test loads
  // this file as it loads every file under data/).
  std::cout << "#! columns: feature";
  for (SectionKind kind : jobpipe::sections::kModelKinds) std::cout << ' ' << jobpipe::SectionKindName(kind);
  std::cout << "\n#! unique: feature\n";
  std::cout << "kinds";
  for (SectionKind kind : jobpipe::sections::kModelKinds) std::cout << '\t' << jobpipe::SectionKindName(kind);
  std::cout << '\n';
  for (long row = 0; row < rows; ++row) {
    std::vector<double> weights(classes);
    for (int c = 0; c < classes; ++c) model >> weights[c];
    bool any = false;
    for (double w : weights) any = any || std::fabs(w) >= 5e-5;
    if (!any) continue;
    std::cout << (row < features ? vocabulary[row] : "bias");
    // Columns in kModelKinds order, whatever order LIBLINEAR kept labels in.
    for (std::size_t k = 0; k < jobpipe::sections::kModelKinds.size(); ++k) {
      int column = 0;
      while (column < classes && labels[column] != static_cast<int>(k)) ++column;
      char buffer[32];
      std::snprintf(buffer, sizeof buffer, "%.4f", weights[column]);
      std::cout << '\t' << buffer;
    }
    std::cout << '\n';
  }
  return 0;
}

// Each stdin line's best kind under the model in TABLE (for
// cross-validation: a fold's model, not the built-in one).
int Predict(const char* table_path) {
  std::ifstream in(table_path);
  std::stringstream table;
  table << in.rdbuf();
  const jobpipe::sections::ContentModel model = jobpipe::sections::ContentModel::FromTable(table.str());
  for (std::string line; std::getline(std::cin, line);) {
    const jobpipe::sections::ContentGuess guess = model.Classify(line);
    std::cout << (guess.known ? jobpipe::SectionKindName(guess.Best()) : "other") << '\n';
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  const std::string command = argc > 1 ? argv[1] : "";
  if (command == "weak-labels") return WeakLabels(argc, argv);
  if (command == "features" && argc == 3) return Features(argv[2]);
  if (command == "export" && argc == 4) return Export(argv[2], argv[3]);
  if (command == "predict" && argc == 3) return Predict(argv[2]);
  std::cerr << "usage: model_tool weak-labels FILE... | features VOCAB < ITEMS | export MODEL VOCAB | predict TABLE\n";
  return 2;
}
