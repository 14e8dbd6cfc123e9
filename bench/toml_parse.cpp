// toml++'s own parse of a file, for the table-loading target of bench/run: reads the file and parses it, nothing
// more.
#include <fstream>
#include <iostream>
#include <sstream>
#include <toml++/toml.h>

int main(int argc, char** argv) {
  if (argc != 2) return 2;
  std::ifstream file(argv[1], std::ios::binary);
  std::stringstream text;
  text << file.rdbuf();
  const std::string content = text.str();
  const toml::table table = toml::parse(std::string_view(content), std::string_view(argv[1]));
  std::cout << table.size() << "\n";
}
