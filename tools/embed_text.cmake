# Build-time: writes a C++ source that holds a text file as a std::string_view constant.
#   cmake -DINPUT=file -DOUTPUT=file.cpp -DNAME=kName -P embed_text.cmake
file(READ "${INPUT}" content)
string(FIND "${content}" ")vitk_text\"" clash)
if(NOT clash EQUAL -1)
  message(FATAL_ERROR "${INPUT} holds the raw string delimiter")
endif()
file(WRITE "${OUTPUT}.tmp" "// Generated from ${INPUT} by tools/embed_text.cmake. Do not edit.\n#include <string_view>\n\nnamespace vitk {\n\nextern const std::string_view ${NAME};\nconst std::string_view ${NAME} = R\"vitk_text(${content})vitk_text\";\n\n}  // namespace vitk\n")
file(RENAME "${OUTPUT}.tmp" "${OUTPUT}")
