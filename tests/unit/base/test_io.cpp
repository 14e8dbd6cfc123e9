#include "vitk/base/io.hpp"

#include <cstdio>
#include <dirent.h>
#include <doctest/doctest.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <string>
#include <unistd.h>
#include <vector>

#include "vitk/base/error.hpp"

using namespace vitk;

namespace {

std::vector<std::string> lines_of(LineReader& reader) {
  std::vector<std::string> out;
  Line line;
  while (reader.next(line)) {
    out.push_back(line.too_long ? "<too long>" : std::string(line.text));
    CHECK(line.number == out.size());
  }
  return out;
}

/// A pipe whose read end yields `text`, written by the test before reading starts (it fits the pipe buffer
/// only for small text, so large inputs go through a temporary file).
int fd_with(const std::string& text) {
  FILE* file = std::tmpfile();
  REQUIRE(file != nullptr);
  REQUIRE(std::fwrite(text.data(), 1, text.size(), file) == text.size());
  std::fflush(file);
  const int fd = ::dup(fileno(file));
  std::fclose(file);
  ::lseek(fd, 0, SEEK_SET);
  return fd;
}

}  // namespace

TEST_CASE("lines from memory drop CR, the BOM and the last newline") {
  LineReader reader("\xEF\xBB\xBFnatto 50g\r\n\n2 eggs\n# end");
  CHECK(lines_of(reader) == std::vector<std::string>{"natto 50g", "", "2 eggs", "# end"});
}

TEST_CASE("a line put back is given again, with its number") {
  LineReader reader("Day,Food Name,Amount\n2026-11-24,kale,40.00 g\n");
  Line line;
  REQUIRE(reader.next(line));
  CHECK(line.text == "Day,Food Name,Amount");
  reader.put_back();
  REQUIRE(reader.next(line));
  CHECK(line.text == "Day,Food Name,Amount");
  CHECK(line.number == 1);
  REQUIRE(reader.next(line));
  CHECK(line.number == 2);
}

TEST_CASE("a line too long put back is given again as too long") {
  const std::string text = std::string(LineReader::kMaxLineBytes + 10, 'x') + "\nkale 1 cup\n";
  LineReader reader(text);
  Line line;
  REQUIRE(reader.next(line));
  CHECK(line.too_long);
  reader.put_back();
  REQUIRE(reader.next(line));
  CHECK(line.too_long);
  CHECK(line.number == 1);
  REQUIRE(reader.next(line));
  CHECK(line.text == "kale 1 cup");
  CHECK(line.number == 2);
}

TEST_CASE("an empty text has no lines") {
  LineReader reader("");
  CHECK(lines_of(reader).empty());
}

TEST_CASE("lines from a file descriptor cross block boundaries") {
  std::string text;
  std::vector<std::string> expected;
  for (int i = 0; i < 100000; ++i) {
    expected.push_back(std::string("food-") + std::to_string(i) + " 25g");
    text += expected.back() + "\n";
  }
  const int fd = fd_with(text);
  LineReader reader(fd, "big");
  CHECK(lines_of(reader) == expected);
  ::close(fd);
}

TEST_CASE("a line over the limit is reported and skipped whole") {
  const std::string text = std::string("kale\n") + std::string(LineReader::kMaxLineBytes + 10, 'x') + "\nspinach\n" +
                           std::string(3 * LineReader::kMaxLineBytes, 'y');
  const int fd = fd_with(text);
  LineReader reader(fd, "long");
  CHECK(lines_of(reader) == std::vector<std::string>{"kale", "<too long>", "spinach", "<too long>"});
  ::close(fd);
  LineReader memory(text);
  CHECK(lines_of(memory) == std::vector<std::string>{"kale", "<too long>", "spinach", "<too long>"});
}

TEST_CASE("a line of exactly the limit is kept") {
  const std::string text = std::string(LineReader::kMaxLineBytes, 'x') + "\n";
  const int fd = fd_with(text);
  LineReader reader(fd, "exact");
  Line line;
  REQUIRE(reader.next(line));
  CHECK_FALSE(line.too_long);
  CHECK(line.text.size() == LineReader::kMaxLineBytes);
  ::close(fd);
}

TEST_CASE("read_file reads whole files and names the ones it cannot read") {
  CHECK_THROWS_WITH_AS(read_file("/nonexistent/x.toml", 1000), "cannot read '/nonexistent/x.toml': No such file or directory",
                       Error);
  CHECK_THROWS_WITH_AS(read_file("/", 1000), "cannot read '/': Is a directory", Error);
  CHECK(read_file("/dev/null", 1000).empty());
  try {
    read_file("/dev/zero", 1024 * 1024);
    FAIL("expected an error");
  } catch (const Error& error) {
    CHECK(error.kind() == ErrorKind::data);
    CHECK(std::string(error.what()) == "file is larger than 1 MiB");
  }
}

TEST_CASE("write_all reports a full disk") {
  const int fd = ::open("/dev/full", O_WRONLY);
  REQUIRE(fd >= 0);
  CHECK_THROWS_WITH_AS(write_all(fd, "report"), "write error: No space left on device", Error);
  ::close(fd);
}

namespace {

std::string slurp(const std::string& path) { return read_file(path, 1 << 20); }

std::string scratch_folder() {
  char folder[] = "/tmp/vitk-atomic-XXXXXX";
  REQUIRE(::mkdtemp(folder) != nullptr);
  return folder;
}

std::size_t entries(const std::string& folder) {
  std::size_t count = 0;
  DIR* dir = ::opendir(folder.c_str());
  while (const dirent* entry = ::readdir(dir)) count += entry->d_name[0] != '.' || entry->d_name[1] > '.' ? 1 : 0;
  ::closedir(dir);
  return count;
}

}  // namespace

TEST_CASE("an atomic file replaces the old one only on commit") {
  const std::string folder = scratch_folder();
  const std::string path = folder + "/report.txt";
  {
    AtomicFile file(path);
    write_all(file.fd(), "first\n");
    CHECK(entries(folder) == 1);  // the temporary file, hidden
    file.commit();
  }
  CHECK(slurp(path) == "first\n");
  ::chmod(path.c_str(), 0640);
  {
    AtomicFile file(path);
    write_all(file.fd(), "half a rep");
    // destroyed without commit: a failed run
  }
  CHECK(slurp(path) == "first\n");
  CHECK(entries(folder) == 1);
  {
    AtomicFile file(path);
    write_all(file.fd(), "second\n");
    file.commit();
  }
  CHECK(slurp(path) == "second\n");
  struct stat info {};
  REQUIRE(::stat(path.c_str(), &info) == 0);
  CHECK((info.st_mode & 0777) == 0640);  // the old file's permissions
  ::unlink(path.c_str());
  ::rmdir(folder.c_str());
}

TEST_CASE("an atomic file names the path it cannot write") {
  CHECK_THROWS_WITH_AS(AtomicFile("/nonexistent-folder/report.txt"),
                       "cannot write '/nonexistent-folder/report.txt': No such file or directory", Error);
  CHECK_THROWS_WITH_AS(AtomicFile("/tmp"), "cannot write '/tmp': Is a directory", Error);
}

TEST_CASE("an output file replaces what a link leads to and writes to anything else as it is") {
  const std::string folder = scratch_folder();
  const std::string target = folder + "/target.txt", link = folder + "/link.txt";
  {
    std::FILE* f = std::fopen(target.c_str(), "w");
    std::fputs("old\n", f);
    std::fclose(f);
  }
  REQUIRE(::symlink("target.txt", link.c_str()) == 0);
  {
    OutputFile output(link);
    CHECK_FALSE(output.direct());
    write_all(output.fd(), "new\n");
    output.commit();
  }
  struct stat info {};
  REQUIRE(::lstat(link.c_str(), &info) == 0);
  CHECK(S_ISLNK(info.st_mode));  // the link stays
  CHECK(slurp(target) == "new\n");
  CHECK(same_file(link, target));
  CHECK_FALSE(same_file(link, folder + "/missing.txt"));

  const std::string dangling = folder + "/dangling.txt";
  REQUIRE(::symlink("new.txt", dangling.c_str()) == 0);
  {
    OutputFile output(dangling);
    write_all(output.fd(), "made\n");
    output.commit();
  }
  CHECK(slurp(folder + "/new.txt") == "made\n");

  OutputFile null("/dev/null");
  CHECK(null.direct());
  write_all(null.fd(), "gone\n");
  null.commit();
  OutputFile full("/dev/full");
  CHECK(full.direct());
  CHECK_THROWS_WITH_AS(write_all(full.fd(), "x", "/dev/full"), "cannot write '/dev/full': No space left on device",
                       Error);
  CHECK_THROWS_WITH_AS(OutputFile{folder}, ("cannot write '" + folder + "': Is a directory").c_str(), Error);

  for (const char* name : {"/target.txt", "/link.txt", "/dangling.txt", "/new.txt"}) ::unlink((folder + name).c_str());
  ::rmdir(folder.c_str());
}
