// Skills: canonical names in order of first mention, no duplicates,
// boundaries for names like C++ and .NET, no ordinary words taken as skills.
#include <catch2/catch.hpp>

#include "normalize/skills/skills.h"

namespace jobpipe {
namespace {

using Skills = std::vector<std::string>;

TEST_CASE("FindSkills gives canonical names once, in order of first mention") {
  CHECK(skills::FindSkills("Python, python3 and PYTHON; then Kubernetes (k8s) and docker.") ==
        Skills{"Python", "Kubernetes", "Docker"});
  CHECK(skills::FindSkills("We use PostgreSQL (Postgres), MLFlow and GCP.") ==
        Skills{"PostgreSQL", "MLflow", "Google Cloud"});
  CHECK(skills::FindSkills("Experience with machine learning and ML tooling.") == Skills{"Machine Learning"});
}

TEST_CASE("FindSkills handles names that a word boundary cannot bound") {
  const std::pair<const char*, Skills> cases[] = {
      {"Strong C++ and C# skills", {"C++", "C#"}},
      {"Backend in C#/.NET and ASP.NET Core", {"C#", ".NET", "ASP.NET"}},
      {"Senior Developer C#.NET", {"C#", ".NET"}},
      {"Node.js, Vue.js and Next.js", {"Node.js", "Vue.js", "Next.js"}},
      {"CI/CD pipelines with GitHub Actions", {"CI/CD", "GitHub Actions"}},
      {".NET Core 8 services", {".NET"}},
      {"Notepad++ is not C", {}},
  };
  for (const auto& [text, expected] : cases) {
    INFO(text);
    CHECK(skills::FindSkills(text) == expected);
  }
}

TEST_CASE("FindSkills does not take ordinary words for skills") {
  const std::pair<const char*, Skills> cases[] = {
      {"Own our go to market plan and go-to-market motion.", {}},
      {"Go beyond the brief. Work with R&D on new ideas.", {}},
      {"Trust and rusty tools; a swift response; spark joy.", {}},
      {"React quickly to incidents and excel at communication.", {"Communication"}},
      {"Services in Go, Rust and Swift.", {"Go", "Rust", "Swift"}},
      {"Statistics in R or Python.", {"Statistics", "R", "Python"}},
      {"After our Series C we grew. Vitamin C is not a language.", {}},
      {"We build with React, Spark and Excel.", {"React", "Apache Spark", "Excel"}},
      {"JavaScript and TypeScript, not Java beans", {"JavaScript", "TypeScript", "Java"}},
  };
  for (const auto& [text, expected] : cases) {
    INFO(text);
    CHECK(skills::FindSkills(text) == expected);
  }
}

TEST_CASE("FindSkills covers business, accounting and nursing skills") {
  CHECK(skills::FindSkills("Project management, stakeholder management and Salesforce; SQL and Excel reports.") ==
        Skills{"Project Management", "Stakeholder Management", "Salesforce", "SQL", "Excel"});
  CHECK(skills::FindSkills("Knowledge of US GAAP and IFRS; CPA preferred.") == Skills{"GAAP", "IFRS", "CPA"});
  CHECK(skills::FindSkills("Current BLS and ACLS certification.") == Skills{"BLS", "ACLS"});
}

TEST_CASE("FindSkills(sections) reads the job's sections, not benefits or the company story") {
  std::vector<Section> sections(4);
  sections[0].kind = SectionKind::kRequirements;
  sections[0].heading = "Python developer profile";
  sections[0].items = {"Docker and Kubernetes", "Python again"};
  sections[1].kind = SectionKind::kBenefits;
  sections[1].items = {"Free Tableau training"};
  sections[2].kind = SectionKind::kAboutCompany;
  sections[2].text = "We are the company behind Linux tools.";
  sections[3].kind = SectionKind::kPreferred;
  sections[3].text = "AWS or Azure.";
  CHECK(skills::FindSkills(sections) == Skills{"Python", "Docker", "Kubernetes", "AWS", "Azure"});
}

TEST_CASE("FindSkills skips a skill the posting says is not required") {
  CHECK(skills::FindSkills("Good English; Portuguese is not required") == Skills{"English"});
  CHECK(skills::FindSkills("Kotlin is not needed, TypeScript is") == Skills{"TypeScript"});
  CHECK(skills::FindSkills("Portuguese is a plus") == Skills{"Portuguese"});
}

TEST_CASE("FindSkills(sections) reads an intro's sentences about the job, not the company's story") {
  std::vector<Section> sections(1);
  sections[0].kind = SectionKind::kIntro;
  sections[0].text =
      "Brightfern helps manufacturers plan production with live data from their ERP. Our customers "
      "include payroll bureaus.\n\nWe are looking for a Customer Success Manager who knows Salesforce. "
      "We expect Engineering Managers to know Kubeflow. You will use Jira every day.";
  CHECK(skills::FindSkills(sections, "Engineering Manager - MLOps & Analytics") == Skills{"Salesforce", "Kubeflow", "Jira"});
  // A one-word title core would match every sentence about the team.
  sections[0].text = "The team is 19 engineers running Kubernetes.";
  CHECK(skills::FindSkills(sections, "Engineer").empty());
  CHECK(skills::FindSkills(sections, "Platform Engineer, Infrastructure") == Skills{});
  sections[0].text = "Our platform engineers run Kubernetes.";
  CHECK(skills::FindSkills(sections, "Platform Engineer, Infrastructure") == Skills{"Kubernetes"});
}

TEST_CASE("FindSkills reads leadership as a skill, not as the people who lead") {
  CHECK(skills::FindSkills("Hold quarterly reviews with each customer's operations leadership").empty());
  CHECK(skills::FindSkills("Present the roadmap to the leadership team").empty());
  CHECK(skills::FindSkills("Proven leadership and mentoring of engineers") == Skills{"Leadership", "Mentoring"});
  CHECK(skills::FindSkills("You will lead through design; people management is not part of the job.").empty());
}

TEST_CASE("FindSkills leaves an ordinary word that starts a quoted name") {
  CHECK(skills::FindSkills("Lead design for the \"Pots\" and \"Tax set-aside\" features in Figma") == Skills{"Figma"});
  CHECK(skills::FindSkills("Lead design for the \u201cTax set-aside\u201d feature").empty());
}

TEST_CASE("FindSkills names a market only with its trade") {
  // "marketing digital" is the trade, in Spanish (issue 13's lexicon); B2B
  // alone still names none.
  CHECK(skills::FindSkills("Experiencia en marketing digital, preferiblemente B2B") == Skills{"Digital Marketing"});
  CHECK(skills::FindSkills("Experiencia en clientes B2B").empty());
  CHECK(skills::FindSkills("5 years of B2B sales in SaaS") == Skills{"B2B Sales"});
  CHECK(skills::FindSkills("Campañas en Google Ads y Google Analytics") == Skills{"Google Ads", "Google Analytics"});
}

TEST_CASE("FindSkills reads an acronym only in capitals") {
  CHECK(skills::FindSkills("Most of the work happens in the rest of the year.").empty());
  CHECK(skills::FindSkills("Design REST APIs and RESTful services") == Skills{"REST APIs"});
}

TEST_CASE("FindSkills takes a noun after an article as the thing, not the activity") {
  CHECK(skills::FindSkills("You will have a mentor from the team.").empty());
  CHECK(skills::FindSkills("Each intern gets your own mentor.").empty());
  CHECK(skills::FindSkills("Mentor junior engineers and lead design reviews.") == Skills{"Mentoring"});
  CHECK(skills::FindSkills("Coaching and mentorship of the team") == Skills{"Coaching", "Mentoring"});
}

TEST_CASE("FindSkills reads skills written in other scripts and next to CJK characters") {
  CHECK(skills::FindSkills("Erfahrung in Künstliche Intelligenz und Buchhaltung") ==
        Skills{"Artificial Intelligence", "Bookkeeping"});
  CHECK(skills::FindSkills("熟悉Python和机器学习，有数据分析经验") == Skills{"Python", "Machine Learning", "Data Analysis"});
  CHECK(skills::FindSkills("機械学習の実務経験、英語でのコミュニケーション") == Skills{"Machine Learning", "English"});
  // A Latin word still ends at a Latin letter: no "Java" in "Javanese".
  CHECK(skills::FindSkills("Fluent Javanese").empty());
}

}  // namespace
}  // namespace jobpipe
