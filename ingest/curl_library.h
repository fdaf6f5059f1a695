// libcurl, loaded when the first URL is fetched rather than when jobpipe
// starts. Linking it made every run pay for loading curl and what it pulls
// in (gnutls, ldap, rtmp, ...: ~3.5 ms of constructors and relocations and
// ~2 MB), although reading a file never fetches. The functions come from the
// stable libcurl.so.4 ABI by dlopen/dlsym; curl.h still gives the types,
// constants and signatures. Only ingest/ uses this.
#pragma once

#include <curl/curl.h>

#include <string>

#include "core/error.h"

namespace jobpipe {

/// The soname loaded: libcurl's ABI has been .so.4 since 2006.
inline constexpr const char* kCurlSoname = "libcurl.so.4";

/// The libcurl functions jobpipe calls, named as in curl.h without "curl_".
struct CurlApi {
  decltype(&curl_global_init) global_init = nullptr;
  decltype(&curl_version_info) version_info = nullptr;
  decltype(&curl_easy_init) easy_init = nullptr;
  decltype(&curl_easy_cleanup) easy_cleanup = nullptr;
  decltype(&curl_easy_setopt) easy_setopt = nullptr;
  decltype(&curl_easy_perform) easy_perform = nullptr;
  decltype(&curl_easy_getinfo) easy_getinfo = nullptr;
  decltype(&curl_easy_strerror) easy_strerror = nullptr;
  decltype(&curl_slist_append) slist_append = nullptr;
  decltype(&curl_slist_free_all) slist_free_all = nullptr;
  decltype(&curl_url) url = nullptr;
  decltype(&curl_url_cleanup) url_cleanup = nullptr;
  decltype(&curl_url_set) url_set = nullptr;
  decltype(&curl_url_get) url_get = nullptr;
  decltype(&curl_url_strerror) url_strerror = nullptr;
  decltype(&curl_free) free = nullptr;
  decltype(&curl_getdate) getdate = nullptr;
};

/// Loads `soname` and binds every CurlApi function (the library stays
/// loaded for the rest of the process). Fails with kNetwork and a message
/// naming the library and the cause when it cannot be loaded, lacks a
/// function or is older than the 7.85 jobpipe was built for. Does not call
/// curl_global_init.
Result<CurlApi> LoadCurlLibrary(const std::string& soname);

/// The process's libcurl (kCurlSoname), loaded and curl_global_init'ed on
/// the first call from whichever thread comes first; the same answer
/// afterwards. Callers put the input's name before the error's message.
const Result<CurlApi>& Curl();

}  // namespace jobpipe
