#include "parse/text/block_cleanup.h"

#include <array>

#include "parse/text/inline_markup.h"
#include "parse/text/line_shapes.h"
#include "parse/text/run_together.h"
#include "parse/text/utf8.h"

namespace jobpipe::text {
namespace {

constexpr std::array<char32_t, 16> kStrayBullets = {0x2022, 0xB7,   0x25AA, 0x25E6, 0x25CF, 0x25A0,
                                                    0x25BA, 0x2023, 0x2043, '-',    '*',    '+',
                                                    0x2013, 0x2014, 0x2713, 0x2714};

bool IsStrayBullet(char32_t c) {
  for (char32_t bullet : kStrayBullets) {
    if (c == bullet) return true;
  }
  return false;
}

// "flexible hours | medical services | canteen": a list written on one
// line with a separator. Three parts or more, none of them a long sentence.
constexpr std::array<std::string_view, 4> kInlineSeparators = {" | ", " \xE2\x80\xA2 ",
                                                               " \xC2\xB7 ", " \xE2\x96\xAA "};
constexpr std::size_t kMinInlineItems = 3;
constexpr std::size_t kMaxInlineItemWords = 15;

std::vector<std::string> SplitInlineList(std::string_view text) {
  for (std::string_view separator : kInlineSeparators) {
    // The separator's sign first: most paragraphs have none.
    if (text.find(separator.substr(1, separator.size() - 2)) == std::string_view::npos) continue;
    std::vector<std::string> parts;
    std::size_t from = 0;
    while (true) {
      const std::size_t at = text.find(separator, from);
      parts.emplace_back(Trim(
          text.substr(from, at == std::string_view::npos ? std::string_view::npos : at - from)));
      if (at == std::string_view::npos) break;
      from = at + separator.size();
    }
    if (parts.size() < kMinInlineItems) continue;
    bool all_short = true;
    for (const std::string& part : parts) {
      all_short = all_short && WordCount(part) >= 1 && WordCount(part) <= kMaxInlineItemWords;
    }
    if (all_short) return parts;
  }
  return {};
}

void AddItems(std::vector<Block>& out, const std::vector<std::string>& segments, int level) {
  for (const std::string& segment : segments) {
    std::string text = CleanItemText(StripInlineMarkup(segment));
    if (!text.empty()) out.push_back(Block{BlockType::kListItem, std::move(text), level});
  }
}

}  // namespace

std::string CleanItemText(std::string_view text) {
  text = Trim(text);
  bool changed = true;
  while (changed && !text.empty()) {
    changed = false;
    const CodePoint first = DecodeAt(text, 0);
    if (IsStrayBullet(first.value) && IsSpace(DecodeAt(text, first.length).value)) {
      text = Trim(text.substr(first.length));
      changed = true;
    }
    const CodePoint last = DecodeBefore(text, text.size());
    if (last.value == ';' || last.value == ',' ||
        (IsStrayBullet(last.value) &&
         IsSpace(DecodeBefore(text, text.size() - last.length).value))) {
      text = Trim(text.substr(0, text.size() - last.length));
      changed = true;
    }
  }
  return std::string(text);
}

std::vector<Block> FinishBlocks(const std::vector<RawBlock>& raw_blocks) {
  // A guessed heading needs content after it; from the end, the headings
  // seen before any content are demoted.
  std::vector<bool> demote(raw_blocks.size(), false);
  bool content_after = false;
  for (std::size_t i = raw_blocks.size(); i-- > 0;) {
    const RawBlock& block = raw_blocks[i];
    if (block.type != BlockType::kHeading) {
      content_after = true;
    } else if (block.guessed_heading && !content_after) {
      demote[i] = true;
    }
  }

  std::vector<Block> out;
  out.reserve(raw_blocks.size());
  for (std::size_t i = 0; i < raw_blocks.size(); ++i) {
    const RawBlock& block = raw_blocks[i];
    if (block.code) {
      std::string text = FoldSpaces(block.raw);
      if (!text.empty()) out.push_back(Block{BlockType::kParagraph, std::move(text), 0});
      continue;
    }
    if (block.type == BlockType::kHeading && !demote[i]) {
      std::string text = HeadingText(StripInlineMarkup(block.raw));
      if (!text.empty()) out.push_back(Block{BlockType::kHeading, std::move(text), block.level});
      continue;
    }
    const bool item = block.type == BlockType::kListItem;
    const std::vector<LostBreak> breaks = FindLostBreaks(block.raw);
    RunTogether split = SplitRunTogether(block.raw, breaks, item ? 2 : 3);
    // A paragraph alone under a heading (LinkedIn copies each list as one
    // such line) is a list of two when its break is clear, as inside an
    // item, but not where a sentence lost its space ("...of datas.As a...").
    const auto is_heading = [&](std::size_t at) {
      return raw_blocks[at].type == BlockType::kHeading && !demote[at];
    };
    const bool alone_under_heading = i > 0 && is_heading(i - 1) && (i + 1 == raw_blocks.size() || is_heading(i + 1));
    if (!item && !split.is_list && alone_under_heading) {
      RunTogether pair = SplitRunTogether(block.raw, breaks, 2);
      const bool sentence_lost_space =
          pair.segments.size() == 2 && !pair.segments[0].empty() &&
          (pair.segments[0].back() == '.' || pair.segments[0].back() == '!' || pair.segments[0].back() == '?');
      if (pair.is_list && !sentence_lost_space) split = std::move(pair);
    }
    if (item || split.is_list) {
      AddItems(out, split.segments, item ? block.level : 0);
      continue;
    }
    std::string text = StripInlineMarkup(split.segments.front());
    if (std::vector<std::string> parts = SplitInlineList(text); !parts.empty()) {
      AddItems(out, parts, 0);
      continue;
    }
    if (!text.empty()) out.push_back(Block{BlockType::kParagraph, std::move(text), 0});
  }
  return out;
}

}  // namespace jobpipe::text
