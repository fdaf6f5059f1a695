// The one reader of data/'s line files: what it gives, and a bad line
// reported with its file and line number.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "core/lexicon/line_reader.h"

using jobpipe::lexicon::DataFile;
using jobpipe::lexicon::LineTable;
using jobpipe::lexicon::ReadLines;

namespace {

LineTable ReadOne(std::string_view path, std::string_view text, std::string_view columns) {
  const std::vector<DataFile> files{{path, text}};
  return ReadLines(files, columns);
}

std::vector<std::string> Joined(const LineTable& table) {
  std::vector<std::string> lines;
  for (const auto& entry : table.entries) {
    std::string line = entry.Where();
    for (std::string_view column : entry.columns) line += " [" + std::string(column) + "]";
    lines.push_back(line);
  }
  return lines;
}

}  // namespace

TEST_CASE("entries skip comments and blank lines and keep their line numbers") {
  const LineTable table = ReadOne("data/headings/de.tsv",
                                  "# Section headings\n"
                                  "#! columns: kind phrase\n"
                                  "intro\tdie stelle\r\n"
                                  "\n"
                                  "benefits\twir bieten\n",
                                  "kind phrase");
  CHECK(table.errors.empty());
  CHECK(Joined(table) == std::vector<std::string>{"data/headings/de.tsv:3 [intro] [die stelle]",
                                                  "data/headings/de.tsv:5 [benefits] [wir bieten]"});
}

TEST_CASE("a bad line is reported with its file and line number and left out") {
  const LineTable table = ReadOne("data/headings/de.tsv",
                                  "#! columns: kind phrase\n"
                                  "intro\tdie stelle\n"
                                  "intro\n"
                                  "intro\tdie stelle\textra\n"
                                  "\tdie rolle\n"
                                  "intro\tdie rolle \n"
                                  "intro\tdie stelle\n"
                                  "benefits\twir bieten\n",
                                  "kind phrase");
  CHECK(table.errors == std::vector<std::string>{
                            "data/headings/de.tsv:3: 1 column, expected 2 (kind phrase)",
                            "data/headings/de.tsv:4: 3 columns, expected 2 (kind phrase)",
                            "data/headings/de.tsv:5: empty kind",
                            "data/headings/de.tsv:6: space around phrase 'die rolle '",
                            "data/headings/de.tsv:7: duplicate of data/headings/de.tsv:2",
                        });
  CHECK(Joined(table) == std::vector<std::string>{"data/headings/de.tsv:2 [intro] [die stelle]",
                                                  "data/headings/de.tsv:8 [benefits] [wir bieten]"});
}

TEST_CASE("a duplicate is found across the files of one lexicon, by its unique columns") {
  const std::vector<DataFile> files{
      {"data/cues/en.tsv", "#! columns: kind weight phrase\n#! unique: kind phrase\nbenefits\t3\tpension\n"},
      {"data/cues/de.tsv",
       "#! columns: kind weight phrase\n#! unique: kind phrase\n"
       "benefits\t2\tpension\n"
       "about_company\t2\tpension\n"}};
  const LineTable table = ReadLines(files, "kind weight phrase");
  CHECK(table.errors == std::vector<std::string>{"data/cues/de.tsv:3: duplicate of data/cues/en.tsv:3"});
  CHECK(Joined(table) == std::vector<std::string>{"data/cues/en.tsv:3 [benefits] [3] [pension]",
                                                  "data/cues/de.tsv:4 [about_company] [2] [pension]"});
}

TEST_CASE("optional columns may be left out at the end of a line, and come back empty") {
  const LineTable table = ReadOne("data/skills.tsv",
                                  "#! columns: name [spellings] [flags]\n"
                                  "Python\tpython3|python 3\n"
                                  "Go\t\tcs,amb\n"
                                  "Java\n"
                                  "Rust\t\t\textra\n",
                                  "name [spellings] [flags]");
  CHECK(table.errors ==
        std::vector<std::string>{"data/skills.tsv:5: 4 columns, expected 1 to 3 (name [spellings] [flags])"});
  CHECK(Joined(table) == std::vector<std::string>{"data/skills.tsv:2 [Python] [python3|python 3] []",
                                                  "data/skills.tsv:3 [Go] [] [cs,amb]",
                                                  "data/skills.tsv:4 [Java] [] []"});
}

TEST_CASE("a file's declaration must be there, well formed, and what its loader reads") {
  CHECK(ReadOne("data/places.txt", "worldwide\n", "place").errors ==
        std::vector<std::string>{"data/places.txt:1: an entry before the '#! columns:' declaration"});
  CHECK(ReadOne("data/places.txt", "# only a comment\n", "place").errors ==
        std::vector<std::string>{"data/places.txt: no '#! columns:' declaration"});
  CHECK(ReadOne("data/cues/fr.tsv", "#! columns: kind phrase\nintro\tle poste\n", "kind weight phrase").errors ==
        std::vector<std::string>{"data/cues/fr.tsv:1: declares columns 'kind phrase', its loader reads 'kind weight phrase'"});
  CHECK(ReadOne("data/x.tsv", "#! columns: [a] b\n", "[a] b").errors ==
        std::vector<std::string>{"data/x.tsv:1: required column 'b' after an optional one"});
  CHECK(ReadOne("data/x.tsv", "#! columns: a b\n#! unique: c\n", "a b").errors ==
        std::vector<std::string>{"data/x.tsv:2: unique column 'c' is not declared"});
}

TEST_CASE("without a caller's columns, each file is read with its own declaration") {
  const std::vector<DataFile> files{{"data/a.txt", "#! columns: word\nalpha\n"},
                                    {"data/b.tsv", "#! columns: kind phrase\nintro\tthe role\n"}};
  const LineTable table = ReadLines(files);
  CHECK(table.errors.empty());
  CHECK(Joined(table) == std::vector<std::string>{"data/a.txt:2 [alpha]", "data/b.tsv:2 [intro] [the role]"});
}
