// The same posting at two URLs: one fingerprint (company, title and
// location normalised), so batch records it once and says where.
#include <catch2/catch.hpp>

#include <filesystem>

#include "app/batch.h"
#include "app/posting_fingerprint.h"
#include "tests/tracker/tracker_test_util.h"

namespace jobpipe {
namespace {

using testing::ReadFile;
using testing::RunJobpipe;
using testing::TempDir;

const std::string kSame = JOBPIPE_FIXTURES_DIR "/tracker/same-posting/";

Facts FactsOf(const char* company, const char* title, const char* location) {
  Facts facts;
  facts.company = company;
  facts.title = title;
  if (location) facts.location = location;
  return facts;
}

TEST_CASE("fingerprint: spellings of one company, title and place agree") {
  const std::string acme = PostingFingerprint(FactsOf("Acme Inc.", "Data Engineer", "Zürich"));
  CHECK(acme == "fingerprint:acme|data engineer|zurich");
  for (const Facts& same : {FactsOf("ACME, Inc", "Data  Engineer", "Zürich"),
                            FactsOf("acme", "DATA ENGINEER", "Zürich "),
                            FactsOf("Acme Incorporated", "Data Engineer ", " Zürich")}) {
    CHECK(PostingFingerprint(same) == acme);
  }
  CHECK(PostingFingerprint(FactsOf("Acme Inc.", "Data Engineer", "Basel")) != acme);
  CHECK(PostingFingerprint(FactsOf("Acme Labs", "Data Engineer", "Zürich")) != acme);
  CHECK(NormalizedCompany("Müller & Söhne GmbH & Co. KG") == "muller sohne");
  CHECK(NormalizedCompany("Northwind S.A.") == "northwind");
  CHECK(NormalizedCompany("Co") == "co");  // a name that is only a legal form stays
  CHECK(NormalizedWords("软件工程师（北京）") == "软件工程师 北京");
  CHECK(PostingFingerprint(FactsOf("", "Data Engineer", "Zürich")).empty());
}

TEST_CASE("fingerprint: accents are folded, other scripts kept") {
  const std::string societe =
      PostingFingerprint(FactsOf("Société Générale", "Ingénieur Données", "Paris La Défense"));
  CHECK(societe == "fingerprint:societe generale|ingenieur donnees|paris la defense");
  CHECK(PostingFingerprint(FactsOf("Societe Generale SA", "INGENIEUR DONNEES",
                                   "Paris La Defense")) == societe);
  CHECK(PostingFingerprint(FactsOf("Acme", "Data Engineer", "Zurich")) ==
        PostingFingerprint(FactsOf("Acme", "Data Engineer", "Zürich")));
  CHECK(NormalizedWords("Straße Œuvre ﬁle") == "strasse oeuvre file");
  CHECK(NormalizedWords("Москва Café") == "Москва cafe");
  CHECK(PostingFingerprint(FactsOf("Société Générale", "Ingénieur Données", "Lyon")) != societe);
  Facts no_title;
  no_title.company = "Acme";
  CHECK(PostingFingerprint(no_title).empty());
}

TEST_CASE("batch: the same posting from another URL is skipped as already recorded") {
  TempDir dir;
  std::string out = dir / "applications";
  tracker_test::WriteBytes(dir / "first.txt", kSame + "linkedin-copy.html\n");
  auto first = RunJobpipe({"--batch", dir / "first.txt", "--out-dir", out, "--date", "2026-11-20"});
  REQUIRE(first.exit_code == 0);
  std::string record = out + "/2026-11-20-acme-inc-maintenance-lead.md";
  REQUIRE(std::filesystem::exists(record));
  std::string before = ReadFile(record);

  tracker_test::WriteBytes(dir / "second.txt",
                           kSame + "greenhouse-copy.html\n" + kSame + "other-city.html\n");
  auto second = RunJobpipe({"--batch", dir / "second.txt", "--out-dir", out, "--date", "2026-11-21"});
  CHECK(second.exit_code == 0);
  // "[n/2]" counts finished inputs, so n depends on which one ended first.
  CHECK(second.err.find("/2] skipped " + kSame + "greenhouse-copy.html (already recorded in " + record +
                        " (same company, title and location))") != std::string::npos);
  CHECK(second.err.find("1 succeeded, 1 skipped (already_recorded: 1)") != std::string::npos);
  CHECK(ReadFile(record) == before);
  // Basel is another posting: recorded.
  CHECK(std::filesystem::exists(out + "/2026-11-21-acme-inc-maintenance-lead.md"));
}

TEST_CASE("batch: the same posting twice in one list is recorded once") {
  TempDir dir;
  tracker_test::WriteBytes(dir / "list.txt",
                           kSame + "linkedin-copy.html\n" + kSame + "greenhouse-copy.html\n");
  auto run = RunJobpipe({"--batch", dir / "list.txt", "--out-dir", dir / "out", "--format",
                         "jsonl", "--date", "2026-11-20", "--quiet", "--jobs", "1"});
  CHECK(run.exit_code == 0);
  CHECK(std::distance(std::filesystem::directory_iterator(dir / "out"),
                      std::filesystem::directory_iterator()) == 1);
  CHECK(run.out.find("(same company, title and location)") != std::string::npos);
}

}  // namespace
}  // namespace jobpipe
