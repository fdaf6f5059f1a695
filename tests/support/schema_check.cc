#include "tests/support/schema_check.h"

#include <chrono>
#include <memory>
#include <mutex>

#include "tests/support/child_process.h"

namespace jobpipe::testing {
namespace {

// Loading the schema and jsonschema takes the validator about 0.7 s;
// checking one document, milliseconds.
constexpr std::chrono::milliseconds kAnswerTimeout(60000);

}  // namespace

// The document is checked by python3-jsonschema (tests/support/
// validate_schema.py): a real validator of the schema's draft, without the
// Qt 5 that libvalijson-dev pulls in, and Python already runs the tests'
// loopback server. One validator serves the whole test process.
std::string SchemaErrors(const nlohmann::json& document) {
  static std::mutex mutex;
  static std::unique_ptr<ChildProcess> validator;
  std::lock_guard guard(mutex);
  if (validator == nullptr) {
    validator = std::make_unique<ChildProcess>(
        "schema validator", std::vector<std::string>{JOBPIPE_PYTHON, JOBPIPE_SOURCE_DIR "/tests/support/validate_schema.py",
                                                     JOBPIPE_SCHEMA, "--serve"});
  }
  // dump() writes one line: a newline inside a string is escaped.
  std::string answer;
  if (validator->Write(document.dump() + "\n")) {
    try {
      answer = validator->ReadLine(kAnswerTimeout);
    } catch (const std::exception&) {  // it exited or hung: answered below
      answer.clear();
    }
  }
  nlohmann::json violations = nlohmann::json::parse(answer, nullptr, /*allow_exceptions=*/false);
  if (!violations.is_array()) {
    validator.reset();  // the next check starts a new one
    return "the schema validator failed\n";
  }
  std::string errors;
  for (const nlohmann::json& violation : violations) errors += violation.get<std::string>() + "\n";
  return errors;
}

}  // namespace jobpipe::testing
