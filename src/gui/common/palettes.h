#pragma once
// Light and dark palettes for `--palette` (screenshots, and a check that every page reads in
// both whatever the system's look): Fusion's own light palette, and a dark one built the same
// way. The running app otherwise follows the system palette.

#include <QPalette>

namespace bcs::palettes {

QPalette light();
QPalette dark();
// Fusion and the palette on the whole application; false for an unknown name.
bool apply(const QString &name);

} // namespace bcs::palettes
