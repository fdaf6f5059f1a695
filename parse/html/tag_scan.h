// One tag at a time, as HTML's tokenizer reads it, and the little of tree
// construction that decides how the tokenizer reads what follows (open
// svg/math elements, an open select). Used by the script-body pre-pass
// (parse/html/raw_text.h) to find tags without building a tree.
#pragma once

#include <cstddef>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace jobpipe::html::scan {

bool IsSpace(char c);  // HTML's whitespace: space, tab, LF, CR, FF
bool IsOneOf(std::string_view name, std::initializer_list<std::string_view> names);
bool IsAlpha(char c);  // ASCII letters

/// `word` (lower case) at `at` in `text`, compared case-insensitively.
bool HasWordAt(std::string_view text, std::size_t at, std::string_view word);

/// A tag as far as the pre-pass needs it.
struct TagToken {
  std::string name;  // lower case
  bool is_end = false;
  bool self_closing = false;
  bool has_font_styling = false;  // color, face or size (font leaves svg)
  bool bare = false;              // "<name>" or "</name>": nothing after the name
  std::string_view type;          // the first type attribute's value
  std::size_t next = 0;           // one past the closing '>'
};

/// Reads the tag whose '<' is at `at` (followed by a letter or "/"): tag
/// name, then attributes through the attribute name and (un)quoted value
/// states, so a '>' inside quotes does not end the tag. A tag cut off by the
/// end of input is dropped by the tokenizer: `next` is then the end.
TagToken ReadTag(std::string_view text, std::size_t at);

/// The tree-construction state that decides how the tokenizer reads what
/// follows a tag: the open svg/math elements (foreign content, where script
/// and style are ordinary elements) and an open select (where style, title
/// and the like are ignored). Where gumbo's tree could go more than one way
/// from here, the state is lost: the caller stops following the page.
class TreeState {
 public:
  bool lost() const { return lost_; }
  bool in_foreign_content() const { return !foreign_.empty(); }

  /// Follows one tag; true when it is an HTML start tag outside a select,
  /// so that the raw-text rules apply to it.
  bool Follow(const TagToken& tag);

 private:
  bool Lose();
  bool FollowEnd(const TagToken& tag);
  bool FollowForeignStart(const TagToken& tag);

  std::vector<std::string> foreign_;  // open foreign elements, outermost first
  bool in_select_ = false;
  bool lost_ = false;
};

}  // namespace jobpipe::html::scan
