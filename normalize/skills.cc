#include "normalize/skills.h"

namespace jobpipe {

std::vector<std::string> FindSkills(std::string_view text) { return {}; }

std::vector<std::string> FindSkills(const std::vector<Section>& sections) { return {}; }

}  // namespace jobpipe
