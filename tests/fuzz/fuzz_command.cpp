// libFuzzer target: the whole command, in-process. The input is the arguments, one per line, then a NUL byte,
// then standard input. The command runs in an empty scratch folder with no configuration, and arguments that
// would reach outside it (a '/') are left out. The food table is tests/fuzz/foods.toml. It must return a documented exit code, whatever it is given.
// Run it with -close_fd_mask=3: the command's output is not the point.
#include <cstdint>
#include <cstdlib>
#include <dirent.h>
#include <fcntl.h>
#include <string>
#include <string_view>
#include <sys/mman.h>
#include <unistd.h>
#include <vector>

#include "vitk/cli/cli.hpp"

namespace {

std::string scratch;

void empty_scratch() {
  DIR* dir = ::opendir(scratch.c_str());
  if (dir == nullptr) return;
  while (const dirent* entry = ::readdir(dir)) {
    const std::string name = entry->d_name;
    if (name != "." && name != "..") ::unlink((scratch + "/" + name).c_str());
  }
  ::closedir(dir);
}

void remove_scratch() {
  empty_scratch();
  ::rmdir(scratch.c_str());
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  char folder[] = "/tmp/vitk-fuzz-XXXXXX";
  if (::mkdtemp(folder) == nullptr || ::chdir(folder) != 0) std::abort();
  scratch = folder;
  std::atexit(remove_scratch);
  ::setenv("HOME", folder, 1);
  ::setenv("XDG_CONFIG_HOME", folder, 1);
  ::setenv("XDG_DATA_HOME", folder, 1);
  ::unsetenv("VITK_CONFIG");
  ::unsetenv("VITK_FOODS");
  // Run with -close_fd_mask=3 to silence the reports and messages; libFuzzer keeps its own.
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const std::size_t split = input.find('\0');
  const std::string_view arguments = input.substr(0, split);
  const std::string_view stdin_text = split == std::string_view::npos ? std::string_view() : input.substr(split + 1);

  // A small food table in place of the built-in one, whose loading would take most of each run.
  std::vector<std::string> words = {"vitk", "--no-builtin", "--foods", VITK_FUZZ_FOODS};
  for (std::size_t start = 0; start <= arguments.size() && words.size() < 28;) {
    const std::size_t end = std::min(arguments.find('\n', start), arguments.size());
    const std::string_view word = arguments.substr(start, end - start);
    if (word.find('/') == std::string_view::npos && (start < arguments.size() || !word.empty())) words.emplace_back(word);
    start = end + 1;
  }
  std::vector<const char*> argv;
  for (const std::string& word : words) argv.push_back(word.c_str());
  argv.push_back(nullptr);

  const int in = ::memfd_create("stdin", 0);
  if (in < 0) std::abort();
  if (!stdin_text.empty() && ::write(in, stdin_text.data(), stdin_text.size()) != static_cast<ssize_t>(stdin_text.size())) {
    std::abort();
  }
  ::lseek(in, 0, SEEK_SET);
  ::dup2(in, STDIN_FILENO);
  ::close(in);

  const int status = vitk::run(static_cast<int>(words.size()), argv.data());
  if (status < 0 || status > 4) std::abort();
  empty_scratch();
  return 0;
}
