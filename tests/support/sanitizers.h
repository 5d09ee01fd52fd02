#pragma once
// Whether this test runs in the AddressSanitizer build (the "asan" preset). Checks that measure
// the process rather than the code under test — resident memory (ASan keeps freed memory in
// quarantine) and real-time pacing (the instrumented code runs several times slower) — hold
// only in the normal build, which CI runs too.

namespace bcs::test {

#if defined(__SANITIZE_ADDRESS__) // gcc
inline constexpr bool kSanitizedBuild = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) // clang
inline constexpr bool kSanitizedBuild = true;
#else
inline constexpr bool kSanitizedBuild = false;
#endif
#else
inline constexpr bool kSanitizedBuild = false;
#endif

} // namespace bcs::test
