// Decides what a body is, so parse picks the right reader: "html", "json"
// (a job board API answer) or "text" (pasted or plain).
#pragma once

#include <string>
#include <string_view>

namespace jobpipe {

/// By content first: a whole-input JSON object is "json"; a doctype, an
/// <html> tag or a high density of common HTML tags is "html". Then by
/// name: a path ending in .html/.htm/.xhtml is "html", .json is "json" when
/// the content is JSON. Everything else is "text".
std::string DetectFormat(std::string_view text, std::string_view name);

/// Format from an HTTP Content-Type ("text/html; charset=x" -> "html",
/// "application/json", "application/ld+json", "+json" -> "json",
/// "text/plain" -> "text"); "" when the type says nothing useful (absent,
/// application/octet-stream), so the caller sniffs with DetectFormat.
std::string FormatFromContentType(std::string_view content_type);

/// True when the whole text is one JSON object.
bool IsJsonObject(std::string_view text);

/// True when the text looks like HTML by its content alone.
bool LooksLikeHtml(std::string_view text);

}  // namespace jobpipe
