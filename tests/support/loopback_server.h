// Starts tests/server/loopback_server.py (python3, 127.0.0.1 only) for the
// lifetime of one object, so fetch tests talk to a real HTTP server and
// never to the internet. The route table is documented at the top of the
// script. The server exits when this object closes its stdin, so it cannot
// outlive the test process even after a crash. Test cases use the one
// server of their process (SharedLoopbackServer): starting python3 for
// every case cost more than most cases.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "tests/support/child_process.h"

namespace jobpipe::testing {

class LoopbackServer {
 public:
  /// Starts the server (extra_args go to the script, e.g. {"--root", dir})
  /// and waits for its port. Throws std::runtime_error if it cannot start.
  /// Also makes sure curl in this process reaches 127.0.0.1 and localhost
  /// directly, whatever proxy the environment names.
  explicit LoopbackServer(const std::vector<std::string>& extra_args = {});
  ~LoopbackServer();
  LoopbackServer(const LoopbackServer&) = delete;
  LoopbackServer& operator=(const LoopbackServer&) = delete;

  int port() const { return port_; }
  /// "http://127.0.0.1:PORT"
  std::string base_url() const;
  /// base_url() + path (path starts with '/').
  std::string url(const std::string& path) const;

  /// The JSON of GET /__stats (requests, max_in_flight,
  /// max_in_flight_by_host, arrivals_by_host).
  std::string stats() const;
  /// GET /__reset: clears the stats and the /flaky and /ratelimit counters;
  /// requests still running stop counting in flight.
  void reset() const;
  /// GET /__root: serves the files under `dir` (an absolute folder) instead
  /// of its --root; "" goes back to --root. Throws if the server refuses.
  void ServeRoot(const std::string& dir) const;

 private:
  /// A plain HTTP/1.0 GET over a socket, returning the body: the test
  /// support must not depend on the fetcher it is used to test.
  std::string Get(const std::string& path) const;

  ChildProcess process_;  // python3 and the script; stopped by closing its stdin
  int port_ = 0;
};

/// The loopback server of this test process: started on first use, shared
/// by every case that runs in it, stopped at exit. Before each case (each
/// run of its body, for one with sections) it is reset and serves fixtures/
/// again, so cases stay independent and each runs alone with a filter as
/// well. A case that needs its own files gives their folder as `root`.
LoopbackServer& SharedLoopbackServer(const std::string& root = "");

/// A loopback TCP port nobody listens on (bound, then closed again), for
/// "connection refused" tests.
int UnusedLoopbackPort();

/// Adds 127.0.0.1, localhost and .invalid to NO_PROXY and no_proxy (keeping
/// what is there), so test traffic to the loopback server, and lookups of
/// names that must fail, bypass any proxy. Real runs keep their proxies.
void BypassProxyForLoopback();

}  // namespace jobpipe::testing
