#include <fstream>
#include <iostream>
#include <iterator>

#include "ingest/ingest.h"

namespace jobpipe {

// Placeholder: reads bytes, no validation yet.
Result<Document> ReadLocalInput(const std::string& name) {
  Document doc;
  doc.source.type = SourceType::kText;
  doc.source.name = name;
  if (name == "-") {
    doc.body.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
  } else {
    std::ifstream in(name, std::ios::binary);
    if (!in) return MakeError(ErrorCode::kUnreadable, name + ": cannot open file");
    doc.body.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  }
  if (doc.body.empty()) return MakeError(ErrorCode::kEmpty, name + ": input is empty");
  return doc;
}

}  // namespace jobpipe
