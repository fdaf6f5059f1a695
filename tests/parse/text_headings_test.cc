// Headings of every kind, and the header card a paste starts with.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "core/posting.h"
#include "parse/parse.h"

namespace jobpipe {
namespace {

ParsedDocument ParseBody(const std::string& body) {
  Document document;
  document.body = body;
  return ParseText(document);
}

std::string BlocksOf(const std::string& body) { return DebugString(ParseBody(body).blocks); }

// Header lines joined by " / ".
std::string CardOf(const std::string& body) {
  std::string out;
  for (const std::string& line : ParseBody(body).header_lines)
    out += (out.empty() ? "" : " / ") + line;
  return out;
}

constexpr const char* kProse =
    "We build tools that many people use every day, and we care about doing it well.\n";

}  // namespace

TEST_CASE("text headings: each kind") {
  // The intro sentence keeps the header card out of the way.
  const std::string intro = "Intro sentence.\n\n";
  const std::string prose = kProse;
  const std::string prose_block = "P " + prose.substr(0, prose.size() - 1) + "\n";
  const std::pair<std::string, std::string> cases[] = {
      {"## What you'll do\n" + prose, "H2 What you'll do\n" + prose_block},
      {"# Title ##\n\n### Third level\n" + prose, "H1 Title\nH3 Third level\n" + prose_block},
      {"**What you'll do**\n" + prose, "H0 What you'll do\n" + prose_block},
      {"__Benefits__\n" + prose, "H0 Benefits\n" + prose_block},
      {"Requirements:\n- Go\n- Rust\n", "H0 Requirements\nL0 Go\nL0 Rust\n"},
      {"Ce que nous offrons :\n- Du café\n", "H0 Ce que nous offrons\nL0 Du café\n"},
      {"WHAT WE OFFER\n\n" + prose, "H0 WHAT WE OFFER\n" + prose_block},
      {"📄 JOB DESCRIPTION\n\n" + prose, "H0 JOB DESCRIPTION\n" + prose_block},
      {"What your day will look like\n\n" + prose,
       "H0 What your day will look like\n" + prose_block},
      {"Why join us?\n\n" + prose, "H0 Why join us?\n" + prose_block},
      {"🚀 About the team\n\n" + prose, "H0 About the team\n" + prose_block},
      {"Underlined title\n================\n" + prose, "H1 Underlined title\n" + prose_block},
      {"Second level\n------------\n" + prose, "H2 Second level\n" + prose_block},
      // Sentence-case headings of other languages, capitals beyond ASCII too.
      {"Über uns\n" + prose, "H0 Über uns\n" + prose_block},
      {"Qui sommes-nous ?\n" + prose, "H0 Qui sommes-nous ?\n" + prose_block},
  };
  for (const auto& [input, expected] : cases) {
    INFO(input);
    CHECK(BlocksOf(intro + input) == "P Intro sentence.\n" + expected);
  }
}

TEST_CASE("text headings: a sentence leading into a list is a paragraph, a question-word line a heading") {
  const std::string intro = "Intro sentence.\n\n";
  CHECK(BlocksOf(intro + "To be successful you will need:\n• DNS\n• DHCP\n") ==
        "P Intro sentence.\nP To be successful you will need:\nL0 DNS\nL0 DHCP\n");
  CHECK(BlocksOf(intro + "In this role you will:\n- Ship code\n") ==
        "P Intro sentence.\nP In this role you will:\nL0 Ship code\n");
  CHECK(BlocksOf(intro + "What you will do:\n- Ship code\n") ==
        "P Intro sentence.\nH0 What you will do\nL0 Ship code\n");
  CHECK(BlocksOf(intro + "Requirements:\n- Go\n") == "P Intro sentence.\nH0 Requirements\nL0 Go\n");
}

TEST_CASE("text blocks: a run-together pair alone under a heading is two items, a sentence that lost its space is not") {
  const std::string intro = "Intro sentence.\n\n";
  CHECK(BlocksOf(intro + "Wünschenswert\n\nErfahrung mit DevOps-Themen wie Docker und KubernetesKenntnisse im "
                         "Energiesektor oder in der Versorgungswirtschaft\n") ==
        "P Intro sentence.\nH0 Wünschenswert\nL0 Erfahrung mit DevOps-Themen wie Docker und Kubernetes\nL0 "
        "Kenntnisse im Energiesektor oder in der Versorgungswirtschaft\n");
  CHECK(BlocksOf(intro + "JOB DESCRIPTION\n\nWe handle a big volume of data.As a lead developer you define the "
                         "technical guidelines of the team\n") ==
        "P Intro sentence.\nH0 JOB DESCRIPTION\nP We handle a big volume of data. As a lead developer you define the "
        "technical guidelines of the team\n");
}

TEST_CASE("text headings: lines that are not headings") {
  const std::pair<const char*, const char*> cases[] = {
      // A label with its value is a fact line.
      {"Some intro sentence here.\n\nLocation: Berlin, Germany\n\nMore text follows here, as a "
       "sentence.\n",
       "P Some intro sentence here.\nP Location: Berlin, Germany\nP More text follows here, as a "
       "sentence.\n"},
      // A long line ending with a colon introduces a list.
      {"First sentence.\n\nHere is a long list of the many different things you will do every "
       "day:\n"
       "- one\n",
       "P First sentence.\nP Here is a long list of the many different things you will do every "
       "day:\n"
       "L0 one\n"},
      // A short line with nothing after it.
      {"First sentence.\n\nClosing words\n", "P First sentence.\nP Closing words\n"},
      // A short line inside a wrapped paragraph.
      {"First sentence.\n\nWe are looking for someone who\nloves building things.\n",
       "P First sentence.\nP We are looking for someone who loves building things.\n"},
      // A code word in capitals glued to another line.
      {"First sentence.\n\nREFCODE\nREFCODE2\n", "P First sentence.\nP REFCODE\nP REFCODE2\n"},
      // A bold label with its value.
      {"First sentence.\n\n**Salary: 50k to 60k**\n", "P First sentence.\nP Salary: 50k to 60k\n"},
  };
  for (const auto& [input, expected] : cases) {
    INFO(input);
    CHECK(BlocksOf(input) == expected);
  }
}

TEST_CASE("text headings: emoji bullets and emoji headings") {
  CHECK(BlocksOf("Perks\n\n✨ Free lunch\n✨ Gym\n\n🚀 Stock options\n") ==
        "H0 Perks\nL0 Free lunch\nL0 Gym\nL0 Stock options\n");
  CHECK(BlocksOf("Intro sentence.\n\n🎯 What you'll do\n✅ Build things\n✅ Ship things\n") ==
        "P Intro sentence.\nH0 What you'll do\nL0 Build things\nL0 Ship things\n");
  CHECK(BlocksOf(
            "Intro sentence.\n\n🏖 Unlimited time off\n💻 A new laptop\n🏥 Health cover\n") ==
        "P Intro sentence.\nL0 Unlimited time off\nL0 A new laptop\nL0 Health cover\n");
  // Emoji at the end of an item stay: they are the posting's text.
  CHECK(BlocksOf("Perks\n\n- Vacation 🌴\n- Equity 💰\n") ==
        "H0 Perks\nL0 Vacation 🌴\nL0 Equity 💰\n");
}

TEST_CASE("text header card: which leading lines are the card") {
  const std::pair<std::string, const char*> cases[] = {
      {"https://www.example.com/jobs/view/123\n\nSenior Engineer\nAcme Corp · Berlin, Germany "
       "(Hybrid)\n"
       "Full-time\nPosted 3 days ago · 120 applicants\nSkills: Go, SQL, +8 "
       "more\nApply\nSave\n\nAbout the job\n" +
           std::string(kProse),
       "https://www.example.com/jobs/view/123 / Senior Engineer / Acme Corp · Berlin, Germany "
       "(Hybrid) / "
       "Full-time / Posted 3 days ago · 120 applicants / Skills: Go, SQL, +8 more"},
      // The line before the prose introduces it when written like a sentence.
      {"Staff Engineer - Payments & Risk\n\nThe role of a staff engineer at Acme\n\n" +
           std::string(kProse),
       "Staff Engineer - Payments & Risk"},
      // A markdown title and its location; "Overview" starts the body.
      {"## Head of Platform\n#### Lisbon, Portugal\n\n### Overview\n" + std::string(kProse),
       "Head of Platform / Lisbon, Portugal"},
      {"# [Data Engineer](https://jobs.example.com/1)\n### Acme\n#### `💰 50k` `🌎 Spain`\n\n" +
           std::string(kProse),
       "Data Engineer / Acme / 💰 50k 🌎 Spain"},
      // A line of short sentences stating the terms belongs to the card.
      {"QA Engineer\nBrindle Ltd. — Cork, Ireland\nPermanent, full-time. Hybrid: three days a week in our Cork "
       "office.\n\n" +
           std::string(kProse),
       "QA Engineer / Brindle Ltd. — Cork, Ireland / Permanent, full-time. Hybrid: three days a week in our "
       "Cork office."},
      // ... but not a sentence that only mentions them.
      {"QA Engineer\nBrindle Health\nWe are a remote-first company building scheduling software for clinics "
       "across Ireland.\n\n" +
           std::string(kProse),
       "QA Engineer / Brindle Health"},
      // A company's legal form ends with a period that ends no sentence.
      {"MAINTENANCE ELECTRICIAN\nGRANITE RIDGE PACKAGING CO.\nDayton, OH\n\n" + std::string(kProse),
       "MAINTENANCE ELECTRICIAN / GRANITE RIDGE PACKAGING CO. / Dayton, OH"},
      // ... also a form written without its period (data/company/legal_forms.tsv, "card-end").
      {"Lagerist (m/w/d)\nNordlicht Werkzeuge GmbH.\nHamburg\n\n" + std::string(kProse),
       "Lagerist (m/w/d) / Nordlicht Werkzeuge GmbH. / Hamburg"},
      {"Data Analyst\nKestrel Tools Pty.\nPerth, WA\n\n" + std::string(kProse),
       "Data Analyst / Kestrel Tools Pty. / Perth, WA"},
      // No card: the text starts with prose.
      {std::string(kProse), ""},
      // No card: a wrapped paragraph starts the text.
      {"We are looking for someone who\nloves building things.\n", ""},
      // No card: short lines up to the end are a list without markers.
      {"Python\n\nDocker\n\nKubernetes\n", ""},
  };
  for (const auto& [input, card] : cases) {
    INFO(input);
    CHECK(CardOf(input) == card);
  }
}

TEST_CASE("text header card: body and facts") {
  const ParsedDocument parsed = ParseBody(
      "https://www.example.com/jobs/view/123\nSenior Engineer\nAcme · Remote\n\nShow more\n\nAbout "
      "the job\n" +
      std::string(kProse) + "\nShow less\n…see more\nReport this job\n");
  CHECK(parsed.facts.url == "https://www.example.com/jobs/view/123");
  CHECK(DebugString(parsed.blocks) ==
        "H0 About the job\nP " + std::string(kProse).substr(0, std::string(kProse).size() - 1) +
            "\n");
  CHECK(BlocksOf("Intro sentence here.\n\nWe do many things and more…see more\n") ==
        "P Intro sentence here.\nP We do many things and more\n");
}

}  // namespace jobpipe
