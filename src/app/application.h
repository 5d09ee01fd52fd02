#pragma once
// Wiring: creates every long-lived object (clock, rate limiter, API server, window) once, here,
// and passes them to whoever needs them — no singletons. Returns the process exit code.

namespace bcs {

int runApplication(int argc, char **argv);

} // namespace bcs
