// Descriptions that lost every line break (flat_text.h): headings and list
// items read back out of one long paragraph, and normal paragraphs left
// alone. Invented postings; the names in them (Northwind’s, PowerPoint,
// Adobe Experience Cloud, la Cinémathèque) must stay inside their items.
#include "normalize/flat/flat_text.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "normalize/flat/headings.h"
#include "normalize/flat/items.h"

namespace jobpipe {
namespace {

// One sentence of the posting per line here; one line in the paragraph.
std::string Flatten(const std::vector<std::string>& pieces) {
  std::string text;
  for (const std::string& piece : pieces) text += (text.empty() ? "" : " ") + piece;
  return text;
}

const std::string kEnglish = Flatten({
    "Harbor & Finch Analytics builds forecasting tools for regional grocers.",
    "We are hiring a Senior Data Product Manager to lead our pricing suite, working with the Sales "
    "and "
    "Marketing teams in Rotterdam and remotely.",
    "You will report to the VP of Product and work closely with engineering, design and our "
    "customers.",
    "Responsibilities",
    "Own the pricing suite roadmap and explain it to customers, executives and the Harbor & Finch "
    "board",
    "Lead discovery with grocers to understand their margins and daily routines",
    "Partner with the Data Science team to ship forecasting features built on Adobe Experience "
    "Cloud and "
    "Snowflake data",
    "Write clear specifications and guide Northwind’s integration team through each release",
    "Track adoption in Looker and report results to the leadership team every quarter",
    "Requirements",
    "6+ years of product management in B2B software",
    "3 years of experience with data or analytics products",
    "Strong command of SQL and a mastery of PowerPoint and Microsoft Excel dashboards",
    "Must be comfortable presenting to executives and at customer events",
    "Ability to travel to customer sites in the Netherlands and Belgium about four times a year",
    "Bachelor’s degree in economics, computer science or a related field",
    "What We Offer",
    "A yearly learning budget of €2,000, 30 days of paid vacation and a NS Business Card for your "
    "commute.",
    "Harbor & Finch is an equal opportunity employer and welcomes applicants of every background.",
});

TEST_CASE("flat text: an English description gets its headings and items back", "[flat]") {
  REQUIRE(kEnglish.size() >= flat::kMinFlatBytes);
  CHECK(
      DebugString(flat::UnflattenParagraph(kEnglish)) ==
      R"(P Harbor & Finch Analytics builds forecasting tools for regional grocers. We are hiring a Senior Data Product Manager to lead our pricing suite, working with the Sales and Marketing teams in Rotterdam and remotely. You will report to the VP of Product and work closely with engineering, design and our customers.
H0 Responsibilities
L0 Own the pricing suite roadmap and explain it to customers, executives and the Harbor & Finch board
L0 Lead discovery with grocers to understand their margins and daily routines
L0 Partner with the Data Science team to ship forecasting features built on Adobe Experience Cloud and Snowflake data
L0 Write clear specifications and guide Northwind’s integration team through each release
L0 Track adoption in Looker and report results to the leadership team every quarter
H0 Requirements
L0 6+ years of product management in B2B software
L0 3 years of experience with data or analytics products
L0 Strong command of SQL and a mastery of PowerPoint and Microsoft Excel dashboards
L0 Must be comfortable presenting to executives and at customer events
L0 Ability to travel to customer sites in the Netherlands and Belgium about four times a year
L0 Bachelor’s degree in economics, computer science or a related field
H0 What We Offer
P A yearly learning budget of €2,000, 30 days of paid vacation and a NS Business Card for your commute. Harbor & Finch is an equal opportunity employer and welcomes applicants of every background.
)");
}

// A French version, a rule, then the English one: both are read, each
// part under its own headings.
const std::string kBilingual = Flatten({
    "Atelier Boréal conçoit des logiciels de planification pour les musées et les théâtres.",
    "Nous recrutons un ou une chef de projet pour accompagner nos clients au Québec et en Europe.",
    "Vos missions",
    "Piloter les déploiements chez nos clients et suivre les jalons avec l'équipe produit",
    "Animer les ateliers de formation auprès des équipes de la Cinémathèque et d'autres "
    "institutions",
    "Rédiger les comptes rendus et tenir à jour le tableau de bord Notion de l'équipe",
    "S'engager auprès des clients pendant toute la durée du projet",
    "Profil recherché",
    "5 ans d'expérience en gestion de projet logiciel",
    "Excellente maîtrise du français et bonne connaissance de l'anglais",
    "Capacité à animer des réunions avec des interlocuteurs variés",
    "Vous devez être disponible pour des déplacements au Québec deux fois par an",
    "----------------------------------------",
    "About the Role",
    "Atelier Boréal builds planning software for museums and theatres.",
    "We are hiring a project manager to support our customers in Québec and in Europe.",
    "Your Responsibilities",
    "Lead deployments at our customers and follow milestones with the product team",
    "Give training workshops for the teams of the Cinémathèque and other institutions",
    "Write meeting notes and keep the team's Notion dashboard up to date",
});

TEST_CASE("flat text: a French and English description split at its rule", "[flat]") {
  REQUIRE(kBilingual.size() >= flat::kMinFlatBytes);
  CHECK(
      DebugString(flat::UnflattenParagraph(kBilingual)) ==
      R"(P Atelier Boréal conçoit des logiciels de planification pour les musées et les théâtres. Nous recrutons un ou une chef de projet pour accompagner nos clients au Québec et en Europe.
H0 Vos missions
L0 Piloter les déploiements chez nos clients et suivre les jalons avec l'équipe produit
L0 Animer les ateliers de formation auprès des équipes de la Cinémathèque et d'autres institutions
L0 Rédiger les comptes rendus et tenir à jour le tableau de bord Notion de l'équipe
L0 S'engager auprès des clients pendant toute la durée du projet
H0 Profil recherché
L0 5 ans d'expérience en gestion de projet logiciel
L0 Excellente maîtrise du français et bonne connaissance de l'anglais
L0 Capacité à animer des réunions avec des interlocuteurs variés
L0 Vous devez être disponible pour des déplacements au Québec deux fois par an
H0 About the Role
P Atelier Boréal builds planning software for museums and theatres. We are hiring a project manager to support our customers in Québec and in Europe.
H0 Your Responsibilities
L0 Lead deployments at our customers and follow milestones with the product team
L0 Give training workshops for the teams of the Cinémathèque and other institutions
L0 Write meeting notes and keep the team's Notion dashboard up to date
)");
}

TEST_CASE("flat text: prose after the last item is no item", "[flat]") {
  const std::string text = Flatten({
      "Kelpie Freight moves refrigerated goods between Tallinn, Riga and Helsinki.",
      "We are looking for a dispatcher who keeps calm when ferries are late and trucks wait at the "
      "port.",
      "You will sit in our control room in Tallinn with four other dispatchers and the duty "
      "manager, and you",
      "will be the first person our drivers call when a road closes, a ferry is cancelled or a "
      "customer",
      "changes a delivery window at the last minute.",
      "Your Responsibilities",
      "Plan daily routes for twenty drivers across the Baltic states",
      "Coordinate ferry bookings with our partners at both ports",
      "Monitor temperature alerts and call drivers when a trailer warms up",
      "Answer customer calls about delays through our Fleetwise portal and by phone",
      "Requirements",
      "2 years of experience in road freight dispatching",
      "Fluent Estonian, and English at a working level",
      "Knowledge of tachograph rules for drivers in the European Union and in Norway",
      "Learn More About Kelpie Freight",
      "Kelpie Freight was founded in Tartu in 2009 by two drivers.",
      "Today we run sixty trucks and our own cold store near the port of Muuga.",
      "Every driver owns a share of the company.",
      "We are proud of our safety record: no serious accident in fifteen years and more than forty "
      "million",
      "kilometres driven.",
  });
  REQUIRE(text.size() >= flat::kMinFlatBytes);
  CHECK(
      DebugString(flat::UnflattenParagraph(text)) ==
      R"(P Kelpie Freight moves refrigerated goods between Tallinn, Riga and Helsinki. We are looking for a dispatcher who keeps calm when ferries are late and trucks wait at the port. You will sit in our control room in Tallinn with four other dispatchers and the duty manager, and you will be the first person our drivers call when a road closes, a ferry is cancelled or a customer changes a delivery window at the last minute.
H0 Your Responsibilities
L0 Plan daily routes for twenty drivers across the Baltic states
L0 Coordinate ferry bookings with our partners at both ports
L0 Monitor temperature alerts and call drivers when a trailer warms up
L0 Answer customer calls about delays through our Fleetwise portal and by phone
H0 Requirements
L0 2 years of experience in road freight dispatching
L0 Fluent Estonian, and English at a working level
L0 Knowledge of tachograph rules for drivers in the European Union and in Norway
H0 Learn More About Kelpie Freight
P Kelpie Freight was founded in Tartu in 2009 by two drivers. Today we run sixty trucks and our own cold store near the port of Muuga. Every driver owns a share of the company. We are proud of our safety record: no serious accident in fifteen years and more than forty million kilometres driven.
)");
}

TEST_CASE("flat text: an opener after a capitalised word does not split", "[flat]") {
  // "Tallinn and Helsinki Monitor", "good English Knowledge": the word
  // before may end an item, or the two may be one name ("Adobe Experience
  // Cloud", "Team Lead"); items are only split where that cannot be.
  const std::string text = Flatten({
      "Kelpie Freight moves refrigerated goods between Tallinn, Riga and Helsinki, with sixty "
      "trucks and a",
      "cold store near the port of Muuga.",
      "We are looking for a dispatcher who keeps calm when ferries are late and trucks wait at the "
      "port, and",
      "who enjoys a busy control room with four other dispatchers and the duty manager.",
      "Your Responsibilities",
      "Plan daily routes for twenty drivers across the Baltic states",
      "Coordinate ferry bookings with our partners in Tallinn and Helsinki",
      "Monitor temperature alerts with our Team Lead and call drivers when a trailer warms up",
      "Answer customer calls about delays through our Fleetwise portal and by phone",
      "Requirements",
      "2 years of experience in road freight dispatching",
      "Fluent Estonian and good English",
      "Knowledge of tachograph rules for drivers in the European Union and in Norway",
      "What We Offer",
      "A permanent contract, a yearly bonus when the fleet meets its safety goals, and a monthly "
      "sports",
      "allowance.",
      "Shifts are planned four weeks ahead, and you never work more than two weekends a month.",
      "After a year, you can train as a duty manager in our programme with the Estonian Logistics "
      "Academy.",
      "The control room is open day and night, and every shift starts with a short handover at the "
      "big board.",
  });
  REQUIRE(text.size() >= flat::kMinFlatBytes);
  // Requirements split into two items only: too few to tell a list.
  CHECK(
      DebugString(flat::UnflattenParagraph(text)) ==
      R"(P Kelpie Freight moves refrigerated goods between Tallinn, Riga and Helsinki, with sixty trucks and a cold store near the port of Muuga. We are looking for a dispatcher who keeps calm when ferries are late and trucks wait at the port, and who enjoys a busy control room with four other dispatchers and the duty manager.
H0 Your Responsibilities
L0 Plan daily routes for twenty drivers across the Baltic states
L0 Coordinate ferry bookings with our partners in Tallinn and Helsinki Monitor temperature alerts with our Team Lead and call drivers when a trailer warms up
L0 Answer customer calls about delays through our Fleetwise portal and by phone
H0 Requirements
P 2 years of experience in road freight dispatching Fluent Estonian and good English Knowledge of tachograph rules for drivers in the European Union and in Norway
H0 What We Offer
P A permanent contract, a yearly bonus when the fleet meets its safety goals, and a monthly sports allowance. Shifts are planned four weeks ahead, and you never work more than two weekends a month. After a year, you can train as a duty manager in our programme with the Estonian Logistics Academy. The control room is open day and night, and every shift starts with a short handover at the big board.
)");
}

TEST_CASE("flat text: a long paragraph of prose stays one paragraph", "[flat]") {
  // Heading words inside sentences, capitalised as names: not headings.
  const std::string prose = Flatten({
      "Our Benefits Package was redesigned last year together with the works council.",
      "The Requirements Document for the new warehouse system is written by the operations team, "
      "and the",
      "Adobe Experience Cloud team reviews it before each release.",
      "Responsibilities are shared between the two sites, and each site lead reports to the board.",
      "Experience shows that most questions come up in the first weeks, so every new colleague "
      "gets a mentor.",
      "We meet every Monday in Ghent to plan the week, and every Friday we look back at what went "
      "well.",
      "Skills grow fastest on the job: you will rotate through receiving, picking and shipping.",
      "After three months you choose the area you want to stay in, and we support a course of your "
      "choice.",
      "The warehouse runs two shifts, from six to two and from two to ten, and nobody works "
      "nights.",
      "Parking is free, the canteen serves a warm lunch, and the bus stops at the gate.",
      "Questions about the role can go to our recruiter, who answers within two working days.",
      "Most of our team leads started on the floor, and the current Operations Manager joined us "
      "as a",
      "picker eleven years ago.",
      "Safety comes first: you get shoes, gloves and a jacket on your first day, and a forklift "
      "course",
      "in your first month if you want one.",
  });
  REQUIRE(prose.size() >= flat::kMinFlatBytes);
  CHECK(flat::UnflattenParagraph(prose).empty());
}

TEST_CASE("flat text: headings in running prose with no list that lost its breaks", "[flat]") {
  // Two headings, but every part is sentences: nothing to read back.
  const std::string text = Flatten({
      "Overview Tidewater Labs studies coastal erosion with drones and tide gauges along the "
      "Wadden Sea.",
      "The team of twelve scientists and engineers works from Groningen and spends part of the "
      "summer on the "
      "islands, where the instruments need care after every storm.",
      "Requirements You have a degree in physical geography, civil engineering or a related field.",
      "You can carry equipment over sand for an hour, and you hold a driving licence.",
      "Some experience with Python or R helps you process the drone images, but we teach what you "
      "need.",
      "Benefits We pay according to the collective agreement for research institutes.",
      "You get 29 days of leave, a pension, and a bicycle allowance.",
      "Field days on the islands are paid as overtime, and we cover travel and lodging.",
      "New colleagues spend their first two weeks with a senior scientist, on the islands and in "
      "the lab.",
      "Our office is five minutes from the station, the coffee is good, and lunch is on Thursdays "
      "together.",
      "How to Apply Send us a short letter and your CV before the end of March.",
      "Tell us about a place you know well and what you would measure there.",
      "Interviews take place in Groningen or by video, whichever suits you better.",
      "We answer every application within three weeks.",
  });
  REQUIRE(text.size() >= flat::kMinFlatBytes);
  CHECK(flat::UnflattenParagraph(text).empty());
}

TEST_CASE("flat text: short or ordinary blocks are not looked at", "[flat]") {
  const std::string short_flat =
      "Responsibilities Lead the team Define the roadmap Review the code Requirements Must know Go "
      "5 years of "
      "experience Ability to travel";
  CHECK(short_flat.size() < flat::kMinFlatBytes);
  CHECK(flat::UnflattenParagraph(short_flat).empty());
  const std::vector<Block> blocks = {{BlockType::kHeading, "Requirements", 2},
                                     {BlockType::kListItem, "Five years of Go", 0}};
  CHECK(!flat::UnflattenBlocks(blocks).has_value());
}

TEST_CASE("flat text: a flattened paragraph is replaced in place", "[flat]") {
  const std::vector<Block> blocks = {{BlockType::kHeading, "Data Product Manager", 1},
                                     {BlockType::kParagraph, kEnglish, 0},
                                     {BlockType::kParagraph, "Apply by 30 June.", 0}};
  const auto read = flat::UnflattenBlocks(blocks);
  REQUIRE(read.has_value());
  REQUIRE(read->size() == 18);
  CHECK(read->front().text == "Data Product Manager");
  CHECK((*read)[2].text == "Responsibilities");
  CHECK(read->back().text == "Apply by 30 June.");
}

// The headings FindFlatHeadings sees in `text`, joined by " | ".
std::string Headings(const std::string& text) {
  const std::vector<flat::FlatWord> words = flat::SplitFlatWords(text);
  std::string found;
  for (const flat::FlatHeading& heading : FindFlatHeadings(text, words)) {
    if (!found.empty()) found += " | ";
    found += WordsText(text, words, heading.first, heading.end);
  }
  return found;
}

TEST_CASE("flat text: which phrases are headings", "[flat]") {
  // After a sentence end or an item's last word, followed by a capital.
  CHECK(Headings("is required. Responsibilities Define the plan") == "Responsibilities");
  CHECK(Headings("at corporate events Minimum Qualifications 8-10 years of") ==
        "Minimum Qualifications");
  CHECK(Headings("d'entreprise Qualifications minimales 8 à 10 ans") == "Qualifications minimales");
  CHECK(Headings("Baccalauréat ---------- Position Overview Do you") == "Position Overview");
  CHECK(Headings("the law. Diversity & Belonging We take pride") == "Diversity & Belonging");
  CHECK(Headings("Bachelor's degree Learn More About Acme Acme was founded") == "Learn More About Acme");
  CHECK(Headings("Bachelor's degree About Acme Acme was founded") == "About Acme");
  // A list heading after a name, when an item follows.
  CHECK(Headings("to the committee in PowerPoint Requirements 3 years of SQL") == "Requirements");
  CHECK(Headings("to the committee in PowerPoint Requirements Document for") == "");
  // Inside names and sentences: none.
  CHECK(Headings("features built on Adobe Experience Cloud and") == "");
  CHECK(Headings("reviewed in the Requirements Document every week") == "");
  CHECK(Headings("our Benefits Package was redesigned") == "");
  CHECK(Headings("shared between sites. Responsibilities are shared") == "");
  CHECK(Headings("strong skills in data analysis") == "");
}

// SplitFlatList over all of `text`: "lead / item / item / tail".
std::string List(const std::string& text) {
  const std::vector<flat::FlatWord> words = flat::SplitFlatWords(text);
  const std::optional<flat::FlatList> list = flat::SplitFlatList(text, words, 0, words.size());
  if (!list) return "(prose)";
  std::string dump = list->lead;
  for (const std::string& item : list->items) dump += " / " + item;
  return dump + " / " + list->tail;
}

TEST_CASE("flat text: a list's lead line, items and the prose after it", "[flat]") {
  CHECK(
      List(
          "In this role you will: Define the roadmap with sales Conduct user interviews every week "
          "Collaborate with design on each release") ==
      "In this role you will: / Define the roadmap with sales / Conduct user interviews every week "
      "/ "
      "Collaborate with design on each release / ");
  CHECK(List("Define the roadmap with sales Conduct user interviews every week Collaborate with "
             "design "
             "on each release Learn more about us. We build tools. We are twelve. We like tea.") ==
        " / Define the roadmap with sales / Conduct user interviews every week / Collaborate with "
        "design "
        "on each release / Learn more about us. We build tools. We are twelve. We like tea.");
  // Sentences that open with a verb are no list: every split has a period.
  CHECK(List("Define the roadmap with sales. Conduct user interviews every week. Collaborate with "
             "design on each release.") == "(prose)");
  // A number after "at least" is no item of its own.
  CHECK(List("Grado en Marketing o similar Al menos 3 años de experiencia en ventas Capacidad de "
             "organización y redacción Experiencia con SAP en la industria") ==
        " / Grado en Marketing o similar Al menos 3 años de experiencia en ventas / Capacidad de "
        "organización y redacción / Experiencia con SAP en la industria / ");
  // Two items are too few to tell.
  CHECK(List("Define the roadmap with sales Conduct user interviews every week") == "(prose)");
}

TEST_CASE("flat text: what opens a list item", "[flat]") {
  struct Case {
    const char* text;
    bool opens;
  };
  const Case cases[] = {
      {"Conduct thorough analysis of", true},  // a responsibility verb of the lexicon
      {"Define and articulate the", true},
      {"Evangelize our strategy to", true},
      {"Must be able to", true},
      {"Ability to span boundaries", true},
      {"Exceptional presentation skills with", true},
      {"Bachelor’s degree in physics", true},
      {"8-10 years of working", true},
      {"5 ans d'expérience dans", true},
      {"8 à 10 ans", true},
      {"S'engager auprès des clients", true},
      {"Définir et articuler la", true},
      {"Vous devez être capable", true},
      {"Experiencia en ventas B2B", true},
      {"Autodesk’s various planning processes", false},  // a name
      {"PowerPoint – must be", false},
      {"Regular domestic and international", false},
      {"5 stars on the", false},  // a number, not of years
      {"Sales and Marketing teams", false},
      {"L'équipe produit", false},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    CHECK(flat::OpensListItem(c.text) == c.opens);
  }
}

}  // namespace
}  // namespace jobpipe
