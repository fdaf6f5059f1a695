// Record file names: readable, lowercase ASCII, bounded, and never a way
// out of the output folder whatever the posting says.
#include <catch2/catch.hpp>

#include "app/record_slug.h"

namespace jobpipe {
namespace {

/// What every name made by RecordFileName must be.
void CheckSafeName(const std::string& name) {
  INFO(name);
  CHECK(!name.empty());
  CHECK(name.size() <= kMaxRecordNameBytes);
  CHECK(name.front() != '.');
  CHECK(name.front() != '-');
  CHECK(name.size() > 3);
  CHECK(name.substr(name.size() - 3) == ".md");
  for (char c : name.substr(0, name.size() - 3)) {
    bool allowed = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
    CHECK(allowed);
  }
  CHECK(name.find("--") == std::string::npos);
}

TEST_CASE("slug: words, case, accents, apostrophes, ampersands", "[slug]") {
  CHECK(Slugify("Senior Data Engineer") == "senior-data-engineer");
  CHECK(Slugify("  Café Lumière  ") == "cafe-lumiere");
  CHECK(Slugify("Müller & Söhne GmbH") == "muller-and-sohne-gmbh");
  CHECK(Slugify("Straße / Œuvre / Łódź / Ærø") == "strasse-oeuvre-lodz-aero");
  CHECK(Slugify("O'Neil’s Bakery") == "oneils-bakery");
  CHECK(Slugify("C++ / C# Developer (m/w/d)") == "c-c-developer-m-w-d");
  CHECK(Slugify("Ｆｕｌｌｗｉｄｔｈ １２") == "fullwidth-12");
  CHECK(Slugify("Ingeniero de Señales – Bogotá") == "ingeniero-de-senales-bogota");
}

TEST_CASE("slug: emoji, other scripts and bad UTF-8 are word breaks", "[slug]") {
  CHECK(Slugify("🚀 Rocket 🚀 Engineer 🚀") == "rocket-engineer");
  CHECK(Slugify("🚀🔥💯") == "");
  CHECK(Slugify("Инженер Backend") == "backend");
  CHECK(Slugify("ソフトウェア") == "");
  CHECK(Slugify("bad\xff\xfe bytes \xc3") == "bad-bytes");
  CHECK(Slugify("") == "");
}

TEST_CASE("slug: the usual record name", "[slug]") {
  CHECK(RecordFileName("2026-11-23", "Northwind Freight", "Backend Engineer", 1) ==
        "2026-11-23-northwind-freight-backend-engineer.md");
  CHECK(RecordFileName("2026-11-23", "Northwind Freight", "Backend Engineer", 2) ==
        "2026-11-23-northwind-freight-backend-engineer-2.md");
  CHECK(RecordFileName("2026-11-23", "", "Backend Engineer", 1) ==
        "2026-11-23-backend-engineer.md");
  CHECK(RecordFileName("2026-11-23", "Northwind", "", 3) == "2026-11-23-northwind-3.md");
}

TEST_CASE("slug: hostile titles stay a plain name inside the folder", "[slug]") {
  const std::vector<std::pair<std::string, std::string>> hostile = {
      {"../../etc/passwd", "../../etc/passwd"},
      {"/", "/"},
      {"..", ".."},
      {".", "."},
      {std::string("a\0b", 3), std::string("/etc\0", 5)},
      {"", ""},
      {"🚀", "💯"},
      {"\\..\\..\\windows\\system32", "C:\\"},
      {"CON", ""},
      {"", "nul"},
      {"lpt1", "com9"},
      {"\n\r\t", "\x1b[31mred\x1b[0m"},
  };
  for (const auto& [company, title] : hostile) {
    for (std::string date : {"2026-11-23", "", "../../..", "2026-11-23/../../x"}) {
      for (int copy : {1, 2, 999}) {
        CheckSafeName(RecordFileName(date, company, title, copy));
      }
    }
  }
  CHECK(RecordFileName("2026-11-23", "../../etc/passwd", "..", 1) == "2026-11-23-etc-passwd.md");
  CHECK(RecordFileName("2026-11-23", "", "", 1) == "2026-11-23-posting.md");
  CHECK(RecordFileName("2026-11-23", "🚀", "💯", 2) == "2026-11-23-posting-2.md");
  CHECK(RecordFileName("", "", "", 1) == "posting.md");
  CHECK(RecordFileName("../../x", "", "Engineer", 1) == "engineer.md");  // date not YYYY-MM-DD
}

TEST_CASE("slug: Windows reserved names are never the whole name", "[slug]") {
  CHECK(RecordFileName("", "", "CON", 1) == "posting-con.md");
  CHECK(RecordFileName("", "", "nul", 1) == "posting-nul.md");
  CHECK(RecordFileName("", "", "Com1", 1) == "posting-com1.md");
  CHECK(RecordFileName("", "", "lpt9", 1) == "posting-lpt9.md");
  CHECK(RecordFileName("", "", "console", 1) == "console.md");
  CHECK(RecordFileName("2026-11-23", "", "CON", 1) == "2026-11-23-con.md");
}

TEST_CASE("slug: very long names are cut to 100 bytes, suffix included", "[slug]") {
  std::string long_title(300, 'x');
  std::string words;
  for (int i = 0; i < 60; ++i) words += "Word" + std::to_string(i) + " ";
  for (int copy : {1, 2, 10, 999}) {
    std::string name = RecordFileName("2026-11-23", "Company", long_title, copy);
    CheckSafeName(name);
    CHECK(name.size() == kMaxRecordNameBytes);
    if (copy > 1) CHECK(name.find("-" + std::to_string(copy) + ".md") != std::string::npos);

    name = RecordFileName("2026-11-23", words, words, copy);
    CheckSafeName(name);
    CHECK(name.rfind("2026-11-23-word0-word1-", 0) == 0);
  }
  // A long company leaves room for the title.
  std::string name = RecordFileName("2026-11-23", words, "Backend Engineer", 1);
  CHECK(name.find("backend-engineer.md") != std::string::npos);
  CheckSafeName(name);
}

}  // namespace
}  // namespace jobpipe
