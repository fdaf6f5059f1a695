#include "ingest/curl_library.h"

#include <dlfcn.h>

namespace jobpipe {
namespace {

// CURLOPT_PROTOCOLS_STR, which curl_transfer.cc sets, arrived in 7.85.0.
constexpr unsigned kOldestCurl = 0x075500;

template <typename Function>
void Bind(void* library, const char* name, Function& slot, std::string& missing) {
  slot = reinterpret_cast<Function>(dlsym(library, name));
  if (slot == nullptr && missing.empty()) missing = name;
}

Error CannotLoad(const std::string& soname, const std::string& cause) {
  return MakeError(ErrorCode::kNetwork,
                   "cannot fetch URLs: " + soname + " could not be loaded (" + cause +
                       "); install libcurl 7.85 or later (Debian: libcurl4)");
}

}  // namespace

Result<CurlApi> LoadCurlLibrary(const std::string& soname) {
  // RTLD_LOCAL: curl's symbols stay out of the global namespace.
  void* library = dlopen(soname.c_str(), RTLD_NOW | RTLD_LOCAL);
  if (library == nullptr) {
    const char* cause = dlerror();
    return CannotLoad(soname, cause != nullptr ? cause : "dlopen failed");
  }
  CurlApi api;
  std::string missing;
  Bind(library, "curl_global_init", api.global_init, missing);
  Bind(library, "curl_version_info", api.version_info, missing);
  Bind(library, "curl_easy_init", api.easy_init, missing);
  Bind(library, "curl_easy_cleanup", api.easy_cleanup, missing);
  Bind(library, "curl_easy_setopt", api.easy_setopt, missing);
  Bind(library, "curl_easy_perform", api.easy_perform, missing);
  Bind(library, "curl_easy_getinfo", api.easy_getinfo, missing);
  Bind(library, "curl_easy_strerror", api.easy_strerror, missing);
  Bind(library, "curl_slist_append", api.slist_append, missing);
  Bind(library, "curl_slist_free_all", api.slist_free_all, missing);
  Bind(library, "curl_url", api.url, missing);
  Bind(library, "curl_url_cleanup", api.url_cleanup, missing);
  Bind(library, "curl_url_set", api.url_set, missing);
  Bind(library, "curl_url_get", api.url_get, missing);
  Bind(library, "curl_url_strerror", api.url_strerror, missing);
  Bind(library, "curl_free", api.free, missing);
  Bind(library, "curl_getdate", api.getdate, missing);
  if (!missing.empty()) {
    dlclose(library);
    return CannotLoad(soname, "it has no " + missing);
  }
  const curl_version_info_data* version = api.version_info(CURLVERSION_NOW);
  if (version == nullptr || version->version_num < kOldestCurl) {
    std::string found = version != nullptr ? version->version : "unknown";
    dlclose(library);
    return CannotLoad(soname, "version " + found + " is too old");
  }
  return api;
}

const Result<CurlApi>& Curl() {
  // A function-local static: initialised once, thread-safely, on first use.
  static const Result<CurlApi> loaded = [] {
    Result<CurlApi> api = LoadCurlLibrary(kCurlSoname);
    if (api) api->global_init(CURL_GLOBAL_DEFAULT);
    return api;
  }();
  return loaded;
}

}  // namespace jobpipe
