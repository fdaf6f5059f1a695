#include "app/tracker/check_classify.h"

#include "app/pipeline.h"
#include "app/tracker/calendar.h"
#include "app/tracker/closed_markers.h"
#include "app/tracker/record_parts.h"
#include "export/export.h"
#include "export/record_reader.h"

namespace jobpipe::tracker {
namespace {

// The URL after its scheme and host: "/jobs/index.html?x=1".
std::string_view PathAndQuery(std::string_view url) {
  std::size_t scheme = url.find("://");
  std::size_t path = url.find_first_of("/?#", scheme == std::string_view::npos ? 0 : scheme + 3);
  return path == std::string_view::npos ? std::string_view() : url.substr(path);
}

// What names the posting in its URL: the query when it has one (?id=77),
// else the last non-empty path segment (/jobs/77, /jobs/data-engineer/).
std::string PostingToken(std::string_view url) {
  std::string_view rest = PathAndQuery(url.substr(0, url.find('#')));
  std::size_t query = rest.find('?');
  if (query != std::string_view::npos && query + 1 < rest.size()) {
    return std::string(rest.substr(query + 1));
  }
  rest = rest.substr(0, query);
  while (!rest.empty() && rest.back() == '/') rest.remove_suffix(1);
  return std::string(rest.substr(rest.rfind('/') + 1));
}

// "https://x/1: HTTP 404 Not Found" -> "HTTP 404 Not Found".
std::string WithoutUrl(const std::string& message, const std::string& url) {
  if (message.rfind(url + ": ", 0) == 0) return message.substr(url.size() + 2);
  return message;
}

void Close(CheckResult* result, const char* reason, std::string detail) {
  result->state = CheckState::kClosed;
  result->reason = reason;
  result->detail = std::move(detail);
}

}  // namespace

const char* CheckStateName(CheckState state) {
  switch (state) {
    case CheckState::kOpen: return "open";
    case CheckState::kChanged: return "changed";
    case CheckState::kClosed: return "closed";
    case CheckState::kFailed: return "failed";
    case CheckState::kSkipped: return "skipped";
  }
  return "failed";
}

bool RedirectedAway(const std::string& asked, const std::string& final_url) {
  if (final_url.empty() || final_url == asked) return false;
  std::string token = PostingToken(asked);
  // Only where the final URL names a page: a host or port that happens to
  // hold the token (":38812" for /retired/88) names nothing.
  return !token.empty() && PathAndQuery(final_url).find(token) == std::string_view::npos;
}

void ClassifyFetch(const RecordText& record, const Result<Document>& fetched,
                   const std::string& today, CheckResult* result,
                   std::optional<RecordText>* fresh_out) {
  if (!fetched) {
    const Error& error = fetched.error();
    result->http_status = error.http_status;
    result->detail = WithoutUrl(error.message, result->url);
    if (error.http_status == 404 || error.http_status == 410) {
      // Also a Greenhouse or Lever API that no longer has the job: 404.
      Close(result, "http_status", result->detail);
      return;
    }
    result->state = CheckState::kFailed;
    result->reason = std::string(ErrorCodeName(error.code));
    return;
  }
  const Document& document = *fetched;
  result->http_status = document.source.http_status;
  if (RedirectedAway(result->url, document.source.fetched_url)) {
    Close(result, "redirected", "redirected to " + document.source.fetched_url);
    return;
  }
  if (auto marker = FindClosedMarker(document.body)) {
    Close(result, "closed_marker", "the page says \"" + *marker + "\"");
    return;
  }
  Result<Posting> recorded = ReadRecord(record.bytes());
  NormalizeOptions normalize;
  if (recorded) {
    normalize.status = recorded->application.status.empty() ? "PENDING" : recorded->application.status;
    // The record's own date, so that dates counted back from it come out
    // as they did when it was written.
    if (IsCalendarDate(recorded->application.date)) normalize.date = recorded->application.date;
  }
  if (normalize.date.empty()) normalize.date = today;
  Result<Posting> posting = ProcessDocument(document, normalize);
  if (!posting) {
    result->state = CheckState::kFailed;
    result->reason = std::string(ErrorCodeName(posting.error().code));
    result->detail = "no job posting found on the page";
    return;
  }
  const std::optional<std::string>& deadline = posting->facts.valid_through;
  if (deadline && IsCalendarDate(*deadline) && *deadline < today) {
    Close(result, "deadline_passed", "apply by " + *deadline + " passed");
    return;
  }
  Result<RecordText> fresh = RecordText::Parse(RenderMarkdown(*posting), result->file);
  if (!fresh) {
    result->state = CheckState::kFailed;
    result->reason = "not_a_posting";
    return;
  }
  result->changed = ChangedParts(record, *fresh);
  result->state = result->changed.empty() ? CheckState::kOpen : CheckState::kChanged;
  if (!result->changed.empty()) {
    std::string list;
    for (const std::string& part : result->changed) list += (list.empty() ? "" : ", ") + part;
    result->detail = list;
  }
  if (fresh_out) *fresh_out = std::move(*fresh);
}

}  // namespace jobpipe::tracker
