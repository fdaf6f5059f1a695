#include <catch2/catch.hpp>

#include "export/export.h"
#include "export/record_reader.h"

using namespace jobpipe;

namespace {

Posting SamplePosting() {
  Posting p;
  p.source = {SourceType::kText, "-", "", 0, ""};
  p.facts.company = "Fjordline Analytics";
  p.facts.title = "Senior Data Engineer";
  p.facts.url = "https://www.linkedin.com/jobs/view/123/";
  p.facts.location = "Oslo, Norway";
  p.facts.workplace = "hybrid";
  p.facts.employment_type = "full_time";
  p.facts.salary = Salary{"NOK 750,000 - 900,000 a year", 750000, 900000, "NOK", "year"};
  p.summary = "We move weather data.\n\nFast.";
  p.sections = {
      {SectionKind::kIntro, "About the job", "We move weather data.\n\nFast.", {}},
      {SectionKind::kResponsibilities, "What you'll do", "", {"Build pipelines", "Own dbt models."}},
      {SectionKind::kRequirements, "Requirements", "", {"5+ years of SQL"}},
      {SectionKind::kBenefits, "Benefits", "", {"Pension", "# not a heading"}},
      {SectionKind::kAboutCompany, "About us", "Fjordline sells forecasts.", {}},
  };
  p.company_details = "Fjordline sells forecasts.";
  p.skills = {"SQL", "dbt"};
  p.application = {"PENDING", "2025-01-15"};
  return p;
}

}  // namespace

TEST_CASE("the record follows RECORD_FORMAT.md line by line") {
  const std::string expected =
      "# Application Details\n"
      "\n"
      "## Company\n"
      "Fjordline Analytics\n"
      "\n"
      "## Position\n"
      "Senior Data Engineer\n"
      "\n"
      "## Job URL\n"
      "https://www.linkedin.com/jobs/view/123/\n"
      "\n"
      "## Status\n"
      "### Application\n"
      "PENDING\n"
      "\n"
      "## Job Description\n"
      "We move weather data.\n"
      "\n"
      "Fast.\n"
      "\n"
      "Location: Oslo, Norway\n"
      "Workplace: Hybrid\n"
      "Employment type: Full-time\n"
      "Salary: NOK 750,000 - 900,000 a year\n"
      "\n"
      "The primary responsibilities include:\n"
      "- Build pipelines\n"
      "- Own dbt models.\n"
      "\n"
      "Required qualifications:\n"
      "- 5+ years of SQL\n"
      "\n"
      "What they offer:\n"
      "- Pension\n"
      "- \\# not a heading\n"
      "\n"
      "## Company Details\n"
      "Fjordline sells forecasts.\n"
      "\n"
      "## Application Date\n"
      "2025-01-15\n"
      "\n"
      "## Personal Connection\n"
      "- Have you used their product/service?\n"
      "- If yes, describe your experience:\n"
      "- How long have you used it?\n"
      "- What impact has it had on you?\n"
      "- Any specific features or aspects you particularly value?\n"
      "- How does this connection relate to your professional interest in the company?\n"
      "\n"
      "## Notes\n"
      "- Key skills to emphasize:\n"
      "  - SQL\n"
      "  - dbt\n"
      "- Resume customization ideas:\n"
      "- Resume bullet points to highlight or modify:\n"
      "- Cover letter points:\n"
      "  - Opening paragraph:\n"
      "  - Body paragraph:\n"
      "  - Company-specific paragraph:\n"
      "  - Closing paragraph:\n"
      "<!-- jobpipe:digests v1 company=f2af6f01c2c04ab8 position=9dde25d476f78306 job_description=bed9e897943c4e7d company_details=9300ce722f607749 skills=99decd7da70bc037 -->\n";
  CHECK(RenderMarkdown(SamplePosting()) == expected);
}

TEST_CASE("unknown top-level values are empty lines and empty sub-lists are left out") {
  Posting p;
  p.application = {"PENDING", "2025-01-15"};
  std::string record = RenderMarkdown(p);
  CHECK(record.find("## Company\n\n\n## Position\n\n\n## Job URL\n\n\n## Status\n") !=
        std::string::npos);
  CHECK(record.find("## Job Description\n\n\n## Company Details\n\n\n## Application Date\n") !=
        std::string::npos);
  CHECK(record.find("Required qualifications:") == std::string::npos);
  CHECK(record.back() == '\n');
  CHECK(record.substr(record.size() - 2) != "\n\n");
}

TEST_CASE("without a URL the Job URL line names the posting") {
  Posting p = SamplePosting();
  p.facts.url.reset();
  CHECK(RenderMarkdown(p).find("## Job URL\nFjordline Analytics job posting - Senior Data Engineer\n") !=
        std::string::npos);
}

TEST_CASE("posting text cannot create structure or carry terminal escapes") {
  Posting p = SamplePosting();
  p.facts.company = "## Evil\nCorp";
  p.facts.title = "\x1b[31mRed\x1b[0m Title\x07";
  p.sections = {{SectionKind::kRequirements, std::nullopt, "",
                 {"1. numbered", "> quoted", "- dashed", "<script>x</script>", "line\nbreak"}}};
  std::string record = RenderMarkdown(p);
  CHECK(record.find("## Company\n\\## Evil Corp\n") != std::string::npos);
  CHECK(record.find("## Position\nRed Title\n") != std::string::npos);
  CHECK(record.find("- 1\\. numbered\n- \\> quoted\n- \\- dashed\n- \\<script>x\\</script>\n"
                    "- line break\n") != std::string::npos);
  CHECK(record.find('\x1b') == std::string::npos);
}

TEST_CASE("a prose-only section still reaches the record as items") {
  Posting p = SamplePosting();
  p.sections = {{SectionKind::kRequirements, "Who you are", "You know SQL.\n\nYou like maps.", {}}};
  CHECK(RenderMarkdown(p).find("Required qualifications:\n- You know SQL.\n- You like maps.\n") !=
        std::string::npos);
  // Beside a list of the same kind, in the posting's order.
  p.sections = {{SectionKind::kRequirements, "Must have", "", {"5+ years of SQL", "Airflow"}},
                {SectionKind::kRequirements, "Also", "You read Norwegian.", {}},
                {SectionKind::kRequirements, "Tools", "Lead line, not an item.", {"dbt"}}};
  CHECK(RenderMarkdown(p).find("Required qualifications:\n- 5+ years of SQL\n- Airflow\n- You read Norwegian.\n- dbt\n") !=
        std::string::npos);
}

TEST_CASE("a record reads back into the same fields, also after the user edits it") {
  Posting original = SamplePosting();
  std::string record = RenderMarkdown(original);

  auto read = ReadRecord(record);
  REQUIRE(read.ok());
  CHECK(read->facts.company == original.facts.company);
  CHECK(read->facts.title == original.facts.title);
  CHECK(read->facts.url == original.facts.url);
  CHECK(read->facts.location == original.facts.location);
  CHECK(read->facts.workplace == original.facts.workplace);
  CHECK(read->facts.employment_type == original.facts.employment_type);
  REQUIRE(read->facts.salary);
  CHECK(read->facts.salary->text == original.facts.salary->text);
  CHECK(read->summary == original.summary);
  CHECK(read->company_details == original.company_details);
  CHECK(read->skills == original.skills);
  CHECK(read->application.status == "PENDING");
  CHECK(read->application.date == "2025-01-15");
  REQUIRE(read->sections.size() == 3);
  CHECK(read->sections[0].kind == SectionKind::kResponsibilities);
  CHECK(read->sections[0].items == original.sections[1].items);
  CHECK(read->sections[2].items == std::vector<std::string>{"Pension", "# not a heading"});

  // The user moves the application on and answers a question.
  std::string edited = record;
  edited.replace(edited.find("PENDING"), 7, "INTERVIEW");
  edited.replace(edited.find("- Have you used their product/service?"),
                 38, "- Have you used their product/service? Yes, daily");
  edited += "- My own note\n";
  auto reread = ReadRecord(edited);
  REQUIRE(reread.ok());
  CHECK(reread->application.status == "INTERVIEW");
  CHECK(reread->facts.url == original.facts.url);
  CHECK(reread->skills == original.skills);
}

TEST_CASE("text that is not a record is refused") {
  CHECK_FALSE(ReadRecord("hello\n").ok());
  CHECK_FALSE(ReadRecord("").ok());
  CHECK(ReadRecord("\n# Application Details\n").ok());
}
