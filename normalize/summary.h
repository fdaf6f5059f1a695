// The record's short texts drawn from sections: the summary (first one to
// three sentences of the introduction) and the about-the-company text.
#pragma once

#include <string>
#include <vector>

#include "core/posting.h"

namespace jobpipe {

std::string Summarize(const std::vector<Section>& sections);
std::string CompanyDetails(const std::vector<Section>& sections);

}  // namespace jobpipe
