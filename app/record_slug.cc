#include "app/record_slug.h"

#include <array>
#include <cctype>

#include "core/text/ascii.h"
#include "core/text/scripts.h"
#include "core/text/transliterate.h"
#include "core/text/utf8.h"

namespace jobpipe {
namespace {

bool IsIsoDate(std::string_view date) {
  if (date.size() != 10 || date[4] != '-' || date[7] != '-') return false;
  for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (!std::isdigit(static_cast<unsigned char>(date[i]))) return false;
  }
  return true;
}

bool IsWindowsReservedName(std::string_view stem) {
  static constexpr std::array<std::string_view, 4> kPlain = {"con", "prn", "aux", "nul"};
  for (std::string_view name : kPlain) {
    if (stem == name) return true;
  }
  return stem.size() == 4 && (stem.substr(0, 3) == "com" || stem.substr(0, 3) == "lpt") &&
         stem[3] >= '0' && stem[3] <= '9';
}

/// Cuts `slug` to at most `limit` bytes, at a word break when one is near.
std::string Shorten(std::string slug, std::size_t limit) {
  if (slug.size() <= limit) return slug;
  slug.resize(limit);
  auto last_break = slug.rfind('-');
  if (last_break != std::string::npos && last_break >= limit * 2 / 3) slug.resize(last_break);
  while (!slug.empty() && slug.back() == '-') slug.pop_back();
  return slug;
}

}  // namespace

std::string Slugify(std::string_view text) {
  std::string slug;
  bool pending_break = false;
  auto append = [&](std::string_view word_part) {
    if (pending_break && !slug.empty()) slug.push_back('-');
    pending_break = false;
    slug.append(word_part);
  };
  for (std::size_t pos = 0; pos < text.size();) {
    const textkit::CodePoint point = textkit::DecodeAt(text, pos);
    const char32_t cp = point.value;
    pos += point.length;
    if (textkit::IsAsciiAlnum(cp)) {
      const char lower = textkit::AsciiLower(static_cast<char>(cp));
      append(std::string_view(&lower, 1));
    } else if (cp == '&') {
      pending_break = true;
      append("and");
      pending_break = true;
    } else if (textkit::IsApostrophe(cp)) {
      continue;  // "O'Neil" is one word
    } else if (std::string_view ascii = textkit::TransliterateToAscii(cp); !ascii.empty()) {
      append(ascii);
    } else {
      pending_break = true;
    }
  }
  return slug;
}

std::string RecordFileName(std::string_view date, std::string_view company,
                           std::string_view title, int copy) {
  std::string prefix = IsIsoDate(date) ? std::string(date) + "-" : "";
  std::string suffix;
  if (copy >= 2) suffix.append(1, '-').append(std::to_string(copy));
  constexpr std::string_view kExtension = ".md";
  std::size_t room = kMaxRecordNameBytes - prefix.size() - suffix.size() - kExtension.size();

  std::string company_slug = Slugify(company);
  std::string title_slug = Slugify(title);
  if (!company_slug.empty() && !title_slug.empty()) {
    // The company keeps at most a third, so a long name leaves the title
    // readable; the title takes whatever the company does not use.
    company_slug = Shorten(company_slug, room / 3);
    title_slug = Shorten(title_slug, room - company_slug.size() - 1);
  }
  std::string body = company_slug.empty()  ? title_slug
                     : title_slug.empty() ? company_slug
                                          : company_slug + "-" + title_slug;
  body = Shorten(body, room);
  if (body.empty()) body = "posting";
  if (prefix.empty() && IsWindowsReservedName(body)) body = "posting-" + body;
  return prefix + body + suffix + std::string(kExtension);
}

}  // namespace jobpipe
