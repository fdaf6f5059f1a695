// Site buttons on a line of their own are chrome, not content.
#include <catch2/catch.hpp>

#include "parse/parse.h"
#include "parse/text/header_card.h"
#include "parse/text/links.h"

namespace jobpipe::text {
namespace {

TEST_CASE("text chrome: apply buttons alone on a line") {
  CHECK(IsUiChrome("Apply for this job"));
  CHECK(IsUiChrome("Apply for this Job"));
  CHECK(IsUiChrome("Apply for this position"));
  CHECK(IsUiChrome("Apply now"));
  CHECK_FALSE(IsUiChrome("Apply for this job by 31 March with your CV."));
  CHECK_FALSE(IsUiChrome("How to apply for this job"));
  // Other languages' buttons.
  CHECK(IsUiChrome("Jetzt bewerben"));
  CHECK(IsUiChrome("Postuler"));
  CHECK_FALSE(IsUiChrome("Jetzt bewerben und durchstarten: wir freuen uns auf Sie"));
}

std::string ParsedText(const std::string& body) {
  Document document;
  document.body = body;
  std::string out;
  for (const Block& block : Parse(document).blocks) out += block.text + "\n";
  return out;
}

TEST_CASE("text chrome: an application form copied with the posting is dropped") {
  const std::string posting =
      "Backend Engineer\nKestrel\n\nAbout the role\nYou will build payment services in Go.\n\n"
      "Apply for this Job\n* Indicates a required field\nFirst Name *\nLast Name *\nEmail *\nPhone\n"
      "Resume/CV *\nAttach\nDropbox\nAre you legally authorized to work in Canada? *\nSelect...\n"
      "Submit application\n\nKestrel is an equal opportunity employer.\n";
  CHECK(ParsedText(posting) ==
        "About the role\nYou will build payment services in Go.\nKestrel is an equal opportunity employer.\n");
  // One starred line is not a form: "Python *" may be a footnote mark.
  const std::string footnote = "Backend Engineer\nKestrel\n\nSkills\nGo and Python *\n\n* preferred\n";
  CHECK(ParsedText(footnote).find("Go and Python") != std::string::npos);
}

TEST_CASE("text links: the address of the link that leads to the application") {
  CHECK(FindApplyLink("We have been [remote-first](https://x.example/blog). Fill in the short [application "
                      "form](https://jobs.x.example/pe?utm_source=mail) with your CV.") ==
        std::optional<std::string>("https://jobs.x.example/pe?utm_source=mail"));
  CHECK(FindApplyLink("[Apply here](https://x.example/apply/1)") == std::optional<std::string>("https://x.example/apply/1"));
  CHECK_FALSE(FindApplyLink("Read [our blog](https://x.example/blog) about remote work.").has_value());
  CHECK_FALSE(FindApplyLink("Apply by email to jobs@x.example.").has_value());
}

}  // namespace
}  // namespace jobpipe::text
