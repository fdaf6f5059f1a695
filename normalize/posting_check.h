// Deciding whether normalized text is a job posting at all, so a login
// page, a README or "hello world" is refused (kNotAPosting) instead of
// becoming an empty record.
#pragma once

#include "core/posting.h"

namespace jobpipe {

/// True when the posting shows job evidence: a section of a job kind
/// (responsibilities, requirements, preferred, benefits, how to apply), or
/// a title backed by another job fact (company, location, workplace,
/// employment type, salary, identifier), or a title with hiring words in
/// the text ("we are hiring", "join our team", "wir suchen", ...).
bool LooksLikePosting(const Posting& posting);

}  // namespace jobpipe
