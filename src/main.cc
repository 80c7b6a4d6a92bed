// practrack: the DevOps practices tracker. Everything lives in the
// library; main only hands over the arguments.
#include "cli/app.h"

int main(int argc, char** argv) { return practrack::cli::run(argc, argv); }
