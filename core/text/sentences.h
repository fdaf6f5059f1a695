// Cutting text into sentences. Two rules, because two kinds of callers
// need them: prose cut for reading (a stop must be followed by something
// that can start a sentence), and a line cut at every stop to find a label
// that a paste ran into the sentence before it ("... to F1 races! Salary:
// £45,000").
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace jobpipe::textkit {

/// Prose cut after '.', '!', '?' or '…' (and any closing ')', '"', '\'')
/// followed by a space and a character that is not a lowercase ASCII
/// letter; never after an abbreviation ("e.g.", "Dr.", "approx.") or an
/// initial ("J. Smith"). Sentences keep their final punctuation and have
/// their white space folded.
std::vector<std::string> SplitProseSentences(std::string_view text);

/// A line cut at every '.', '!' or '?' followed by a space or the end, and
/// at every '\n'; a '.' that ends a company form or title ("Inc.", "Ltd.",
/// "Dr.", "U.S.") does not cut. Pieces are trimmed, empty ones left out.
std::vector<std::string> SplitAtSentenceStops(std::string_view text);

}  // namespace jobpipe::textkit
