# Turns one data file into a C++ source defining
#   namespace jobpipe::embedded { extern const std::string_view <SYMBOL>; }
# so lexicons stay plain text files in data/ yet ship inside the binary.
# Usage: cmake -DIN=file -DOUT=file.cc -DSYMBOL=name -P embed_file.cmake
file(READ "${IN}" hex HEX)
string(LENGTH "${hex}" hex_length)
math(EXPR size "${hex_length} / 2")
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "'\\\\x\\1'," bytes "${hex}")
file(WRITE "${OUT}.tmp"
  "// Generated from ${IN}; do not edit.\n"
  "#include <string_view>\n"
  "namespace jobpipe::embedded {\n"
  "static const char ${SYMBOL}_bytes[] = {${bytes} '\\0'};\n"
  "extern const std::string_view ${SYMBOL};\n"
  "const std::string_view ${SYMBOL}(${SYMBOL}_bytes, ${size});\n"
  "}  // namespace jobpipe::embedded\n")
file(RENAME "${OUT}.tmp" "${OUT}")
