// Site adapters' URL rewriting: a job page URL on a site that hides the
// posting behind scripts is swapped for the URL of that site's public
// posting data (LinkedIn's guest job fragment, Greenhouse's and Lever's job
// board APIs). A pure function: no network.
#pragma once

#include <map>
#include <string>

namespace jobpipe {

struct SiteTarget {
  std::string url;   // what to fetch
  std::string site;  // "linkedin", "greenhouse", "lever", or "" (as is)
};

/// What to fetch for `url`. `adapter_bases` maps a site to the base URL of
/// its data (scheme://host[:port], no trailing slash needed); sites missing
/// there use the real one (https://www.linkedin.com, https://boards-api.
/// greenhouse.io, https://api.lever.co; EU boards use the EU hosts). URLs
/// no adapter recognises come back unchanged with site "".
SiteTarget RewriteForSite(const std::string& url,
                          const std::map<std::string, std::string>& adapter_bases);

}  // namespace jobpipe
