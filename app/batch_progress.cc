#include "app/batch_progress.h"

#include "core/terminal_text.h"

#include <cmath>
#include <cstdio>
#include <sstream>

namespace jobpipe {
namespace {

constexpr auto kLiveRedrawEvery = std::chrono::milliseconds(100);

std::string Counter(int done, std::optional<int> total) {
  // Appended piece by piece: '"/" + std::to_string(...)' trips g++ 12's
  // false -Wrestrict at -O3.
  std::string counter(1, '[');
  counter += std::to_string(done);
  if (total) {
    counter += '/';
    counter += std::to_string(*total);
  }
  counter += ']';
  return counter;
}

/// Messages name their input ("URL: HTTP 404"); after "FAILED URL" the
/// name would be said twice.
std::string WithoutInputPrefix(const std::string& message, const std::string& input) {
  std::string prefix = input + ": ";
  if (message.compare(0, prefix.size(), prefix) == 0) return message.substr(prefix.size());
  return message;
}

std::string Duration(double seconds) {
  long total = std::lround(seconds);
  char text[32];
  if (total >= 3600) {
    std::snprintf(text, sizeof text, "%ld:%02ld:%02ld", total / 3600, total / 60 % 60, total % 60);
  } else {
    std::snprintf(text, sizeof text, "%ld:%02ld", total / 60, total % 60);
  }
  return text;
}

}  // namespace

ProgressReporter::ProgressReporter(std::ostream& out, ProgressStyle style,
                                   std::optional<int> total, Clock::time_point start)
    : out_(out), style_(style), total_(total), start_(start) {}

std::string ProgressReporter::PlainLine(int done, std::optional<int> total,
                                        const BatchEntry& entry, const EntryOutcome& outcome) {
  std::string line = Counter(done, total) + " ";
  switch (outcome.status) {
    case OutcomeStatus::kSucceeded:
      line += "ok " + entry.text;
      if (!outcome.record_path.empty()) line += " -> " + outcome.record_path;
      break;
    case OutcomeStatus::kSkipped:
      line += "skipped " + entry.text + " (" + outcome.skip_detail + ")";
      break;
    case OutcomeStatus::kFailed:
      // An invalid line's message already says "list:line: 'text': why".
      line += "FAILED " + (entry.kind == EntryKind::kInvalid
                               ? outcome.error.message
                               : entry.text + ": " +
                                     WithoutInputPrefix(outcome.error.message, entry.text));
      break;
    case OutcomeStatus::kInterrupted:
      line += "interrupted " + entry.text;
      break;
  }
  return line;
}

std::string ProgressReporter::LiveLine(int done, std::optional<int> total, int failed,
                                       Clock::duration elapsed) {
  double seconds = std::chrono::duration<double>(elapsed).count();
  double rate = seconds > 0 ? done / seconds : 0;
  std::ostringstream line;
  line << Counter(done, total);
  line.setf(std::ios::fixed);
  line.precision(1);
  line << ' ' << rate << "/s";
  if (total && rate > 0 && *total >= done) line << " ETA " << Duration((*total - done) / rate);
  line << ", " << failed << " failed";
  return line.str();
}

void ProgressReporter::Finished(const BatchEntry& entry, const EntryOutcome& outcome,
                                Clock::time_point now) {
  if (outcome.status == OutcomeStatus::kInterrupted) return;
  ++done_;
  if (outcome.status == OutcomeStatus::kFailed) ++failed_;
  if (style_ == ProgressStyle::kLines) {
    out_ << TerminalSafe(PlainLine(done_, total_, entry, outcome)) << '\n' << std::flush;
  } else if (style_ == ProgressStyle::kLive) {
    bool last = total_ && done_ >= *total_;
    if (!last && live_line_open_ && now - last_draw_ < kLiveRedrawEvery) return;
    last_draw_ = now;
    // \r back to the line start, ESC[K clears what a longer line left.
    out_ << '\r' << LiveLine(done_, total_, failed_, now - start_) << "\x1b[K" << std::flush;
    live_line_open_ = true;
  }
}

void ProgressReporter::Close() {
  if (live_line_open_) {
    // The last state, then a newline so the summary starts on its own line.
    out_ << '\r' << LiveLine(done_, total_, failed_, Clock::now() - start_) << "\x1b[K\n"
         << std::flush;
    live_line_open_ = false;
  }
}

std::string SummaryText(const BatchSummary& summary, bool resumable) {
  std::ostringstream text;
  text << "jobpipe: batch: " << summary.total << (summary.total == 1 ? " input: " : " inputs: ")
       << summary.succeeded << " succeeded, " << summary.skipped << " skipped";
  if (!summary.skipped_by_reason.empty()) {
    const char* separator = " (";
    for (const auto& [reason, count] : summary.skipped_by_reason) {
      text << separator << reason << ": " << count;
      separator = ", ";
    }
    text << ')';
  }
  text << ", " << summary.failed << " failed";
  if (!summary.failed_by_cause.empty()) {
    const char* separator = " (";
    for (const auto& [cause, count] : summary.failed_by_cause) {
      text << separator << cause << ": " << count;
      separator = ", ";
    }
    text << ')';
  }
  text << '\n';
  if (!summary.failed_list_path.empty()) {
    text << "jobpipe: failed inputs listed in " << summary.failed_list_path
         << " (retry them with --batch " << summary.failed_list_path << ")\n";
  }
  if (!summary.failed_list_error.empty()) {
    text << "jobpipe: could not write the list of failed inputs: " << summary.failed_list_error
         << '\n';
  }
  if (summary.interrupted) {
    text << "jobpipe: interrupted";
    if (summary.not_done > 0) text << " with " << summary.not_done << " inputs not done";
    text << (resumable ? "; run the same command again to resume (recorded postings are skipped)\n"
                       : "; without --out-dir nothing is recorded, so a rerun starts over\n");
  }
  return text.str();
}

}  // namespace jobpipe
