// Site buttons on a line of their own are chrome, not content.
#include <catch2/catch.hpp>

#include "parse/text_header_card.h"

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

}  // namespace
}  // namespace jobpipe::text
