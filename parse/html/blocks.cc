#include "parse/html/blocks.h"

#include <string>
#include <utility>

#include "core/stop.h"
#include "parse/html/block_cleanup.h"
#include "parse/html/gumbo_dom.h"
#include "parse/html/text_folding.h"
#include "parse/html/visibility.h"

namespace jobpipe::html {
namespace {

bool IsBlockTag(Tag tag) {
  switch (tag) {
    case Tag::kHtml: case Tag::kBody: case Tag::kP: case Tag::kDiv: case Tag::kSection:
    case Tag::kArticle: case Tag::kMain: case Tag::kBlockquote: case Tag::kPre:
    case Tag::kAddress: case Tag::kFigure: case Tag::kFigcaption: case Tag::kCenter:
    case Tag::kFieldset: case Tag::kLegend: case Tag::kDetails: case Tag::kSummary:
    case Tag::kDl: case Tag::kTable: case Tag::kCaption: case Tag::kThead:
    case Tag::kTbody: case Tag::kTfoot: case Tag::kHr: case Tag::kTd: case Tag::kTh:
      return true;
    default:
      return false;
  }
}

bool IsListTag(Tag tag) { return tag == Tag::kUl || tag == Tag::kOl || tag == Tag::kMenu; }

// A table row reads as one line ("a | b", "key: value") unless its cells hold
// block structure, which marks a layout table whose cells are containers.
bool IsDataRow(const Dom& dom, int row) {
  int blocks_in_cell = 0;
  for (int i = row + 1; i < dom.nodes[row].subtree_end; ++i) {
    switch (dom.nodes[i].tag) {
      case Tag::kTd: case Tag::kTh:
        blocks_in_cell = 0;
        break;
      case Tag::kUl: case Tag::kOl: case Tag::kTable: case Tag::kLi: case Tag::kBr:
      case Tag::kDl: case Tag::kPre: case Tag::kBlockquote: case Tag::kH1: case Tag::kH2:
      case Tag::kH3: case Tag::kH4: case Tag::kH5: case Tag::kH6:
        return false;
      case Tag::kP: case Tag::kDiv:
        if (++blocks_in_cell > 1) return false;
        break;
      default:
        break;
    }
  }
  return true;
}

struct Context {
  BlockType type;
  int level;
};

class Walker {
 public:
  Walker(const Dom& dom, std::vector<Block>& out) : dom_(dom), out_(out) {}

  void Run(int root) {
    const int end = dom_.nodes[root].subtree_end;
    for (int i = root; i < end && !StopRequested();) {
      while (!open_.empty() && open_.back().end <= i) Exit(PopOpen());
      const Node& node = dom_.nodes[i];
      if (node.tag == Tag::kText) {
        AddText(dom_.Text(i));
        ++i;
        continue;
      }
      if (i != root && IsSkipped(dom_, i)) {
        i = node.subtree_end;
        continue;
      }
      Enter(i);
      open_.push_back({node.subtree_end, i});
      ++i;
    }
    while (!open_.empty()) Exit(PopOpen());
    Flush();
    FlushTerm();
  }

 private:
  struct Open {
    int end;
    int node;
  };

  int PopOpen() {
    const int node = open_.back().node;
    open_.pop_back();
    return node;
  }

  void Enter(int index) {
    const Tag tag = dom_.nodes[index].tag;
    if (in_cell_) {  // a data cell collects everything inline
      if (tag == Tag::kB || tag == Tag::kStrong) ++bold_depth_;
      return;
    }
    if (const int level = HeadingLevel(tag)) {
      Flush();
      contexts_.push_back({BlockType::kHeading, level});
    } else if (tag == Tag::kLi) {
      Flush();
      contexts_.push_back({BlockType::kListItem, list_depth_ > 0 ? list_depth_ - 1 : 0});
    } else if (IsListTag(tag)) {
      Flush();
      ++list_depth_;
    } else if (tag == Tag::kBr) {
      Flush();
    } else if (tag == Tag::kB || tag == Tag::kStrong) {
      ++bold_depth_;
    } else if (tag == Tag::kPre) {
      Flush();
      ++pre_depth_;
    } else if (tag == Tag::kTr) {
      Flush();
      row_is_data_ = IsDataRow(dom_, index);
      cells_.clear();
      first_cell_is_header_ = false;
    } else if ((tag == Tag::kTd || tag == Tag::kTh) && row_is_data_) {
      if (cells_.empty()) first_cell_is_header_ = tag == Tag::kTh;
      Flush();
      in_cell_ = true;
    } else if (tag == Tag::kDt || tag == Tag::kDd) {
      Flush();
      if (tag == Tag::kDt) FlushTerm();
    } else if (IsBlockTag(tag)) {
      Flush();
    }
  }

  void Exit(int index) {
    const Tag tag = dom_.nodes[index].tag;
    if (tag == Tag::kB || tag == Tag::kStrong) {
      --bold_depth_;
      return;
    }
    if ((tag == Tag::kTd || tag == Tag::kTh) && in_cell_) {
      TrimRight(line_);
      cells_.push_back(std::move(line_));
      line_.clear();
      ResetCounts();
      in_cell_ = false;
      return;
    }
    if (in_cell_) return;
    if (HeadingLevel(tag) != 0 || tag == Tag::kLi) {
      Flush();
      if (!contexts_.empty()) contexts_.pop_back();
    } else if (IsListTag(tag)) {
      Flush();
      --list_depth_;
    } else if (tag == Tag::kPre) {
      Flush();
      --pre_depth_;
    } else if (tag == Tag::kTr) {
      EmitRow();
      row_is_data_ = false;
    } else if (tag == Tag::kDt) {
      FlushTerm();
      TrimRight(line_);
      term_ = std::move(line_);
      line_.clear();
      ResetCounts();
    } else if (tag == Tag::kDd) {
      if (!term_.empty()) {
        TrimRight(line_);
        std::string text = std::move(term_);
        term_.clear();
        if (!text.empty() && text.back() == ':') text.pop_back();
        if (!line_.empty()) text += ": " + line_;
        line_.clear();
        ResetCounts();
        out_.push_back(Block{BlockType::kParagraph, std::move(text), 0});
      } else {
        Flush();
      }
    } else if (IsBlockTag(tag)) {
      Flush();
    }
  }

  void AddText(std::string_view text) {
    if (pre_depth_ > 0 && !in_cell_) {
      std::size_t start = 0;
      std::size_t newline;
      while ((newline = text.find('\n', start)) != std::string_view::npos) {
        CountVisible(AppendFolded(line_, text.substr(start, newline - start)));
        Flush();
        start = newline + 1;
      }
      text.remove_prefix(start);
    }
    CountVisible(AppendFolded(line_, text));
  }

  void CountVisible(std::size_t visible) {
    (bold_depth_ > 0 ? bold_visible_ : plain_visible_) += visible;
  }

  void ResetCounts() { bold_visible_ = plain_visible_ = 0; }

  void Flush() {
    TrimRight(line_);
    if (line_.empty()) {
      ResetCounts();
      return;
    }
    Block block{BlockType::kParagraph, std::move(line_), 0};
    line_.clear();
    if (!contexts_.empty()) {
      block.type = contexts_.back().type;
      block.level = contexts_.back().level;
    } else if (bold_visible_ > 0 && plain_visible_ == 0 && LooksLikeHeading(block.text)) {
      block.type = BlockType::kHeading;  // a bold-only line; level 0 = guessed
    }
    ResetCounts();
    out_.push_back(std::move(block));
  }

  void FlushTerm() {
    if (term_.empty()) return;
    out_.push_back(Block{BlockType::kParagraph, std::move(term_), 0});
    term_.clear();
  }

  void EmitRow() {
    std::vector<std::string> cells;
    for (std::string& cell : cells_) {
      if (!cell.empty()) cells.push_back(std::move(cell));
    }
    cells_.clear();
    if (cells.empty()) return;
    std::string text;
    if (cells.size() == 2 && (first_cell_is_header_ || cells[0].back() == ':')) {
      text = cells[0];
      if (text.back() == ':') text.pop_back();
      text += ": " + cells[1];
    } else {
      for (std::size_t i = 0; i < cells.size(); ++i) {
        if (i > 0) text += " | ";
        text += cells[i];
      }
    }
    out_.push_back(Block{BlockType::kParagraph, std::move(text), 0});
  }

  const Dom& dom_;
  std::vector<Block>& out_;
  std::vector<Open> open_;
  std::vector<Context> contexts_;
  std::string line_;
  std::string term_;
  std::vector<std::string> cells_;
  std::size_t bold_visible_ = 0;
  std::size_t plain_visible_ = 0;
  int bold_depth_ = 0;
  int list_depth_ = 0;
  int pre_depth_ = 0;
  bool row_is_data_ = false;
  bool in_cell_ = false;
  bool first_cell_is_header_ = false;
};

}  // namespace

void AppendBlocks(const Dom& dom, int root, std::vector<Block>& out) {
  if (root < 0 || root >= static_cast<int>(dom.nodes.size())) return;
  const std::size_t first = out.size();
  Walker(dom, out).Run(root);
  CleanUpBlocks(out, first);
}

std::vector<Block> BlocksFromHtml(std::string_view html) {
  std::vector<Block> blocks;
  const Dom dom = BuildDom(html);
  int root = dom.FindTag(Tag::kBody);
  if (root < 0) root = 0;
  AppendBlocks(dom, root, blocks);
  return blocks;
}

}  // namespace jobpipe::html
