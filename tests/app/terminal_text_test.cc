// Hostile text stays text on a terminal (issue 11): escapes, C1 controls and
// bidi overrides from postings or servers are shown, not obeyed.
#include <catch2/catch.hpp>
#include <string>

#include "core/terminal_text.h"
#include "tests/support/run_binary.h"

using jobpipe::TerminalSafe;

TEST_CASE("TerminalSafe writes controls as escapes and keeps the rest") {
  struct Case {
    std::string in, out;
  } cases[] = {
      {"plain text, caf\xc3\xa9 \xe2\x82\xac 10\tok", "plain text, caf\xc3\xa9 \xe2\x82\xac 10\tok"},
      {"\x1b]0;pwned\x07title", "\\x1B]0;pwned\\x07title"},     // window title (OSC)
      {"\x1b[2J\x1b[H", "\\x1B[2J\\x1B[H"},                       // clear screen
      {"a\x7f" "b", "a\\x7Fb"},
      {"\xc2\x9b" "2J", "\\u009B2J"},                             // C1 CSI as UTF-8
      {"\x9b" "2J", "\\x9B2J"},                                   // C1 CSI as a lone byte
      {"evil\xe2\x80\xae" "gpj.exe", "evil\\u202Egpj.exe"},        // right-to-left override
      {"\xe2\x81\xa6x\xe2\x81\xa9", "\\u2066x\\u2069"},           // isolates
      {"line\nbreak\r", "line\\x0Abreak\\x0D"},
      {"\xed\xa0\x80", "\\xED\\xA0\\x80"},                        // a surrogate is not UTF-8
      {"\xf0\x9f\x98\x80", "\xf0\x9f\x98\x80"},                   // four-byte UTF-8 kept
  };
  for (const Case& c : cases) {
    INFO(c.in);
    CHECK(TerminalSafe(c.in) == c.out);
  }
  CHECK(TerminalSafe("one\ntwo\x1b\n", true) == "one\ntwo\\x1B\n");
}

TEST_CASE("an escape sequence in a batch line does not reach stderr raw") {
  jobpipe::testing::TempDir dir;
  auto r = jobpipe::testing::RunJobpipe(
      {"--batch", "-", "--format", "jsonl", "--out-dir", dir.path()},
      "ftp://x/\x1b]0;pwned\x07\n\xc2\x9b" "2J\n/no/such/\x1b[2Jfile\n");
  CHECK(r.exit_code == 1);
  CHECK(r.err.find('\x1b') == std::string::npos);
  CHECK(r.err.find('\x07') == std::string::npos);
  CHECK(r.err.find("\xc2\x9b") == std::string::npos);
  CHECK(r.err.find("0;pwned") != std::string::npos);  // shown, not obeyed
}

TEST_CASE("an escape sequence in a single input's name does not reach stderr raw") {
  auto r = jobpipe::testing::RunJobpipe({"/no/such/\x1b[2J\xe2\x80\xae" "file"});
  CHECK(r.exit_code == 10);
  CHECK(r.err.find('\x1b') == std::string::npos);
  CHECK(r.err.find("\xe2\x80\xae") == std::string::npos);
  CHECK(r.err.find("\\x1B[2J\\u202Efile") != std::string::npos);
}
