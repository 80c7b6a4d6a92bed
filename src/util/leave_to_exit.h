// Memory a command still holds just before the process ends. Freeing a
// scan's 100,000 per-file results one allocation at a time takes longer
// than the kernel takes to drop the whole heap at exit, and the user waits
// for it: such memory is let go unfreed. Builds with a leak checker free
// it as usual, so that their reports stay about real leaks.
#pragma once

#include <memory>

namespace practrack {

#if defined(__SANITIZE_ADDRESS__)
constexpr bool kLeakChecked = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool kLeakChecked = true;
#else
constexpr bool kLeakChecked = false;
#endif
#else
constexpr bool kLeakChecked = false;
#endif

template <typename T>
void leave_to_exit(std::unique_ptr<T> owned) {
  if (!kLeakChecked) (void)owned.release();
}

}  // namespace practrack
