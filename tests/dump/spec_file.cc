#include "tests/dump/spec_file.h"

#include <catch2/catch.hpp>
#include <cstdio>
#include <sstream>

#include "tests/support/run_binary.h"

namespace jobpipe::dump_test {
namespace {

constexpr const char* kExampleStart = "==== example ";
constexpr const char* kDumpStart = "---- dump";
constexpr const char* kExampleEnd = "==== end";

bool StartsWith(const std::string& line, const std::string& prefix) {
  return line.rfind(prefix, 0) == 0;
}

bool IsFormat(const std::string& format) {
  return format == "text" || format == "html" || format == "json";
}

}  // namespace

SpecFile ParseSpec(const std::string& name, const std::string& text) {
  SpecFile spec;
  enum class Part { kCommentary, kInput, kDump } part = Part::kCommentary;
  SpecExample example;
  std::istringstream lines(text);
  std::string line;
  int number = 0;
  const auto fail = [&](int at, const std::string& message) {
    spec.error = name + ":" + std::to_string(at) + ": " + message;
    return spec;
  };
  while (std::getline(lines, line)) {
    ++number;
    switch (part) {
      case Part::kCommentary:
        if (StartsWith(line, kExampleStart)) {
          example = SpecExample{number, line.substr(std::string(kExampleStart).size()), "", ""};
          if (!IsFormat(example.format)) {
            return fail(number, "'" + example.format + "' is not a format (text, html or json)");
          }
          part = Part::kInput;
        } else if (StartsWith(line, "---- ") || StartsWith(line, "==== ")) {
          return fail(number, "'" + line + "' outside an example");
        }
        break;
      case Part::kInput:
        if (line == kDumpStart) {
          part = Part::kDump;
        } else if (StartsWith(line, "==== ")) {
          return fail(number, "the example of line " + std::to_string(example.line) +
                                  " has no '---- dump'");
        } else {
          example.input += line + "\n";
        }
        break;
      case Part::kDump:
        if (line == kExampleEnd) {
          spec.examples.push_back(example);
          part = Part::kCommentary;
        } else if (StartsWith(line, "==== ") || StartsWith(line, "---- ")) {
          return fail(number,
                      "the example of line " + std::to_string(example.line) + " has no '==== end'");
        } else {
          example.dump += line + "\n";
        }
        break;
    }
  }
  if (part != Part::kCommentary) return fail(example.line, "the example does not end ('==== end')");
  return spec;
}

SpecFile ReadSpecFile(const std::string& path) {
  std::string text = testing::ReadFile(path);
  if (text.empty()) return SpecFile{{}, path + ": missing or empty"};
  return ParseSpec(path, text);
}

std::string SpecPath(const std::string& stage) {
  return JOBPIPE_SOURCE_DIR "/tests/dump/" + stage + ".txt";
}

SpecExample FirstExample(const std::string& stage, const std::string& format) {
  const SpecFile spec = ReadSpecFile(SpecPath(stage));
  if (!spec.error.empty()) FAIL(spec.error);
  for (const SpecExample& example : spec.examples) {
    if (example.format == format) return example;
  }
  FAIL("tests/dump/" << stage << ".txt has no " << format << " example");
  return {};
}

std::string SaveInput(const SpecExample& example, const std::string& folder,
                      const std::string& name) {
  const std::string path =
      folder + "/" + name + "." + (example.format == "text" ? "txt" : example.format);
  FILE* file = std::fopen(path.c_str(), "wb");
  REQUIRE(file);
  REQUIRE(std::fwrite(example.input.data(), 1, example.input.size(), file) == example.input.size());
  REQUIRE(std::fclose(file) == 0);
  return path;
}

}  // namespace jobpipe::dump_test
