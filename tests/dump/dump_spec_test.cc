// The spec files of the stage dumps (tests/dump/<stage>.txt): each example's
// input, saved as a file and read through the library (DumpInput, as
// `jobpipe --dump` reads it), gives the dump the file expects. A failing
// example is named by its file and line.
#include <catch2/catch.hpp>
#include <string>

#include "app/stage_dump.h"
#include "tests/dump/spec_file.h"
#include "tests/support/run_binary.h"

namespace jobpipe::dump_test {
namespace {

using testing::TempDir;

// The run date of every example: "3 days ago" is 2026-02-27 in facts.txt.
constexpr const char* kRunDate = "2026-03-02";

void CheckSpec(const std::string& stage_name, std::size_t least_examples) {
  const std::optional<DumpStage> stage = DumpStageFromName(stage_name);
  REQUIRE(stage);
  const SpecFile spec = ReadSpecFile(SpecPath(stage_name));
  if (!spec.error.empty()) FAIL(spec.error);
  CHECK(spec.examples.size() >= least_examples);
  PipelineOptions options;
  options.normalize.date = kRunDate;
  for (const SpecExample& example : spec.examples) {
    TempDir dir;
    const std::string path = SaveInput(example, dir.path(), "example");
    INFO("tests/dump/" << stage_name << ".txt:" << example.line << ": example " << example.format);
    const Result<StageDump> dump = DumpInput(path, *stage, options);
    if (!dump) {
      FAIL_CHECK(dump.error().message);
      continue;
    }
    CHECK(dump->text == example.dump);
  }
}

}  // namespace

TEST_CASE("dump spec: blocks.txt", "[dump]") { CheckSpec("blocks", 8); }
TEST_CASE("dump spec: sections.txt", "[dump]") { CheckSpec("sections", 8); }
TEST_CASE("dump spec: facts.txt", "[dump]") { CheckSpec("facts", 8); }
TEST_CASE("dump spec: skills.txt", "[dump]") { CheckSpec("skills", 8); }

TEST_CASE("dump spec files: a malformed example is reported by its line", "[dump]") {
  CHECK(ParseSpec("x.txt", "intro\n==== example text\nHello\n==== end\n").error ==
        "x.txt:4: the example of line 2 has no '---- dump'");
  CHECK(ParseSpec("x.txt", "==== example yaml\na: 1\n---- dump\n==== end\n").error ==
        "x.txt:1: 'yaml' is not a format (text, html or json)");
  CHECK(ParseSpec("x.txt", "\n\n==== example html\n<p>Hi</p>\n---- dump\nP Hi\n").error ==
        "x.txt:3: the example does not end ('==== end')");
  CHECK(ParseSpec("x.txt", "---- dump\n").error == "x.txt:1: '---- dump' outside an example");
  const SpecFile two = ParseSpec("x.txt",
                                 "a\n==== example text\nHi\n\nthere\n---- dump\nP Hi\n==== end\n"
                                 "b\n==== example json\n{}\n---- dump\n==== end\n");
  REQUIRE(two.error.empty());
  REQUIRE(two.examples.size() == 2);
  CHECK(two.examples[0].line == 2);
  CHECK(two.examples[0].input == "Hi\n\nthere\n");
  CHECK(two.examples[0].dump == "P Hi\n");
  CHECK(two.examples[1].line == 10);
  CHECK(two.examples[1].format == "json");
  CHECK(two.examples[1].dump.empty());
}

}  // namespace jobpipe::dump_test
