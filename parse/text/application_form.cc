#include "parse/text/application_form.h"

#include <string>
#include <string_view>

#include "parse/text/line_shapes.h"
#include "parse/text/utf8.h"

namespace jobpipe::text {
namespace {

constexpr std::size_t kMinRequiredLabels = 2;
constexpr std::size_t kMaxLabelWords = 14;
// How far after the last required label a "Submit" line still ends the form.
constexpr std::size_t kMaxLinesToSubmit = 12;

bool IsRequiredFieldLabel(std::string_view text) {
  text = Trim(text);
  return text.size() > 2 && text.substr(text.size() - 2) == " *" && WordCount(text) <= kMaxLabelWords;
}

bool IsRequiredNotice(std::string_view text) {
  const std::string lower = AsciiLower(text);
  return lower.find("indicates a required field") != std::string::npos ||
         lower.find("required fields are marked") != std::string::npos;
}

bool IsSubmitLine(std::string_view text) {
  const std::string lower = AsciiLower(Trim(text));
  return lower == "submit" || lower == "submit application" || lower == "submit your application";
}

}  // namespace

void DropApplicationForm(std::vector<Line>& lines) {
  std::size_t labels = 0;
  std::size_t first = lines.size();
  std::size_t last = 0;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].in_code || !IsRequiredFieldLabel(lines[i].text)) continue;
    ++labels;
    if (first == lines.size()) first = i;
    last = i;
  }
  if (labels < kMinRequiredLabels) return;
  // The notice just before the first label belongs to the form.
  for (std::size_t i = first; i > 0 && first - i < 3; --i) {
    if (IsRequiredNotice(lines[i - 1].text)) {
      first = i - 1;
      break;
    }
  }
  for (std::size_t i = last + 1; i < lines.size() && i <= last + kMaxLinesToSubmit; ++i) {
    if (IsSubmitLine(lines[i].text)) {
      last = i;
      break;
    }
  }
  for (std::size_t i = first; i <= last; ++i) lines[i].kind = LineKind::kBlank;
}

}  // namespace jobpipe::text
