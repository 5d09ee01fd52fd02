#pragma once
// BCS_ASAN_BUILD: whether this test runs in the AddressSanitizer build (the "asan" preset, the
// build CI tests). A check that measures the process rather than the code under test must allow
// for it: ASan keeps freed memory in quarantine (a test of resident memory turns that off for
// itself with BCS_ASAN_DEFAULT_OPTIONS), and instrumented code runs several times slower.

#if defined(__SANITIZE_ADDRESS__) // gcc
#define BCS_ASAN_BUILD 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) // clang
#define BCS_ASAN_BUILD 1
#endif
#endif

// Options an ASan executable starts with (ASAN_OPTIONS in the environment still wins); a no-op in
// the normal build. Use once per test executable, at file scope.
#ifdef BCS_ASAN_BUILD
#define BCS_ASAN_DEFAULT_OPTIONS(options)                                                         \
    extern "C" const char *__asan_default_options() { return options; }
#else
#define BCS_ASAN_DEFAULT_OPTIONS(options)
#endif
