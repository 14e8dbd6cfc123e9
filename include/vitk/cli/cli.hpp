#pragma once

namespace vitk {

/// Exit codes of vitk, documented in vitk(1) and kept stable.
enum ExitCode : int {
  kExitOk = 0,
  kExitCheckFailed = 1,
  kExitUsage = 2,
  kExitBadData = 3,
  kExitIo = 4,
};

/// The whole command: parses argv, reads the inputs, prints the report. Returns the exit code.
int run(int argc, const char* const* argv);

}  // namespace vitk
