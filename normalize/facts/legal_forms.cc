#include "normalize/facts/legal_forms.h"

#include <re2/re2.h>

#include <algorithm>
#include <string>
#include <vector>

#include "core/text/words.h"

namespace jobpipe::facts {
namespace {

// The RE2 pattern of one form as written.
std::string FormPattern(const LegalForm& form) {
  if (!form.any_spacing) return RE2::QuoteMeta(form.written);
  std::string pattern;
  for (std::string_view piece : textkit::SplitOn(form.written, ' ')) {
    if (!pattern.empty()) pattern += R"(\s*)";
    pattern += RE2::QuoteMeta(piece);
  }
  return pattern;
}

}  // namespace

std::string LegalFormAlternation(LegalFormUse use, std::string_view after_word) {
  std::vector<LegalForm> forms = LegalForms(use);
  std::stable_sort(forms.begin(), forms.end(), [](const LegalForm& a, const LegalForm& b) {
    return a.written.size() > b.written.size();
  });
  std::string alternation;
  for (const LegalForm& form : forms) {
    if (!alternation.empty()) alternation += '|';
    alternation += FormPattern(form);
    if (!form.written.ends_with('.')) alternation += after_word;
  }
  return alternation;
}

}  // namespace jobpipe::facts
