// libcurl is loaded on first use: what loading gives, how it fails, and
// that reading a file never loads it.
#include "ingest/curl_library.h"

#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>
#include <string>

#include "ingest/ingest.h"

using jobpipe::Curl;
using jobpipe::ErrorCode;
using jobpipe::kCurlSoname;
using jobpipe::LoadCurlLibrary;

namespace {

bool Contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

std::string MappedFiles() {
  std::ifstream maps("/proc/self/maps");
  std::stringstream text;
  text << maps.rdbuf();
  return text.str();
}

}  // namespace

TEST_CASE("LoadCurlLibrary binds every function of the system libcurl") {
  auto api = LoadCurlLibrary(kCurlSoname);
  REQUIRE(api.ok());
  CHECK(api->easy_init != nullptr);
  CHECK(api->easy_setopt != nullptr);
  CHECK(api->getdate != nullptr);
  CHECK(api->version_info(CURLVERSION_NOW)->version_num >= 0x075500);
  CHECK(std::string(api->easy_strerror(CURLE_COULDNT_CONNECT)) == "Couldn't connect to server");
}

TEST_CASE("LoadCurlLibrary names the library and the cause when it cannot load it") {
  auto missing = LoadCurlLibrary("libcurl-not-installed.so.4");
  REQUIRE_FALSE(missing.ok());
  CHECK(missing.error().code == ErrorCode::kNetwork);
  const std::string& message = missing.error().message;
  CHECK(Contains(message, "cannot fetch URLs: libcurl-not-installed.so.4 could not be loaded ("));
  CHECK(Contains(message, "install libcurl 7.85 or later"));
  CHECK(message.find('\n') == std::string::npos);
}

TEST_CASE("LoadCurlLibrary refuses a library without curl's functions") {
  auto not_curl = LoadCurlLibrary("libc.so.6");
  REQUIRE_FALSE(not_curl.ok());
  CHECK(Contains(not_curl.error().message, "libc.so.6 could not be loaded (it has no curl_"));
}

TEST_CASE("Reading a file does not load libcurl, fetching does") {
  // ctest runs each test case in its own process, so nothing before this
  // one has fetched.
  auto doc = jobpipe::Ingest(JOBPIPE_FIXTURES_DIR "/seed/linkedin-paste-canonical-em-mlops.txt",
                             jobpipe::FetchOptions{});
  REQUIRE(doc.ok());
  CHECK_FALSE(Contains(MappedFiles(), "libcurl"));
  REQUIRE(Curl().ok());
  CHECK(Contains(MappedFiles(), "libcurl"));
}
