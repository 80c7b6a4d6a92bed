// The command line: parses arguments, runs one command, returns the exit
// code (cli/exit_codes.h). main() calls run() and nothing else.
#pragma once

namespace practrack::cli {

int run(int argc, char** argv);

}  // namespace practrack::cli
