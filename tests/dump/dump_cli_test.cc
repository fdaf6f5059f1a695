// `jobpipe --dump STAGE` end to end: the built binary prints what the spec
// files expect, from a file, from stdin and from a URL on the loopback
// server; a bad STAGE is a usage error naming it.
#include <catch2/catch.hpp>
#include <string>

#include "tests/dump/spec_file.h"
#include "tests/support/loopback_server.h"
#include "tests/support/run_binary.h"

namespace jobpipe::dump_test {
namespace {

using testing::LoopbackServer;
using testing::ReadFile;
using testing::RunJobpipe;
using testing::TempDir;

constexpr const char* kRunDate = "2026-03-02";  // as in dump_spec_test.cc

}  // namespace

TEST_CASE("dump cli: --dump STAGE FILE prints the dump the spec file expects, exit 0", "[dump]") {
  TempDir dir;
  for (const char* stage : {"blocks", "sections", "facts", "skills"}) {
    for (const char* format : {"text", "html"}) {
      const SpecExample example = FirstExample(stage, format);
      INFO("tests/dump/" << stage << ".txt:" << example.line);
      const std::string path = SaveInput(example, dir.path(), stage);
      auto r = RunJobpipe({"--dump", stage, "--date", kRunDate, path});
      CHECK(r.exit_code == 0);
      CHECK(r.out == example.dump);
    }
  }
}

TEST_CASE("dump cli: --dump reads stdin and URLs as the record does", "[dump]") {
  const SpecExample text = FirstExample("sections", "text");
  auto from_stdin = RunJobpipe({"--dump", "sections", "-"}, text.input);
  CHECK(from_stdin.exit_code == 0);
  CHECK(from_stdin.out == text.dump);
  CHECK(RunJobpipe({"--dump", "sections"}, text.input).out == text.dump);

  TempDir root;
  const SpecExample page = FirstExample("blocks", "html");
  SaveInput(page, root.path(), "job");
  LoopbackServer server({"--root", root.path()});
  auto from_url = RunJobpipe({"--dump", "blocks", server.url("/job.html")});
  CHECK(from_url.exit_code == 0);
  CHECK(from_url.out == page.dump);
}

TEST_CASE("dump cli: --dump stops after its stage: no exit 13 for an input without a posting", "[dump]") {
  const std::string note = "Remember to buy milk.\n";
  CHECK(RunJobpipe({"-"}, note).exit_code == 13);
  auto sections = RunJobpipe({"--dump", "sections"}, note);
  CHECK(sections.exit_code == 0);
  CHECK(sections.out == "section intro\n  text \"Remember to buy milk.\"\n");
  auto skills = RunJobpipe({"--dump", "skills"}, note);
  CHECK(skills.exit_code == 0);
  CHECK(skills.out.empty());
}

TEST_CASE("dump cli: --dump -o FILE writes the dump atomically and never replaces a file", "[dump]") {
  TempDir dir;
  const SpecExample example = FirstExample("blocks", "text");
  auto written = RunJobpipe({"--dump", "blocks", "-o", dir / "blocks.txt", "-"}, example.input);
  CHECK(written.exit_code == 0);
  CHECK(written.out.empty());
  CHECK(ReadFile(dir / "blocks.txt") == example.dump);
  auto again = RunJobpipe({"--dump", "blocks", "-o", dir / "blocks.txt", "-"}, "Other text.\n");
  CHECK(again.exit_code == 3);
  CHECK(ReadFile(dir / "blocks.txt") == example.dump);
}

TEST_CASE("dump cli: --dump usage errors exit 2 naming the value, with nothing on stdout", "[dump]") {
  auto bad = RunJobpipe({"--dump", "paragraphs", "-"}, "Text.\n");
  CHECK(bad.exit_code == 2);
  CHECK(bad.out.empty());
  CHECK(bad.err.rfind("jobpipe: --dump: 'paragraphs' is not a stage; use one of blocks, sections, "
                      "facts, skills\n",
                      0) == 0);
  for (const auto& args :
       std::vector<std::vector<std::string>>{{"--dump"},
                                             {"--dump", ""},
                                             {"--dump", "Blocks", "-"},
                                             {"--dump", "facts", "--format", "json", "-"},
                                             {"--dump", "facts", "--batch", "-"}}) {
    INFO(args.back());
    auto r = RunJobpipe(args, "Text.\n");
    CHECK(r.exit_code == 2);
    CHECK(r.out.empty());
    CHECK(r.err.rfind("jobpipe: ", 0) == 0);
  }
}

}  // namespace jobpipe::dump_test
