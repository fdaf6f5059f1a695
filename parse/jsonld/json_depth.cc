#include "parse/jsonld/json_depth.h"

namespace jobpipe::jsonld {

Json ParseJsonBounded(std::string_view text, bool ignore_comments) {
  // The callback sees the depth a value opens at; refusing an array or
  // object start skips its whole subtree without building it.
  const Json::parser_callback_t within_bound = [](int depth, Json::parse_event_t event, Json&) {
    const bool opens = event == Json::parse_event_t::object_start || event == Json::parse_event_t::array_start;
    return !opens || depth < kMaxJsonDepth;
  };
  return Json::parse(text, within_bound, /*allow_exceptions=*/false, ignore_comments);
}

}  // namespace jobpipe::jsonld
