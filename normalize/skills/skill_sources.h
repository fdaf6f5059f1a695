// Which sentences of an introduction name skills the job asks for.
//
// An intro often opens with the company's own story ("Brightfern helps
// manufacturers plan production ... from their ERP", "We run the accounting
// ledger behind 300,000 businesses"): the tools and trades named there are
// the company's or its customers', not the candidate's. Sentences that
// speak to the candidate or about the role are kept.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace jobpipe::skills {

/// The sentences of `text` that address the candidate ("you", "Sie",
/// "vous"), name the job ("role", "position", "hiring", "looking for") or
/// contain the title's core ("Engineering Manager" of "Engineering Manager
/// - MLOps"), in order.
std::vector<std::string> SentencesAboutTheJob(std::string_view text, std::string_view title);

}  // namespace jobpipe::skills
