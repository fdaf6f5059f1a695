#include "parse/html/block_cleanup.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <span>
#include <string>
#include <vector>

#include "core/lexicon/load.h"
#include "core/text/ascii.h"
#include "parse/html/text_folding.h"

namespace jobpipe::embedded {
extern const std::span<const lexicon::DataFile> other_jobs_headings;  // data/other_jobs_headings.txt
}  // namespace jobpipe::embedded

namespace jobpipe::html {
namespace {

// Bullet characters people type at the start of a line, with the space after.
constexpr std::array<std::string_view, 8> kBulletPrefixes = {
    "\u2022 ", "\u00B7 ", "- ", "* ", "\u2013 ", "\u25AA ", "\u25CF ", "\u2023 ",
};

// Strips a typed bullet; returns true when there was one.
bool StripBullet(std::string& text) {
  for (std::string_view bullet : kBulletPrefixes) {
    if (text.size() > bullet.size() && text.compare(0, bullet.size(), bullet) == 0) {
      text.erase(0, bullet.size());
      return true;
    }
  }
  // "•Item" without the space is common too (not for '-' or '*': "-5%").
  for (std::string_view bullet : {std::string_view("\u2022"), std::string_view("\u00B7")}) {
    if (text.size() > bullet.size() && text.compare(0, bullet.size(), bullet) == 0) {
      text.erase(0, bullet.size());
      while (!text.empty() && text.front() == ' ') text.erase(0, 1);
      return true;
    }
  }
  return false;
}

bool HasWordCharacter(std::string_view text) {
  return std::any_of(text.begin(), text.end(), [](char c) {
    const auto u = static_cast<unsigned char>(c);
    // Lead bytes of letters; 0xE2 starts U+2000-2FFF: dashes, bullets, symbols.
    return std::isalnum(u) || (u >= 0xC3 && u != 0xE2);
  });
}

// Headings of the lists of other postings that job boards put under a
// posting, in the languages users paste (data/other_jobs_headings.txt).
const std::vector<std::string_view>& OtherJobsHeadings() {
  static const std::vector<std::string_view> headings =
      lexicon::LoadColumn(embedded::other_jobs_headings, "phrase");
  return headings;
}

// Sites wrap whole paragraphs in h3 for styling; a heading is short.
constexpr std::size_t kLongestHeading = 150;

// "Empresa:" alone, a label whose value is the next block.
bool IsLabel(const Block& block) {
  const std::string& text = block.text;
  if (block.type != BlockType::kParagraph || text.size() < 2 || text.back() != ':') return false;
  return std::count(text.begin(), text.end(), ' ') <= 2;
}

// A short value for a label: a few words that are not a sentence.
bool IsShortValue(const Block& block) {
  const std::string& text = block.text;
  if (block.type == BlockType::kListItem || text.empty() || text.back() == '.' || text.back() == ':') return false;
  return std::count(text.begin(), text.end(), ' ') < 10;
}

// Joins "Label:" blocks with their short value into "Label: value".
void JoinLabels(std::vector<Block>& blocks, std::size_t first) {
  std::size_t kept = first;
  for (std::size_t i = first; i < blocks.size(); ++i) {
    if (i + 1 < blocks.size() && IsLabel(blocks[i]) && IsShortValue(blocks[i + 1])) {
      blocks[i].text += " " + blocks[i + 1].text;
      if (kept != i) blocks[kept] = std::move(blocks[i]);
      ++kept;
      ++i;
      continue;
    }
    if (kept != i) blocks[kept] = std::move(blocks[i]);
    ++kept;
  }
  blocks.resize(kept);
}

}  // namespace

bool LooksLikeHeading(std::string_view text) {
  if (text.empty() || text.size() > 120) return false;
  const char last = text.back();
  if (last == '.' || last == ',' || last == ';') return false;
  const auto words = std::count(text.begin(), text.end(), ' ') + 1;
  return words <= 14;
}

bool IsOtherJobsHeading(std::string_view text) {
  const std::string lowered = textkit::AsciiLower(text);
  for (std::string_view heading : OtherJobsHeadings()) {
    if (lowered.rfind(heading, 0) == 0) return true;
  }
  return false;
}

void CleanUpBlocks(std::vector<Block>& blocks, std::size_t first) {
  std::size_t kept = first;
  bool cutting = false;
  int cut_level = 0;
  for (std::size_t i = first; i < blocks.size(); ++i) {
    Block block = std::move(blocks[i]);
    if (block.type == BlockType::kHeading && block.text.size() > kLongestHeading) {
      block.type = BlockType::kParagraph;
      block.level = 0;
    }
    if (block.type == BlockType::kHeading) {
      if (cutting && block.level != 0 && cut_level != 0 && block.level <= cut_level) cutting = false;
      if (IsOtherJobsHeading(block.text)) {
        cutting = true;
        cut_level = block.level;
      }
      while (!block.text.empty() && (block.text.back() == ':' || block.text.back() == ' ')) {
        block.text.pop_back();
      }
    }
    if (cutting || !HasWordCharacter(block.text)) continue;
    if (block.type == BlockType::kParagraph && StripBullet(block.text)) {
      block.type = BlockType::kListItem;
      block.level = 0;
    } else if (block.type == BlockType::kListItem) {
      StripBullet(block.text);
    }
    blocks[kept++] = std::move(block);
  }
  blocks.resize(kept);
  JoinLabels(blocks, first);
}

}  // namespace jobpipe::html
