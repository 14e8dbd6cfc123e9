#include "vitk/base/io.hpp"

#include <algorithm>
#include <cerrno>
#include <climits>
#include <csignal>
#include <cstdint>
#include <cstring>
#include <ctime>
#include <fcntl.h>
#include <fmt/format.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include "vitk/base/error.hpp"

namespace vitk {

namespace {

constexpr std::size_t kReadBlock = 64 * 1024;  // four times the longest line kept

std::string display_name(const std::string& path) { return path == "-" ? "<stdin>" : path; }

[[noreturn]] void throw_io(const std::string& path, int error_number) {
  throw Error(ErrorKind::io, fmt::format("cannot read '{}': {}", display_name(path), std::strerror(error_number)));
}

int open_input(const std::string& path) {
  if (path == "-") return STDIN_FILENO;
  int fd = -1;
  do {
    fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  } while (fd < 0 && errno == EINTR);
  if (fd < 0) throw_io(path, errno);
  struct stat info {};
  if (::fstat(fd, &info) != 0 || S_ISDIR(info.st_mode)) {
    const int error_number = S_ISDIR(info.st_mode) ? EISDIR : errno;
    ::close(fd);
    throw_io(path, error_number);
  }
  return fd;
}

std::size_t read_some(int fd, char* data, std::size_t size, const std::string& name) {
  for (;;) {
    const ssize_t got = ::read(fd, data, size);
    if (got >= 0) return static_cast<std::size_t>(got);
    if (errno != EINTR) throw_io(name, errno);
  }
}

}  // namespace

InputFile::InputFile(const std::string& path) : fd_(open_input(path)), owned_(path != "-") {}

InputFile::~InputFile() {
  if (owned_) ::close(fd_);
}

std::string read_file(const std::string& path, std::size_t max_bytes, std::string_view too_large_message) {
  InputFile file(path);
  const auto too_large = [&] {
    return Error(ErrorKind::data, SourceLocation{display_name(path)},
                 too_large_message.empty() ? fmt::format("file is larger than {} MiB", max_bytes / (1024 * 1024))
                                           : std::string(too_large_message));
  };
  std::string text;
  // A regular file says its size: refuse a big one unread, and read a small one into a string of its size
  // (growing a string by doubling would need twice the memory).
  struct stat info {};
  if (::fstat(file.fd(), &info) == 0 && S_ISREG(info.st_mode)) {
    if (static_cast<std::uint64_t>(info.st_size) > max_bytes) throw too_large();
    text.reserve(static_cast<std::size_t>(info.st_size) + kReadBlock);
  }
  for (;;) {
    const std::size_t old_size = text.size();
    text.resize(old_size + kReadBlock);
    const std::size_t got = read_some(file.fd(), text.data() + old_size, kReadBlock, path);
    text.resize(old_size + got);
    if (got == 0) break;
    if (text.size() > max_bytes) throw too_large();
  }
  return text;
}

LineReader::LineReader(int fd, std::string name) : fd_(fd), name_(std::move(name)), buffer_(kReadBlock) {}

LineReader::LineReader(int fd, std::string name, std::uint64_t begin, std::uint64_t end)
    : fd_(fd), ranged_(true), offset_(begin), range_end_(end), strip_bom_(begin == 0), name_(std::move(name)),
      buffer_(kReadBlock) {}

LineReader::LineReader(std::string_view text) : memory_(text), end_(text.size()), eof_(true) {}

bool LineReader::fill() {
  // Move the unread tail to the front, then read after it.
  if (begin_ > 0) {
    std::memmove(buffer_.data(), buffer_.data() + begin_, end_ - begin_);
    end_ -= begin_;
    begin_ = 0;
  }
  if (end_ == buffer_.size()) return true;  // full of one line: the caller cuts it
  std::size_t got = 0;
  if (ranged_) {
    const std::size_t want = static_cast<std::size_t>(
        std::min<std::uint64_t>(buffer_.size() - end_, range_end_ > offset_ ? range_end_ - offset_ : 0));
    for (;;) {
      const ssize_t read = want == 0 ? 0 : ::pread(fd_, buffer_.data() + end_, want, static_cast<off_t>(offset_));
      if (read >= 0) {
        got = static_cast<std::size_t>(read);
        break;
      }
      if (errno != EINTR) throw_io(name_, errno);
    }
    offset_ += got;
  } else {
    got = read_some(fd_, buffer_.data() + end_, buffer_.size() - end_, name_);
  }
  if (got == 0) eof_ = true;
  end_ += got;
  return got > 0;
}

bool LineReader::next(Line& line) {
  if (replay_too_long_) {
    replay_too_long_ = false;
    line.number = ++number_;
    line.text = std::string_view();
    line.too_long = true;
    return true;
  }
  const bool from_memory = fd_ < 0;
  std::size_t newline = std::string_view::npos;
  for (;;) {
    const std::string_view pending = from_memory ? memory_.substr(begin_) : std::string_view(buffer_.data() + begin_, end_ - begin_);
    newline = pending.find('\n');
    if (newline != std::string_view::npos || eof_ || pending.size() > kMaxLineBytes) break;
    fill();
  }
  if (begin_ == end_ && eof_) return false;

  line_begin_ = begin_;
  const std::string_view pending =
      from_memory ? memory_.substr(begin_) : std::string_view(buffer_.data() + begin_, end_ - begin_);
  line.number = ++number_;
  line.too_long = false;
  last_too_long_ = false;
  const std::size_t length = newline == std::string_view::npos ? pending.size() : newline;
  if (length > kMaxLineBytes) {
    // Too long to be a meal line: skip it without keeping it, so memory stays bounded.
    line.text = std::string_view();
    line.too_long = true;
    last_too_long_ = true;
    while (newline == std::string_view::npos && !eof_) {
      begin_ = end_;
      fill();
      newline = std::string_view(buffer_.data() + begin_, end_ - begin_).find('\n');
    }
    begin_ = newline == std::string_view::npos ? end_ : begin_ + newline + 1;
    return true;
  }
  line.text = pending.substr(0, length);
  begin_ += newline == std::string_view::npos ? length : length + 1;
  if (!line.text.empty() && line.text.back() == '\r') line.text.remove_suffix(1);
  // A byte-order mark starts the line of a file that was saved with one: at the top, or after another file's
  // lines in `cat a.txt b.txt`.
  if (line.text.substr(0, 3) == "\xEF\xBB\xBF") line.text.remove_prefix(3);
  return true;
}

void LineReader::put_back() {
  // A line too long to keep was skipped as it was read: it is given again as such.
  if (last_too_long_) {
    replay_too_long_ = true;
  } else {
    begin_ = line_begin_;
  }
  --number_;
}

LineReader::Block LineReader::next_block(std::string_view& lines) {
  const bool from_memory = fd_ < 0;
  for (;;) {
    const std::string_view pending =
        from_memory ? memory_.substr(begin_) : std::string_view(buffer_.data() + begin_, end_ - begin_);
    const std::size_t last_newline = pending.rfind('\n');
    if (last_newline != std::string_view::npos || (eof_ && !pending.empty())) {
      std::size_t length = last_newline == std::string_view::npos || eof_ ? pending.size() : last_newline + 1;
      lines = pending.substr(0, length);
      begin_ += length;
      if (number_ == 0 && strip_bom_ && lines.substr(0, 3) == "\xEF\xBB\xBF") lines.remove_prefix(3);
      ++number_;
      // A line longer than the limit cannot be in one block: the next lines tell.
      std::size_t line_start = 0;
      for (std::size_t at = lines.find('\n'); ; at = lines.find('\n', line_start)) {
        const std::size_t line_end = at == std::string_view::npos ? lines.size() : at;
        if (line_end - line_start > kMaxLineBytes) return Block::too_long;
        if (at == std::string_view::npos) break;
        line_start = at + 1;
      }
      return Block::lines;
    }
    if (eof_) return Block::end;
    if (pending.size() > kMaxLineBytes) return Block::too_long;
    fill();
  }
}

void write_all(int fd, std::string_view data, std::string_view path) {
  while (!data.empty()) {
    const ssize_t wrote = ::write(fd, data.data(), data.size());
    if (wrote < 0) {
      if (errno == EINTR) continue;
      if (!path.empty()) throw Error(ErrorKind::io, fmt::format("cannot write '{}': {}", path, std::strerror(errno)));
      throw Error(ErrorKind::io, fmt::format("write error: {}", std::strerror(errno)));
    }
    data.remove_prefix(static_cast<std::size_t>(wrote));
  }
}

namespace {

[[noreturn]] void throw_write(const std::string& path, int error_number) {
  throw Error(ErrorKind::io, fmt::format("cannot write '{}': {}", path, std::strerror(error_number)));
}

mode_t mode_for(const std::string& path) {
  struct stat info {};
  if (::stat(path.c_str(), &info) == 0 && S_ISREG(info.st_mode)) return info.st_mode & 07777;
  const mode_t mask = ::umask(0);
  ::umask(mask);
  return 0666 & ~mask;
}

// The temporary file being written, for a signal handler to remove: one at a time in vitk. Set once the file
// is made, cleared once it is renamed or removed (a handler in between finds the name gone).
char g_pending[4096];
volatile std::sig_atomic_t g_pending_set = 0;

void set_pending(const std::string& temporary) {
  g_pending_set = 0;
  if (temporary.size() >= sizeof g_pending) return;
  std::memcpy(g_pending, temporary.c_str(), temporary.size() + 1);
  g_pending_set = 1;
}

}  // namespace

void remove_pending_temporary() noexcept {
  if (g_pending_set) ::unlink(g_pending);
}

namespace {

/// The folder of a path, with its trailing slash, or empty for a name in the working folder.
std::string folder_of(const std::string& path) {
  const std::size_t slash = path.rfind('/');
  return slash == std::string::npos ? std::string() : path.substr(0, slash + 1);
}

/// Whether `path` lies in /proc, where links such as /proc/self/fd/1 name open descriptors, not files.
bool in_proc(const std::string& path) {
  char resolved[PATH_MAX];
  const std::string folder = folder_of(path);
  if (::realpath(folder.empty() ? "." : folder.c_str(), resolved) == nullptr) return false;
  return std::string_view(resolved).starts_with("/proc/") || std::string_view(resolved) == "/proc";
}

struct OutputPlan {
  bool direct = false;
  std::string path;  ///< the file to replace, links followed; or the path to open as it is
};

/// Follows the links of `path` one by one to what the report should replace or write to.
OutputPlan plan_output(const std::string& path) {
  std::string current = path;
  for (int hops = 0; hops < 40; ++hops) {
    struct stat info {};
    if (::lstat(current.c_str(), &info) != 0) {
      if (errno == ENOENT) return {false, current};  // a new file: its folder is checked when it is made
      throw_write(path, errno);
    }
    if (in_proc(current)) return {true, path};
    if (S_ISLNK(info.st_mode)) {
      std::string target(PATH_MAX, '\0');
      const ssize_t length = ::readlink(current.c_str(), target.data(), target.size());
      if (length < 0) throw_write(path, errno);
      target.resize(static_cast<std::size_t>(length));
      current = target.starts_with('/') ? target : folder_of(current) + target;
      continue;
    }
    if (S_ISDIR(info.st_mode)) throw_write(path, EISDIR);
    if (S_ISREG(info.st_mode)) return {false, current};
    return {true, path};  // a FIFO, a device, a socket: written as it is
  }
  throw_write(path, ELOOP);
}

}  // namespace

std::string regular_file_path(const std::string& path) {
  const OutputPlan plan = plan_output(path);
  if (plan.direct) throw_write(path, EINVAL);
  return plan.path;
}

FileLock::FileLock(const std::string& path) {
  for (;;) {
    do {
      fd_ = ::open(path.c_str(), O_RDONLY | O_CREAT | O_CLOEXEC | O_NOCTTY, 0666);
    } while (fd_ < 0 && errno == EINTR);
    if (fd_ < 0) throw_write(path, errno);
    int locked = 0;
    do {
      locked = ::flock(fd_, LOCK_EX);
    } while (locked != 0 && errno == EINTR);
    if (locked != 0) {
      const int error_number = errno;
      ::close(fd_);
      throw_write(path, error_number);
    }
    // The one who held the lock may have put a new file in place: lock that one instead.
    struct stat held {}, now {};
    if (::fstat(fd_, &held) == 0 && ::stat(path.c_str(), &now) == 0 && held.st_dev == now.st_dev &&
        held.st_ino == now.st_ino) {
      return;
    }
    ::close(fd_);
  }
}

FileLock::~FileLock() {
  if (fd_ >= 0) ::close(fd_);
}

OutputFile::OutputFile(const std::string& path) : path_(path) {
  const OutputPlan plan = plan_output(path);
  if (!plan.direct) {
    atomic_ = std::make_unique<AtomicFile>(plan.path);
    return;
  }
  do {
    direct_fd_ = ::open(path.c_str(), O_WRONLY | O_CLOEXEC | O_NOCTTY);
  } while (direct_fd_ < 0 && errno == EINTR);
  if (direct_fd_ < 0) throw_write(path, errno);
}

OutputFile::~OutputFile() {
  if (direct_fd_ >= 0) ::close(direct_fd_);
}

void OutputFile::commit() {
  if (atomic_) {
    atomic_->commit();
    return;
  }
  const int fd = direct_fd_;
  direct_fd_ = -1;
  if (fd >= 0 && ::close(fd) != 0 && errno != EINTR) throw_write(path_, errno);
}

bool same_file(const std::string& a, const std::string& b) {
  struct stat first {}, second {};
  return ::stat(a.c_str(), &first) == 0 && ::stat(b.c_str(), &second) == 0 && first.st_dev == second.st_dev &&
         first.st_ino == second.st_ino;
}

AtomicFile::AtomicFile(std::string path) : path_(std::move(path)) {
  struct stat info {};
  if (::stat(path_.c_str(), &info) == 0 && S_ISDIR(info.st_mode)) throw_write(path_, EISDIR);
  const std::size_t slash = path_.rfind('/');
  const std::string folder = slash == std::string::npos ? std::string() : path_.substr(0, slash + 1);
  const std::string base = slash == std::string::npos ? path_ : path_.substr(slash + 1);
  // The name is made known to the signal handler before the file exists, so that a signal the moment after it is
  // made still finds it (mkostemp would make it first); a name that is taken is tried again with other letters.
  // O_EXCL keeps the letters from replacing anything, so they need only differ: the clock and the process id.
  static constexpr std::string_view kLetters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
  timespec now {};
  ::clock_gettime(CLOCK_REALTIME, &now);
  std::uint64_t letters = static_cast<std::uint64_t>(now.tv_nsec) ^ (static_cast<std::uint64_t>(now.tv_sec) << 20) ^
                          (static_cast<std::uint64_t>(::getpid()) << 40);
  for (int attempt = 0; fd_ < 0; ++attempt) {
    temporary_ = folder + "." + base + ".vitk-";
    for (int k = 0; k < 6; ++k) {
      letters = letters * 6364136223846793005ULL + 1442695040888963407ULL;
      temporary_ += kLetters[(letters >> 33) % kLetters.size()];
    }
    set_pending(temporary_);
    fd_ = ::open(temporary_.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd_ < 0 && (errno != EEXIST || attempt == 100)) {
      const int error_number = errno;
      g_pending_set = 0;
      temporary_.clear();
      throw_write(path_, error_number);
    }
  }
  ::fchmod(fd_, mode_for(path_));
}

AtomicFile::~AtomicFile() {
  if (fd_ >= 0) ::close(fd_);
  if (!temporary_.empty()) ::unlink(temporary_.c_str());
  g_pending_set = 0;
}

void AtomicFile::commit() {
  if (::fsync(fd_) != 0 && errno != EINVAL) throw_write(path_, errno);
  const int fd = fd_;
  fd_ = -1;
  if (::close(fd) != 0) throw_write(path_, errno);
  if (::rename(temporary_.c_str(), path_.c_str()) != 0) throw_write(path_, errno);
  g_pending_set = 0;  // a handler before this finds the name gone: nothing to remove
  temporary_.clear();
}

}  // namespace vitk
