// The features the content classifier reads from a list item or a
// sentence. One function, used by the classifier at run time and by the
// training tool (tools/classifier/), so the two can never disagree.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace jobpipe::sections {

/// Distinct features of `text`, sorted: its folded words ("w build"), its
/// first word ("f build"), adjacent word pairs ("b build and"), and the
/// character trigrams of each word of three or more letters, with its ends
/// marked ("c ^bu", "c uil", "c ld$"). Folding keeps every script and makes
/// each Han, kana or Thai character a word, so pairs of them stand in for
/// the words of text written without spaces; trigrams carry across a
/// language's inflections ("develop", "developing", "Entwicklung").
std::vector<std::string> ContentFeatures(std::string_view text);

}  // namespace jobpipe::sections
