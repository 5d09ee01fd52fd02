#pragma once
// `--demo`: makes sure the demo cache exists in <data dir>/demo before the app opens it,
// building it the first time (a few seconds) off the GUI thread, with a progress dialog in the
// window and progress lines in a terminal. Returns an error message, empty when ready.

#include <QString>

namespace bcs {

QString prepareDemoCache(const QString &directory, bool withWindow);

} // namespace bcs
