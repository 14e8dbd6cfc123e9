// The floor of a one-off query: a program that links what vitk links (CLI11, fmt, toml++, libstdc++), parses
// its arguments and prints one line. vitk's start-up is measured against it (bench/run).
#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <toml++/toml.h>

int main(int argc, char** argv) {
  CLI::App app{"floor"};
  std::vector<std::string> items;
  app.add_option("items", items);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& error) {
    return app.exit(error);
  }
  if (items.size() > 100) (void)toml::parse(std::string_view(items.front()));  // keeps toml++ linked
  fmt::print("{}\n", items.empty() ? std::string() : items.front());
}
