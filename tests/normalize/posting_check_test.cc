#include <catch2/catch.hpp>

#include "normalize/posting_check.h"

using namespace jobpipe;

namespace {

Posting WithTitle(const char* title) {
  Posting p;
  if (title) p.facts.title = title;
  return p;
}

}  // namespace

TEST_CASE("job evidence decides whether text is a posting") {
  Posting empty = WithTitle(nullptr);
  CHECK_FALSE(LooksLikePosting(empty));

  Posting greeting = WithTitle("hello world");
  greeting.sections = {{SectionKind::kIntro, std::nullopt, "hello world", {}}};
  CHECK_FALSE(LooksLikePosting(greeting));

  Posting readme = WithTitle("My project");
  readme.sections = {{SectionKind::kIntro, std::nullopt, "A library that parses things.", {}},
                     {SectionKind::kOther, "Install", "Run make.", {}}};
  CHECK_FALSE(LooksLikePosting(readme));

  Posting login = WithTitle("Sign in");
  CHECK_FALSE(LooksLikePosting(login));

  Posting untitled_list = WithTitle(nullptr);
  untitled_list.sections = {{SectionKind::kRequirements, std::nullopt, "", {"3 years of SQL"}}};
  CHECK(LooksLikePosting(untitled_list));

  Posting with_company = WithTitle("Barista");
  with_company.facts.company = "Bean There";
  CHECK(LooksLikePosting(with_company));

  Posting hiring = WithTitle("Senior Welder");
  hiring.sections = {{SectionKind::kIntro, std::nullopt, "We are looking for a welder.", {}}};
  CHECK(LooksLikePosting(hiring));

  Posting german = WithTitle("Elektriker (m/w/d)");
  german.sections = {{SectionKind::kIntro, std::nullopt, "Wir suchen ab sofort Verstärkung.", {}}};
  CHECK(LooksLikePosting(german));
}
