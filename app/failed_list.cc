#include "app/failed_list.h"

#include <algorithm>

#include "app/atomic_file.h"

namespace jobpipe {
namespace {

std::string UtcTime(std::time_t when, const char* format) {
  std::tm parts{};
  ::gmtime_r(&when, &parts);
  char text[64];
  std::size_t length = std::strftime(text, sizeof text, format, &parts);
  return std::string(text, length);
}

/// The message without what the comment already says: the list position
/// ("jobs.txt:7: ") and the input itself ("URL: ").
std::string Reason(const std::string& origin, const FailedInput& input) {
  std::string message = input.error.message;
  for (const std::string& prefix :
       {origin + ":" + std::to_string(input.line) + ": ", input.text + ": ",
        "'" + input.text + "': "}) {
    if (message.compare(0, prefix.size(), prefix) == 0) message.erase(0, prefix.size());
  }
  return message;
}

/// A comment must stay one line whatever an error message holds.
std::string OneLine(std::string text) {
  for (char& c : text) {
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) c = ' ';
  }
  return text;
}

}  // namespace

std::string FailedListText(const std::string& list_origin, std::vector<FailedInput> failed,
                           std::time_t when) {
  std::stable_sort(failed.begin(), failed.end(),
                   [](const FailedInput& a, const FailedInput& b) { return a.line < b.line; });
  std::string text = "# jobpipe: " + std::to_string(failed.size()) + " failed input" +
                     (failed.size() == 1 ? "" : "s") + " of " + OneLine(list_origin) + ", " +
                     UtcTime(when, "%Y-%m-%d %H:%M:%S UTC") + "\n" +
                     "# Retry them with: jobpipe --batch THIS_FILE (same options)\n";
  for (const FailedInput& input : failed) {
    text += "\n# line " + std::to_string(input.line) + ": " +
            std::string(ErrorCodeName(input.error.code)) + ": " + OneLine(Reason(list_origin, input)) +
            "\n" + input.text + "\n";
  }
  return text;
}

Result<std::string> WriteFailedList(const std::string& folder, const std::string& list_origin,
                                    std::vector<FailedInput> failed, std::time_t when) {
  std::string text = FailedListText(list_origin, std::move(failed), when);
  std::string stem = folder + "/failed-" + UtcTime(when, "%Y%m%d-%H%M%S");
  constexpr int kMaxTries = 100;
  for (int copy = 1; copy <= kMaxTries; ++copy) {
    std::string path = stem;
    if (copy > 1) path.append(1, '-').append(std::to_string(copy));
    path += ".txt";
    Result<bool> written = WriteFileAtomically(path, text, ExistingFile::kRefuse);
    if (written) return path;
    if (written.error().code != ErrorCode::kOutputExists) return written.error();
  }
  return MakeError(ErrorCode::kWriteFailed, stem + ".txt: too many failed lists of that name");
}

}  // namespace jobpipe
