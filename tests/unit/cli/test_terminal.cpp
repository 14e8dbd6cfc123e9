#include "vitk/cli/terminal.hpp"

#include <doctest/doctest.h>

using namespace vitk;

TEST_CASE("colour: only on a terminal, never with NO_COLOR or TERM=dumb, unless forced") {
  CHECK(use_color(ColorMode::automatic, true, nullptr, "xterm-256color"));
  CHECK_FALSE(use_color(ColorMode::automatic, false, nullptr, "xterm-256color"));
  CHECK_FALSE(use_color(ColorMode::automatic, true, "1", "xterm"));
  CHECK(use_color(ColorMode::automatic, true, "", "xterm"));  // NO_COLOR set but empty does not count
  CHECK_FALSE(use_color(ColorMode::automatic, true, nullptr, "dumb"));
  CHECK_FALSE(use_color(ColorMode::automatic, true, nullptr, nullptr));
  CHECK(use_color(ColorMode::always, false, "1", "dumb"));
  CHECK_FALSE(use_color(ColorMode::never, true, nullptr, "xterm"));
  CHECK(parse_color_mode("auto") == ColorMode::automatic);
  CHECK_FALSE(parse_color_mode("yes"));
}
