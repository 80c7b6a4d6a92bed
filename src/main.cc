// practrack: the DevOps practices tracker. Everything lives in the
// library; main only tunes the allocator and hands over the arguments.
#include <malloc.h>

#include "cli/app.h"

int main(int argc, char** argv) {
  // A scan allocates from several threads at once; glibc grows a thread's
  // heap a few pages at a time, each growth a system call made under the
  // arena's lock, which the other threads then wait on. Growing by 64 MiB
  // reserves address space, not memory: pages count only once touched.
  mallopt(M_TOP_PAD, 64 << 20);
  return practrack::cli::run(argc, argv);
}
