#include "tests/support/loopback_server.h"

// The per-case reset is a Catch listener, defined here so that it is linked
// into exactly the test binaries that use the shared server.
#define CATCH_CONFIG_EXTERNAL_INTERFACES
#include <catch2/catch.hpp>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cctype>
#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <stdexcept>

namespace jobpipe::testing {
namespace {

constexpr int kStartupTimeoutMs = 15000;

std::runtime_error SystemError(const std::string& what) {
  return std::runtime_error("loopback server: " + what + ": " + std::strerror(errno));
}

/// Closes a file descriptor when it goes out of scope.
class FdCloser {
 public:
  explicit FdCloser(int fd) : fd_(fd) {}
  ~FdCloser() {
    if (fd_ >= 0) close(fd_);
  }
  FdCloser(const FdCloser&) = delete;
  FdCloser& operator=(const FdCloser&) = delete;

 private:
  int fd_;
};

void AddHosts(const char* variable) {
  std::string value;
  if (const char* old = std::getenv(variable)) value = old;
  // ".invalid" names never resolve (RFC 6761): DNS failure tests must see
  // that failure, not a proxy's answer.
  for (const char* host : {"127.0.0.1", "localhost", ".invalid"}) {
    if (value.find(host) != std::string::npos) continue;
    if (!value.empty()) value += ',';
    value += host;
  }
  setenv(variable, value.c_str(), 1);
}

int NewTcpSocket() {
  int fd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
  if (fd < 0) throw SystemError("socket");
  return fd;
}

sockaddr_in LoopbackAddress(int port) {
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_port = htons(static_cast<uint16_t>(port));
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  return address;
}

/// "/" and unreserved characters as they are, the rest %XX: a folder as a
/// query value.
std::string QueryEscaped(const std::string& text) {
  static const char kHex[] = "0123456789ABCDEF";
  std::string escaped;
  for (unsigned char c : text) {
    if (std::isalnum(c) || c == '/' || c == '-' || c == '_' || c == '.' || c == '~') {
      escaped += static_cast<char>(c);
    } else {
      escaped += '%';
      escaped += kHex[c >> 4];
      escaped += kHex[c & 15];
    }
  }
  return escaped;
}

/// The shared server, once started; nullptr before.
std::unique_ptr<LoopbackServer>& SharedSlot() {
  static std::unique_ptr<LoopbackServer> server;
  return server;
}

/// Resets the shared server (when one runs) as each test case begins: its
/// root section starts once per run of the case's body.
class ResetSharedServerPerCase : public Catch::TestEventListenerBase {
 public:
  using TestEventListenerBase::TestEventListenerBase;

  void testCaseStarting(const Catch::TestCaseInfo& info) override {
    TestEventListenerBase::testCaseStarting(info);
    case_name_ = info.name;
  }

  void sectionStarting(const Catch::SectionInfo& section) override {
    TestEventListenerBase::sectionStarting(section);
    const std::unique_ptr<LoopbackServer>& server = SharedSlot();
    if (server == nullptr || section.name != case_name_) return;
    server->ServeRoot("");
    server->reset();
  }

 private:
  std::string case_name_;
};

}  // namespace

CATCH_REGISTER_LISTENER(ResetSharedServerPerCase)

LoopbackServer& SharedLoopbackServer(const std::string& root) {
  std::unique_ptr<LoopbackServer>& server = SharedSlot();
  // The script stops itself after --max-lifetime as a last resort; one
  // process may now run for a whole file of cases (600 s at most under
  // ctest), and it still stops the server when it exits or dies.
  if (server == nullptr) {
    server = std::make_unique<LoopbackServer>(std::vector<std::string>{"--max-lifetime", "3600"});
  }
  if (!root.empty()) server->ServeRoot(root);
  return *server;
}

int UnusedLoopbackPort() {
  int fd = NewTcpSocket();
  FdCloser closer(fd);
  sockaddr_in address = LoopbackAddress(0);
  socklen_t length = sizeof address;
  if (bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0 ||
      getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length) != 0) {
    throw SystemError("bind");
  }
  return ntohs(address.sin_port);
}

void BypassProxyForLoopback() {
  AddHosts("NO_PROXY");
  AddHosts("no_proxy");
}

namespace {

std::vector<std::string> ServerCommand(const std::vector<std::string>& extra_args) {
  std::vector<std::string> args = {"python3", JOBPIPE_TEST_SERVER};
  args.insert(args.end(), extra_args.begin(), extra_args.end());
  return args;
}

}  // namespace

LoopbackServer::LoopbackServer(const std::vector<std::string>& extra_args)
    : process_("loopback server", ServerCommand(extra_args)) {
  BypassProxyForLoopback();
  // The first line it prints is its port.
  std::string line = process_.ReadLine(std::chrono::milliseconds(kStartupTimeoutMs));
  port_ = std::atoi(line.c_str());
  if (port_ <= 0 || port_ > 65535) throw std::runtime_error("loopback server: bad port " + line);
}

LoopbackServer::~LoopbackServer() = default;

std::string LoopbackServer::base_url() const { return "http://127.0.0.1:" + std::to_string(port_); }

std::string LoopbackServer::url(const std::string& path) const { return base_url() + path; }

std::string LoopbackServer::stats() const { return Get("/__stats"); }

void LoopbackServer::reset() const { Get("/__reset"); }

void LoopbackServer::ServeRoot(const std::string& dir) const {
  std::string answer = Get(dir.empty() ? "/__root" : "/__root?dir=" + QueryEscaped(dir));
  if (answer.find("\"root\"") == std::string::npos) {
    throw std::runtime_error("loopback server: cannot serve " + dir + ": " + answer);
  }
}

std::string LoopbackServer::Get(const std::string& path) const {
  int fd = NewTcpSocket();
  FdCloser closer(fd);
  sockaddr_in address = LoopbackAddress(port_);
  if (connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0) {
    throw SystemError("connect");
  }
  std::string request = "GET " + path + " HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n";
  for (std::size_t sent = 0; sent < request.size();) {
    ssize_t n = send(fd, request.data() + sent, request.size() - sent, MSG_NOSIGNAL);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) throw SystemError("send");
    sent += static_cast<std::size_t>(n);
  }
  std::string response;
  char buffer[4096];
  for (;;) {  // HTTP/1.0: the server closes the connection after the body
    ssize_t n = recv(fd, buffer, sizeof buffer, 0);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) throw SystemError("recv");
    if (n == 0) break;
    response.append(buffer, static_cast<std::size_t>(n));
  }
  auto body = response.find("\r\n\r\n");
  if (body == std::string::npos) throw std::runtime_error("loopback server: bad answer to " + path);
  return response.substr(body + 4);
}

}  // namespace jobpipe::testing
