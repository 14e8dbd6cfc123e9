#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace vitk {

/// The whole of a file (`-` is standard input), at most `max_bytes`. Directories and unreadable files throw
/// an io Error naming the path; a longer file throws a data Error, with `too_large` as its message when given.
std::string read_file(const std::string& path, std::size_t max_bytes, std::string_view too_large = {});

/// One line of an input, without its line ending. `too_long` means `text` holds only the start of the line.
struct Line {
  std::string_view text;
  std::uint32_t number = 0;
  bool too_long = false;
};

/// Reads lines from a file descriptor in large blocks, so a log of any size streams in constant memory.
/// Drops a UTF-8 byte-order mark at the start of any line and the `\r` of CRLF endings.
class LineReader {
 public:
  static constexpr std::size_t kMaxLineBytes = 16 * 1024;

  /// Reads from `fd`, which the caller keeps open; `name` is for messages.
  LineReader(int fd, std::string name);
  /// Reads the bytes [begin, end) of a regular file with pread, leaving its offset alone: one part of a file
  /// read by one of several threads. Lines are numbered from 1 within the part.
  LineReader(int fd, std::string name, std::uint64_t begin, std::uint64_t end);
  /// Reads lines from text already in memory.
  explicit LineReader(std::string_view text);

  /// The next line, or false at the end. Throws an io Error when reading fails.
  bool next(Line& line);
  /// Makes the next call of next() give the line the last one gave again (a line too long again as too long):
  /// for a reader that looks at the first line to learn what kind of input it is.
  void put_back();

  enum class Block { lines, end, too_long };
  /// For fast readers that number no lines: every complete line now buffered (at least one), each ending in
  /// '\n' except perhaps the last line of the input; `too_long` when a line exceeds kMaxLineBytes.
  Block next_block(std::string_view& lines);
  const std::string& name() const { return name_; }

 private:
  bool fill();

  int fd_ = -1;
  bool ranged_ = false;
  std::uint64_t offset_ = 0;     ///< the next byte to pread, when ranged
  std::uint64_t range_end_ = 0;
  bool strip_bom_ = true;
  std::string name_;
  std::vector<char> buffer_;
  std::string_view memory_;
  std::size_t begin_ = 0;
  std::size_t end_ = 0;
  bool eof_ = false;
  std::uint32_t number_ = 0;
  std::size_t line_begin_ = 0;  ///< where the line that next() gave last begins
  bool last_too_long_ = false;   ///< the line next() gave last was too long (and is skipped)
  bool replay_too_long_ = false; ///< put_back() of a line too long: the next next() gives it again
};

/// An opened input file that closes itself; `-` is standard input, which is left open.
class InputFile {
 public:
  explicit InputFile(const std::string& path);
  ~InputFile();
  InputFile(const InputFile&) = delete;
  InputFile& operator=(const InputFile&) = delete;
  int fd() const { return fd_; }

 private:
  int fd_ = -1;
  bool owned_ = false;
};

/// A file replaced whole or not at all: writes go to a temporary file in the same folder, which commit() renames
/// over `path`. Destroyed without commit(), it removes the temporary file and leaves an old `path` as it was.
/// The new file keeps the permissions of the old one (a new one gets 0666 less the umask).
class AtomicFile {
 public:
  /// Throws an io Error (`cannot write 'path': ...`) when the folder cannot take a new file.
  explicit AtomicFile(std::string path);
  ~AtomicFile();
  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;

  int fd() const { return fd_; }
  /// Flushes the data to disk and puts the file in place; throws an io Error when that fails.
  void commit();

 private:
  std::string path_;
  std::string temporary_;
  int fd_ = -1;
};

/// The regular file that `path` names, its symbolic links followed (a file to replace keeps its links), or
/// `path` itself when nothing is there yet. Throws an io Error (`cannot write 'path': ...`) for a folder, a
/// device, a FIFO or a loop of links.
std::string regular_file_path(const std::string& path);

/// An exclusive lock (flock(2)) on the file at `path`, for a file that is replaced by renaming a new one over it
/// (AtomicFile): it holds the file that is at `path` once locked, an empty one made when there is none, so that
/// one writer at a time reads and replaces it. Waits for the lock. Throws an io Error when the file cannot be
/// opened or made (`cannot write 'path': ...`).
class FileLock {
 public:
  explicit FileLock(const std::string& path);
  ~FileLock();
  FileLock(const FileLock&) = delete;
  FileLock& operator=(const FileLock&) = delete;

 private:
  int fd_ = -1;
};

/// Where a report named by a path goes. A regular file, or a new one, is replaced whole or not at all: an
/// AtomicFile in the folder of the file a symbolic link leads to (the link stays). Anything else a path can
/// name (a FIFO, a terminal, /dev/null, /dev/full, /dev/stdout and other open descriptors under /proc) is
/// written to directly, as it is: there is no file to replace.
class OutputFile {
 public:
  /// Throws an io Error (`cannot write 'path': ...`) when the path cannot take the report.
  explicit OutputFile(const std::string& path);

  int fd() const { return atomic_ ? atomic_->fd() : direct_fd_; }
  /// Whether writes go straight to the path (no temporary file, nothing to commit).
  bool direct() const { return !atomic_; }
  /// Puts a replaced file in place; for a direct output, closes it and reports a late write error.
  void commit();
  ~OutputFile();
  OutputFile(const OutputFile&) = delete;
  OutputFile& operator=(const OutputFile&) = delete;

 private:
  std::string path_;
  std::unique_ptr<AtomicFile> atomic_;
  int direct_fd_ = -1;
};

/// Whether two paths name the same file (same device and inode, links followed); false when either is missing.
bool same_file(const std::string& a, const std::string& b);

/// Removes the temporary file of the AtomicFile being written, if any: for a handler of SIGTERM, SIGINT or
/// SIGHUP, which must leave nothing behind. Async-signal-safe.
void remove_pending_temporary() noexcept;

/// Writes all of `data` to `fd`; throws an io Error when the system refuses: `write error: ...`, or with a
/// `path`, `cannot write 'path': ...`.
void write_all(int fd, std::string_view data, std::string_view path = {});

}  // namespace vitk
