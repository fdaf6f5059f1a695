// An application form copied along with a posting (Greenhouse, Lever,
// Workable pages end with one):
//
//   * Indicates a required field
//   First Name *
//   Resume/CV *
//   Attach / Dropbox / Google Drive
//   Are you legally authorized to work in Canada? *
//   Select...
//   Submit application
//
// Its labels are not the posting's content. The form is recognised by two
// or more field labels marked required (" *"); it runs from the first
// label (or the "required field" notice before it) to the last label, or
// to a "Submit" line soon after it.
#pragma once

#include <vector>

#include "parse/text/lines.h"

namespace jobpipe::text {

/// Turns the lines of an application form into blank lines.
void DropApplicationForm(std::vector<Line>& lines);

}  // namespace jobpipe::text
