// ReadLocalInput on real files and a real stdin pipe.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <string>
#include <thread>

#include "ingest/ingest.h"
#include "tests/support/temp_dir.h"

using jobpipe::Document;
using jobpipe::ErrorCode;
using jobpipe::ReadLocalInput;
using jobpipe::Result;
using jobpipe::SourceType;
using jobpipe::testing::TempDir;

namespace {

/// Runs ReadLocalInput("-") with `bytes` on stdin (a real pipe).
Result<Document> ReadFromStdin(const std::string& bytes) {
  int fds[2];
  REQUIRE(pipe(fds) == 0);
  int saved_stdin = dup(STDIN_FILENO);
  dup2(fds[0], STDIN_FILENO);
  close(fds[0]);
  std::thread writer([&] {  // a writer thread: input may exceed the pipe buffer
    std::size_t done = 0;
    while (done < bytes.size()) {
      ssize_t n = write(fds[1], bytes.data() + done, bytes.size() - done);
      if (n <= 0) break;
      done += static_cast<std::size_t>(n);
    }
    close(fds[1]);
  });
  auto result = ReadLocalInput("-");
  writer.join();
  dup2(saved_stdin, STDIN_FILENO);
  close(saved_stdin);
  return result;
}

}  // namespace

TEST_CASE("local input: a text file is cleaned to UTF-8 text") {
  TempDir dir;
  auto path = dir.Write("paste.txt",
                        "\xEF\xBB\xBFSenior\xC2\xA0"
                        "Engineer\r\nAcme\rBer\xE2\x80\x8Blin\r\n"
                        "\xE2\x80\x9CGreat\xE2\x80\x9D\tteam\n");
  auto doc = ReadLocalInput(path);
  REQUIRE(doc.ok());
  CHECK(doc->body == "Senior Engineer\nAcme\nBerlin\n\xE2\x80\x9CGreat\xE2\x80\x9D\tteam\n");
  CHECK(doc->format == "text");
  CHECK(doc->source.type == SourceType::kText);
  CHECK(doc->source.name == path);
  CHECK(doc->source.fetched_url.empty());
  CHECK(doc->warnings.empty());
}

TEST_CASE("local input: invalid UTF-8 becomes U+FFFD with one warning") {
  TempDir dir;
  auto path = dir.Write("latin1.txt", "Caf\xE9 in M\xFCnchen, \xE9t\xE9\n");
  auto doc = ReadLocalInput(path);
  REQUIRE(doc.ok());
  CHECK(doc->body == "Caf\xEF\xBF\xBD in M\xEF\xBF\xBDnchen, \xEF\xBF\xBDt\xEF\xBF\xBD\n");
  REQUIRE(doc->warnings.size() == 1);
  CHECK(doc->warnings[0] == path + ": replaced 4 invalid UTF-8 byte sequences with U+FFFD");
}

TEST_CASE("local input: HTML by content or extension, with its meta charset") {
  TempDir dir;
  auto saved = dir.Write("saved.txt",
                         "<!DOCTYPE html><html><head><meta charset=\"windows-1252\"></head>"
                         "<body><h1>Caf\xE9 \x80</h1></body></html>");
  auto doc = ReadLocalInput(saved);
  REQUIRE(doc.ok());
  CHECK(doc->format == "html");
  CHECK(doc->source.type == SourceType::kHtml);
  CHECK(doc->body.find("<h1>Caf\xC3\xA9 \xE2\x82\xAC</h1>") != std::string::npos);
  CHECK(doc->warnings.empty());

  auto by_name = ReadLocalInput(dir.Write("page.htm", "Only words here"));
  REQUIRE(by_name.ok());
  CHECK(by_name->format == "html");
}

TEST_CASE("local input: a job board API answer is JSON") {
  TempDir dir;
  auto doc =
      ReadLocalInput(dir.Write("job.json", "{\"title\": \"Designer\", \"content\": \"x\"}\n"));
  REQUIRE(doc.ok());
  CHECK(doc->format == "json");
  CHECK(doc->source.type == SourceType::kJson);
}

TEST_CASE("local input: stdin is read whole, also beyond a pipe buffer") {
  std::string big;
  while (big.size() < 200 * 1024) big += "Responsibilities include writing code.\r\n";
  auto doc = ReadFromStdin(big);
  REQUIRE(doc.ok());
  CHECK(doc->source.name == "-");
  CHECK(doc->body.size() == big.size() - big.size() / 40);  // each CRLF lost its CR
  CHECK(doc->body.find('\r') == std::string::npos);
}

TEST_CASE("local input: failures carry their code and a message naming the input") {
  TempDir dir;
  struct Case {
    const char* what;
    std::string name;
    ErrorCode code;
    std::string message;
  };
  auto empty = dir.Write("empty.txt", "");
  auto blank = dir.Write("blank.txt", " \r\n\t\xC2\xA0\xE2\x80\x8B\n");
  auto pdf = dir.Write("cv.pdf", "%PDF-1.4\n1 0 obj\n");
  auto nul = dir.Write("nul.txt", std::string("abc\0def", 7));
  auto missing = dir / "missing.txt";
  auto folder = dir.path();
  const Case cases[] = {
      {"empty file", empty, ErrorCode::kEmpty, empty + ": input is empty"},
      {"whitespace only", blank, ErrorCode::kEmpty, blank + ": input is empty (only whitespace)"},
      {"PDF", pdf, ErrorCode::kBinary, pdf + ": looks like binary data (PDF document)"},
      {"NUL bytes", nul, ErrorCode::kBinary, nul + ": looks like binary data (NUL bytes)"},
      {"missing file", missing, ErrorCode::kUnreadable,
       missing + ": cannot open: No such file or directory"},
      {"directory", folder, ErrorCode::kUnreadable, folder + ": is a directory, not a file"},
  };
  for (const auto& c : cases) {
    INFO(c.what);
    auto result = ReadLocalInput(c.name);
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().code == c.code);
    CHECK(result.error().message == c.message);
  }
}

TEST_CASE("local input: a file without read permission is unreadable") {
  if (geteuid() == 0) {
    // root reads any file: check the error path with a name that cannot
    // exist instead (a component that is a file, not a directory).
    TempDir dir;
    auto file = dir.Write("plain.txt", "x");
    auto result = ReadLocalInput(file + "/inner.txt");
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().code == ErrorCode::kUnreadable);
    CHECK(result.error().message == file + "/inner.txt: cannot open: Not a directory");
    return;
  }
  TempDir dir;
  auto file = dir.Write("secret.txt", "x");
  chmod(file.c_str(), 0);
  auto result = ReadLocalInput(file);
  REQUIRE_FALSE(result.ok());
  CHECK(result.error().code == ErrorCode::kUnreadable);
  CHECK(result.error().message == file + ": cannot open: Permission denied");
}

TEST_CASE("local input: stdin with binary or empty input fails like a file") {
  auto binary = ReadFromStdin("\x89PNG\r\n\x1A\nrest");
  REQUIRE_FALSE(binary.ok());
  CHECK(binary.error().code == ErrorCode::kBinary);
  CHECK(binary.error().message == "-: looks like binary data (PNG image)");
  auto empty = ReadFromStdin("");
  REQUIRE_FALSE(empty.ok());
  CHECK(empty.error().code == ErrorCode::kEmpty);
  CHECK(empty.error().message == "-: input is empty");
}

TEST_CASE("local input: more than the cap is too large, checked before reading") {
  TempDir dir;
  auto path = dir / "huge.txt";
  {
    int fd = open(path.c_str(), O_CREAT | O_WRONLY, 0644);
    REQUIRE(fd >= 0);
    REQUIRE(ftruncate(fd, static_cast<off_t>(jobpipe::kMaxLocalInputBytes + 1)) == 0);  // sparse
    close(fd);
  }
  auto result = ReadLocalInput(path);
  REQUIRE_FALSE(result.ok());
  CHECK(result.error().code == ErrorCode::kTooLarge);
  CHECK(result.error().message == path + ": input is larger than 64 MB");
}
