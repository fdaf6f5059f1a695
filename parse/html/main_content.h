// Where a job page keeps the posting: first the containers of the sites
// users save pages from (LinkedIn, Greenhouse, Lever, Workday, Indeed, SEEK,
// Workable, SmartRecruiters, Ashby, StepStone, generic "job-description"
// classes and schema.org microdata; which of these are confirmed is noted
// in main_content.cc), else the element that holds most of the page's prose
// that is not links (a text-density choice).
#pragma once

#include <string>
#include <vector>

#include "parse/html/dom.h"

namespace jobpipe::html {

struct MainContent {
  std::vector<int> roots;  // subtrees to read, in document order
  std::string found_by;    // the marker or "text density", for warnings/tests
};

/// Known site containers only; empty roots when none holds text.
MainContent FindKnownContainer(const Dom& dom);

/// The densest prose container under body (always finds something).
MainContent FindByTextDensity(const Dom& dom);

/// Known container, else text density.
MainContent FindMainContent(const Dom& dom);

/// Visible prose length (bytes of folded text outside links) of a subtree.
std::size_t ProseLength(const Dom& dom, int root);

}  // namespace jobpipe::html
