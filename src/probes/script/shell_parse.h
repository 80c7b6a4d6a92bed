// Reading shell scripts without running them: the shell a shebang names,
// the strict-mode flags a script turns on, and its command lines.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace practrack::shell {

struct StrictFlags {
  bool errexit = false;
  bool nounset = false;
  bool pipefail = false;
  int line = 0;  // first line that turned a flag on; 0 when none
  bool all() const { return errexit && nounset && pipefail; }
};

// "bash" for "#!/bin/bash -e", "#!/usr/bin/env -S bash -eu"; "" when the
// first line is no shebang or names no POSIX-family shell.
std::string shebang_shell(std::string_view first_line);

// Flags set by the shebang's options and by every `set` command of the
// script (`set -euo pipefail`, `set -e -u -o pipefail`, `set -o errexit`,
// several `set` lines, `set -e; cd x`). Comments and heredoc bodies are
// not read.
StrictFlags strict_flags(std::string_view script);

struct Line {
  int line = 0;      // 1-based line where the command starts
  std::string text;  // continuation lines joined with one space
};

// The command lines of a script: comments, blanks, heredoc bodies and
// lines holding only shell keywords (fi, done, esac, `}` ...) are
// skipped; at most `max_lines` are returned.
std::vector<Line> command_lines(std::string_view script, std::size_t max_lines);

// Appends a continuation line to `joined` (whose trailing backslash is
// already removed): trailing blanks go, one space, the trimmed next line.
// In place and capped at 64 KiB, so a file of backslashes stays linear.
void append_continuation(std::string& joined, std::string_view next);

}  // namespace practrack::shell
