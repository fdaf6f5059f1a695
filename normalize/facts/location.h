// Where the job is: the location as written and the workplace (remote,
// hybrid, onsite), from labelled lines, header cards and short lines.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "normalize/facts/labels.h"

namespace jobpipe::facts {

/// "remote", "hybrid" or "onsite" when the (short) text names a way of
/// working in any of our languages: "Remote", "Homeoffice", "télétravail",
/// "híbrido", "On-site", "presencial", ...; nullopt otherwise.
std::optional<std::string> WorkplaceFromText(std::string_view text);

/// "In person", "Remote", "On-site": a way of working and no place.
bool NamesOnlyWorkplace(std::string_view text);

/// The place without a trailing way-of-working note: "Dublin, Ireland
/// (Hybrid)" -> "Dublin, Ireland", "Berlin · Remote" -> "Berlin". The note
/// is the workplace fact, not part of the place; a value that is only the
/// note ("Remote") stays as it is.
std::string WithoutWorkplaceSuffix(std::string location);

/// The place without the company in front of it, as a careers page's line
/// "Brindle Health Ltd. — Cork, Ireland" gives it; unchanged otherwise.
std::string WithoutCompanyPrefix(std::string location, const std::string& company);

/// Whether a short line reads as a place: "San Francisco, CA", "Lisboa",
/// "London, UK / Remote Working", "Anywhere (EMEA)", "Remote".
bool LooksLikeLocation(std::string_view text);

/// The labels of a place line ("Location", "Standort", "Lieu", "勤務地", ...).
const LabelSet& LocationLabels();

/// The location value of a "Location:" / "Standort:" / "Lieu :" /
/// "Ubicación:" ... line, tidied ("This is a Globally remote role." ->
/// "Globally remote").
std::optional<std::string> FindLabelledLocation(const std::vector<TextLine>& lines);

/// A location line near the top: a short header line or leading heading
/// that LooksLikeLocation ("### San Francisco, CA" under the title).
std::optional<std::string> FindLeadingLocation(const std::vector<TextLine>& lines);

/// A known place set apart inside one of the leading headings ("# Acme -
/// Data Platform (Beijing)" -> "Beijing"), where a line of several parts
/// names its place.
std::optional<std::string> FindPlaceInLeadingHeadings(const std::vector<TextLine>& lines);

/// A known place the title ends with, after its language's "in" or "to"
/// ("Administratör till Göteborg" -> "Göteborg").
std::optional<std::string> FindLocationInTitle(std::string_view title);

/// A known place in closing parentheses after a name ("Acme (Utrecht)"):
/// cut from `name` and returned.
std::optional<std::string> CutPlaceAside(std::string* name);

/// A place a sentence says the job is in: "This role is based in Leeds",
/// "you will work from our Porto office", "located in Austin, TX". Only
/// known places count; the company's story (its headquarters) is left out.
std::optional<std::string> FindLocationInText(const std::vector<TextLine>& lines);

/// The workplace stated in the text: short lines ("Full time and Remote"),
/// headings, or phrases like "this is a fully remote position",
/// "hybrid working model"; about-the-company and EEO text is left out
/// ("a remote-first company" says nothing about this job).
std::optional<std::string> FindWorkplace(const std::vector<TextLine>& lines);

}  // namespace jobpipe::facts
