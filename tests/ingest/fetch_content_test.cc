// FetchUrl against the loopback server: encodings, charsets, formats, site
// adapters, headers sent, many threads.
#include <catch2/catch.hpp>
#include <string>
#include <thread>
#include <vector>

#include "tests/ingest/fetch_test_support.h"

using jobpipe::ErrorCode;
using jobpipe::FetchOptions;
using jobpipe::FetchUrl;
using jobpipe::SourceType;
using jobpipe::testing::FastOptions;
using jobpipe::testing::Server;

namespace {

const std::string kCafe = "Caf\xC3\xA9";
const std::string kEuro = "\xE2\x82\xAC";
const std::string kWestern =
    "Caf\xC3\xA9 Se\xC3\xB1or \xE2\x80\x93 5 \xE2\x82\xAC \xE2\x80\x9Cquoted\xE2\x80\x9D";

bool Contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

}  // namespace

TEST_CASE("fetch: a gzip-encoded page is decoded") {
  auto doc = FetchUrl(Server().url("/gzip"), FastOptions());
  REQUIRE(doc.ok());
  CHECK(doc->format == "html");
  CHECK(Contains(doc->body, "<h1>Compression Engineer</h1>"));
}

TEST_CASE("fetch: windows-1252 declared in the header, a meta or nowhere becomes UTF-8") {
  for (std::string where : {"header", "meta", "http-equiv", "none"}) {
    INFO(where);
    auto doc = FetchUrl(Server().url("/charset/windows-1252/" + where), FastOptions());
    REQUIRE(doc.ok());
    CHECK(Contains(doc->body, "<title>" + kWestern + "</title>"));
    CHECK(Contains(doc->body, kCafe));
    CHECK(Contains(doc->body, kEuro));
    if (where == "none") {
      REQUIRE(doc->warnings.size() == 1);
      CHECK(Contains(doc->warnings[0], "not valid UTF-8; read as windows-1252"));
    } else {
      CHECK(doc->warnings.empty());
    }
  }
}

TEST_CASE("fetch: other legacy charsets become UTF-8") {
  struct Case {
    std::string charset;
    std::string where;
    std::string expected;
  };
  const Case cases[] = {
      {"iso-8859-1", "header", "Caf\xC3\xA9 Se\xC3\xB1or Z\xC3\xBCrich"},
      {"iso-8859-15", "meta", "Caf\xC3\xA9 Se\xC3\xB1or 5 \xE2\x82\xAC"},
      // ソフトウェアエンジニア（東京）
      {"shift_jis", "meta",
       "\xE3\x82\xBD\xE3\x83\x95\xE3\x83\x88\xE3\x82\xA6\xE3\x82\xA7\xE3\x82\xA2\xE3\x82\xA8\xE3"
       "\x83\xB3\xE3\x82\xB8\xE3\x83\x8B\xE3\x82\xA2\xEF\xBC\x88\xE6\x9D\xB1\xE4\xBA\xAC\xEF\xBC"
       "\x89"},
      {"euc-jp", "header",
       "\xE3\x82\xBD\xE3\x83\x95\xE3\x83\x88\xE3\x82\xA6\xE3\x82\xA7\xE3\x82\xA2\xE3\x82\xA8\xE3"
       "\x83\xB3\xE3\x82\xB8\xE3\x83\x8B\xE3\x82\xA2\xEF\xBC\x88\xE6\x9D\xB1\xE4\xBA\xAC\xEF\xBC"
       "\x89"},
      // 软件工程师（北京）
      {"gbk", "header",
       "\xE8\xBD\xAF\xE4\xBB\xB6\xE5\xB7\xA5\xE7\xA8\x8B\xE5\xB8\x88\xEF\xBC\x88\xE5\x8C\x97\xE4"
       "\xBA\xAC\xEF\xBC\x89"},
      {"gb2312", "http-equiv",
       "\xE8\xBD\xAF\xE4\xBB\xB6\xE5\xB7\xA5\xE7\xA8\x8B\xE5\xB8\x88\xEF\xBC\x88\xE5\x8C\x97\xE4"
       "\xBA\xAC\xEF\xBC\x89"},
      // Инженер-программист (Москва)
      {"koi8-r", "header",
       "\xD0\x98\xD0\xBD\xD0\xB6\xD0\xB5\xD0\xBD\xD0\xB5\xD1\x80-\xD0\xBF\xD1\x80\xD0\xBE\xD0\xB3"
       "\xD1\x80\xD0\xB0\xD0\xBC\xD0\xBC\xD0\xB8\xD1\x81\xD1\x82 (\xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA"
       "\xD0\xB2\xD0\xB0)"},
      {"utf-8", "none", kWestern},
  };
  for (const auto& c : cases) {
    INFO(c.charset + " in " + c.where);
    auto doc = FetchUrl(Server().url("/charset/" + c.charset + "/" + c.where), FastOptions());
    REQUIRE(doc.ok());
    CHECK(Contains(doc->body, "<title>" + c.expected + "</title>"));
    CHECK(doc->warnings.empty());
  }
}

TEST_CASE("fetch: the format comes from Content-Type, else from the content") {
  auto json = FetchUrl(Server().url("/headers"), FastOptions());
  REQUIRE(json.ok());
  CHECK(json->format == "json");
  CHECK(json->source.type == SourceType::kUrl);

  auto text = FetchUrl(Server().url("/seed/linkedin-paste-canonical-em-mlops.txt"), FastOptions());
  REQUIRE(text.ok());
  CHECK(text->format == "text");

  // text/markdown says nothing about the format: the content decides.
  auto sniffed = FetchUrl(Server().url("/http/README.md"), FastOptions());
  REQUIRE(sniffed.ok());
  CHECK(sniffed->format == "text");
}

TEST_CASE("fetch: a page that is no posting still arrives (judging it is parse's job)") {
  auto doc = FetchUrl(Server().url("/not-a-posting"), FastOptions());
  REQUIRE(doc.ok());
  CHECK(doc->format == "html");
}

TEST_CASE("fetch: an empty answer is an empty input") {
  std::string url = Server().url("/status/204");
  auto result = FetchUrl(url, FastOptions());
  REQUIRE_FALSE(result.ok());
  CHECK(result.error().code == ErrorCode::kEmpty);
  CHECK(result.error().message == url + ": input is empty");
}

TEST_CASE("fetch: the default User-Agent and Accept-Encoding are sent") {
  auto doc = FetchUrl(Server().url("/headers"), FastOptions());
  REQUIRE(doc.ok());
  CHECK(Contains(doc->body, "\"user-agent\": \"jobpipe/0.1 (job posting reader; libcurl)\""));
  CHECK(Contains(doc->body, "gzip"));
  auto options = FastOptions();
  options.user_agent = "custom-agent/2";
  auto custom = FetchUrl(Server().url("/headers"), options);
  REQUIRE(custom.ok());
  CHECK(Contains(custom->body, "\"user-agent\": \"custom-agent/2\""));
}

TEST_CASE("fetch: site adapters fetch the sites' posting data from their bases") {
  FetchOptions options = FastOptions();
  options.adapter_bases = {{"linkedin", Server().base_url()},
                           {"greenhouse", Server().base_url()},
                           {"lever", Server().base_url()}};
  struct Case {
    std::string asked;
    std::string fetched_path;
    std::string format;
    std::string text;
  };
  const Case cases[] = {
      {"https://www.linkedin.com/jobs/view/senior-data-platform-engineer-3900000001",
       "/jobs-guest/jobs/api/jobPosting/3900000001", "html", "Senior Data Platform Engineer"},
      {"https://boards.greenhouse.io/harbourlightgames/jobs/4100000002",
       "/v1/boards/harbourlightgames/jobs/4100000002", "json", "Gameplay Programmer (C++)"},
      {"https://jobs.lever.co/quillmark/6f1c2a4e-8b7d-4c3a-9e15-2d4b6a8c0e11",
       "/v0/postings/quillmark/6f1c2a4e-8b7d-4c3a-9e15-2d4b6a8c0e11", "json",
       "Senior Product Designer"},
  };
  for (const auto& c : cases) {
    INFO(c.asked);
    auto doc = FetchUrl(c.asked, options);
    REQUIRE(doc.ok());
    CHECK(doc->source.name == c.asked);
    CHECK(doc->source.fetched_url == Server().url(c.fetched_path));
    CHECK(doc->format == c.format);
    CHECK(Contains(doc->body, c.text));
  }
  std::string missing = "https://www.linkedin.com/jobs/view/1234";
  auto result = FetchUrl(missing, options);
  REQUIRE_FALSE(result.ok());
  CHECK(result.error().message == missing + ": HTTP 404 Not Found");
}

TEST_CASE("fetch: many threads fetch at once") {
  constexpr int kThreads = 8;
  std::vector<std::thread> threads;
  std::vector<std::string> titles(kThreads);
  for (int i = 0; i < kThreads; ++i) {
    threads.emplace_back([i, &titles] {
      auto doc =
          FetchUrl(Server().url("/job/t" + std::to_string(i) + "?delay_ms=100"), FastOptions());
      if (doc.ok()) titles[i] = doc->body;
    });
  }
  for (auto& thread : threads) thread.join();
  for (int i = 0; i < kThreads; ++i) {
    INFO(i);
    CHECK(Contains(titles[i], "<h1>Engineer t" + std::to_string(i) + "</h1>"));
  }
}

TEST_CASE("fetch: a PDF answer is binary data, not a posting") {
  std::string url = Server().url("/http/files/cv.pdf");
  auto result = FetchUrl(url, FastOptions());
  REQUIRE_FALSE(result.ok());
  CHECK(result.error().code == ErrorCode::kBinary);
  CHECK(result.error().message == url + ": looks like binary data (PDF document)");
}
