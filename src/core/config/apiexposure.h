#pragma once
// Whether a configured listen host stays on this machine, and the refusal when it does not and
// no bearer token guards it (DESIGN.md §8) — one rule and one message for the API server at
// start-up and the window's settings before they save anything.

#include <QString>

namespace bcs {

bool isLoopbackHost(const QString &host);

// Empty when `host` may be listened on with `token`; else why not and what to do.
QString apiExposureProblem(const QString &host, const QString &token);

} // namespace bcs
