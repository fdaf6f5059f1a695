#include "app/posting_registry.h"

namespace jobpipe {

PostingRegistry::PostingRegistry(std::unordered_map<std::string, std::string> recorded, bool force)
    : force_(force), recorded_(std::move(recorded)) {}

Claim PostingRegistry::ClaimInput(const std::string& identity, int line) {
  if (identity.empty()) return {};
  std::lock_guard lock(mutex_);
  if (auto it = input_lines_.find(identity); it != input_lines_.end()) {
    return {Claim::kDuplicate, it->second, ""};
  }
  if (auto it = recorded_.find(identity); it != recorded_.end() && !force_) {
    return {Claim::kRecorded, 0, it->second};
  }
  input_lines_.emplace(identity, line);
  return {};
}

Claim PostingRegistry::ClaimPosting(const std::string& identity, int line) {
  if (identity.empty()) return {};
  std::lock_guard lock(mutex_);
  if (auto it = delivered_lines_.find(identity); it != delivered_lines_.end()) {
    if (it->second != line) return {Claim::kDuplicate, it->second, ""};
  }
  auto recorded = recorded_.find(identity);
  if (recorded != recorded_.end() && !force_) return {Claim::kRecorded, 0, recorded->second};
  delivered_lines_[identity] = line;
  if (recorded != recorded_.end()) return {Claim::kReplace, 0, recorded->second};
  return {};
}

void PostingRegistry::Release(const std::string& identity, int line) {
  if (identity.empty()) return;
  std::lock_guard lock(mutex_);
  auto it = delivered_lines_.find(identity);
  if (it != delivered_lines_.end() && it->second == line) delivered_lines_.erase(it);
}

void PostingRegistry::Recorded(const std::string& identity, const std::string& path) {
  if (identity.empty()) return;
  std::lock_guard lock(mutex_);
  recorded_[identity] = path;
}

}  // namespace jobpipe
