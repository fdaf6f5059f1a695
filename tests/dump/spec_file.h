// The stage dumps' spec files (tests/dump/<stage>.txt), read the way cmark
// reads its spec: examples of an input and the dump it must give, with
// commentary between them.
//
//   Anything outside an example is commentary.
//   ==== example FORMAT          FORMAT: text, html or json
//   the input, line by line, taken as written
//   ---- dump
//   the expected dump, line by line
//   ==== end
//
// The input and the dump each end with a newline after their last line.
#pragma once

#include <string>
#include <vector>

namespace jobpipe::dump_test {

struct SpecExample {
  int line = 0;        // of its "==== example" line, 1-based
  std::string format;  // "text", "html" or "json"
  std::string input;
  std::string dump;
};

struct SpecFile {
  std::vector<SpecExample> examples;
  std::string error;  // "FILE:LINE: what is wrong"; "" when the file is well formed
};

/// The examples of `text`, read from a file named `name` (for messages).
SpecFile ParseSpec(const std::string& name, const std::string& text);

/// The same for the file at `path`; a file that cannot be read is an error.
SpecFile ReadSpecFile(const std::string& path);

/// The spec file of a stage: SOURCE_DIR/tests/dump/STAGE.txt.
std::string SpecPath(const std::string& stage);

/// The first example of tests/dump/STAGE.txt written in `format` (a Catch
/// failure when there is none).
SpecExample FirstExample(const std::string& stage, const std::string& format);

/// Saves the example's input as `folder`/`name`.txt, .html or .json (by its
/// format, as a user's saved file would be named) and returns that path.
std::string SaveInput(const SpecExample& example, const std::string& folder,
                      const std::string& name);

}  // namespace jobpipe::dump_test
