// In-process speed of the pipeline's stages on the bundled seed paste, a
// 1 MB paste, and whole saved job pages (../shared/pages when present, else
// the project's own HTML fixtures). The HTML benchmarks also time gumbo's
// own parse of the same bytes, the floor our parse stage is compared to.
#include <benchmark/benchmark.h>
#include <gumbo.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "app/pipeline.h"
#include "app/resume/resume_file.h"
#include "export/export.h"
#include "parse/parse.h"

namespace {

std::string ReadFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream content;
  content << in.rdbuf();
  return content.str();
}

jobpipe::Document TextDocument(std::string body) {
  jobpipe::Document doc;
  doc.source.name = "-";
  doc.format = "text";
  doc.body = std::move(body);
  return doc;
}

const std::string& Seed() {
  static const std::string seed =
      ReadFile(JOBPIPE_SOURCE_DIR "/fixtures/seed/linkedin-paste-canonical-em-mlops.txt");
  return seed;
}

// A 1 MB paste: the seed's sections repeated under numbered headings, the
// shape of a very long posting (many sections, run-together lists).
const std::string& MegabytePaste() {
  static const std::string paste = [] {
    std::string out;
    const std::string& seed = Seed();
    std::size_t body = seed.find("What your day will look like");
    for (int i = 0; out.size() < (1u << 20); ++i) {
      out += "Part " + std::to_string(i) + "\n\n" + seed.substr(body) + "\n\n";
    }
    return out;
  }();
  return paste;
}

std::vector<std::filesystem::path> Pages() {
  std::vector<std::filesystem::path> pages;
  for (const char* dir : {JOBPIPE_SOURCE_DIR "/../shared/pages", JOBPIPE_SOURCE_DIR "/fixtures/html"}) {
    if (!std::filesystem::is_directory(dir)) continue;
    for (const auto& entry : std::filesystem::directory_iterator(dir)) {
      if (entry.path().extension() == ".html") pages.push_back(entry.path());
    }
    if (!pages.empty()) break;
  }
  std::sort(pages.begin(), pages.end());
  return pages;
}

void RunPipeline(benchmark::State& state, const std::string& text, jobpipe::OutputFormat format) {
  jobpipe::NormalizeOptions options;
  options.date = "2025-01-15";
  for (auto _ : state) {
    auto posting = jobpipe::ProcessDocument(TextDocument(text), options);
    std::string out = posting.ok() ? jobpipe::Render(*posting, format) : "";
    benchmark::DoNotOptimize(out);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}

void BM_SeedToRecord(benchmark::State& state) {
  RunPipeline(state, Seed(), jobpipe::OutputFormat::kMarkdown);
}
BENCHMARK(BM_SeedToRecord)->Unit(benchmark::kMicrosecond);

void BM_SeedToJson(benchmark::State& state) {
  RunPipeline(state, Seed(), jobpipe::OutputFormat::kJson);
}
BENCHMARK(BM_SeedToJson)->Unit(benchmark::kMicrosecond);

// What a resume adds to each posting of a batch (the resume is loaded once,
// outside the loop, as the batch does): the match and the filled Notes.
void BM_SeedWithResumeToRecord(benchmark::State& state) {
  auto resume = jobpipe::LoadResume(JOBPIPE_SOURCE_DIR "/fixtures/resumes/seed-engineering-manager.json");
  if (!resume) {
    state.SkipWithError(resume.error().message.c_str());
    return;
  }
  jobpipe::PipelineOptions options;
  options.normalize.date = "2025-01-15";
  options.resume = std::make_shared<const jobpipe::Resume>(std::move(*resume));
  for (auto _ : state) {
    auto posting = jobpipe::ProcessDocument(TextDocument(Seed()), options);
    std::string out = posting.ok() ? jobpipe::RenderMarkdown(*posting) : "";
    benchmark::DoNotOptimize(out);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * Seed().size()));
}
BENCHMARK(BM_SeedWithResumeToRecord)->Unit(benchmark::kMicrosecond);

// Loading the resume (read, parse, find each entry's skills): once per run.
void BM_LoadResume(benchmark::State& state) {
  for (auto _ : state) {
    auto resume = jobpipe::LoadResume(JOBPIPE_SOURCE_DIR "/fixtures/resumes/seed-engineering-manager.json");
    benchmark::DoNotOptimize(resume);
  }
}
BENCHMARK(BM_LoadResume)->Unit(benchmark::kMicrosecond);

void BM_MegabytePasteToRecord(benchmark::State& state) {
  RunPipeline(state, MegabytePaste(), jobpipe::OutputFormat::kMarkdown);
}
BENCHMARK(BM_MegabytePasteToRecord)->Unit(benchmark::kMillisecond);

// One benchmark per page and three measurements each: gumbo alone, our
// parse stage (gumbo + walk + JSON-LD + main content), and the whole
// HTML-to-record path.
void RegisterPageBenchmarks() {
  for (const auto& path : Pages()) {
    auto html = std::make_shared<std::string>(ReadFile(path));
    std::string name = path.filename().string();
    benchmark::RegisterBenchmark(("BM_GumboOnly/" + name).c_str(), [html](benchmark::State& state) {
      for (auto _ : state) {
        GumboOutput* out = gumbo_parse_with_options(&kGumboDefaultOptions, html->data(), html->size());
        benchmark::DoNotOptimize(out);
        gumbo_destroy_output(&kGumboDefaultOptions, out);
      }
      state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * html->size()));
    })->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark(("BM_ParseStage/" + name).c_str(), [html, name](benchmark::State& state) {
      jobpipe::Document doc;
      doc.source.name = name;
      doc.format = "html";
      doc.body = *html;
      for (auto _ : state) {
        jobpipe::ParsedDocument parsed = jobpipe::Parse(doc);
        benchmark::DoNotOptimize(parsed);
      }
      state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * html->size()));
    })->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark(("BM_PageToRecord/" + name).c_str(), [html, name](benchmark::State& state) {
      jobpipe::Document doc;
      doc.source.name = name;
      doc.format = "html";
      doc.body = *html;
      jobpipe::NormalizeOptions options;
      options.date = "2025-01-15";
      for (auto _ : state) {
        auto posting = jobpipe::ProcessDocument(doc, options);
        std::string out = posting.ok() ? jobpipe::RenderMarkdown(*posting) : "";
        benchmark::DoNotOptimize(out);
      }
      state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * html->size()));
    })->Unit(benchmark::kMillisecond);
  }
}

}  // namespace

int main(int argc, char** argv) {
  RegisterPageBenchmarks();
  benchmark::Initialize(&argc, argv);
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
