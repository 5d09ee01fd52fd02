#pragma once
// The window's icons: the system theme's where it has one (QIcon::fromTheme), else the bundled
// outline SVG drawn in the palette's text colour, so an icon reads in light and dark palettes.

#include <QIcon>

class QPalette;

namespace bcs::icons {

// `name`: sync, players, stats, analysis, replays, settings, key, welcome.
QIcon themed(const QString &name, const QPalette &palette);

} // namespace bcs::icons
