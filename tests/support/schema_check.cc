#include "tests/support/schema_check.h"

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <stdexcept>

namespace jobpipe::testing {

// The document is checked by python3-jsonschema (tests/support/
// validate_schema.py): a real validator of the schema's draft, without the
// Qt 5 that libvalijson-dev pulls in, and Python already runs the tests'
// loopback server.
std::string SchemaErrors(const nlohmann::json& document) {
  char path[] = "/tmp/jobpipe-schema-check-XXXXXX";
  int fd = mkstemp(path);
  if (fd < 0) throw std::runtime_error("mkstemp failed");
  close(fd);
  {
    std::ofstream out(path, std::ios::binary);
    out << document.dump();
  }
  std::string command = std::string("'") + JOBPIPE_PYTHON + "' '" JOBPIPE_SOURCE_DIR
                        "/tests/support/validate_schema.py' '" JOBPIPE_SCHEMA "' '" + path +
                        "' 2>&1";
  std::string errors;
  FILE* pipe = popen(command.c_str(), "r");
  if (pipe == nullptr) throw std::runtime_error("cannot run the schema validator");
  char buffer[4096];
  std::size_t n;
  while ((n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0) errors.append(buffer, n);
  int status = pclose(pipe);
  std::remove(path);
  if (status != 0 && errors.empty()) errors = "the schema validator failed\n";
  return errors;
}

}  // namespace jobpipe::testing
