#pragma once
// The role colours of UI.md (Okabe–Ito, colour-blind safe), the same in every table tint, chart
// series and legend, and the blend that keeps text readable on a tint in light and dark palettes.

#include <QColor>

namespace bcs::colours {

QColor me();                 // #0072B2
QColor teammate(int index);  // named teammates in alias order: #009E73, #CC79A7, #56B4E9, #E69F00…
QColor anonTeammate();       // #999999
QColor opponents();          // #D55E00
// `colour` over `base` at 25 % opacity: a background that keeps the palette's text readable.
QColor tint(const QColor &colour, const QColor &base, double opacity = 0.25);

} // namespace bcs::colours
