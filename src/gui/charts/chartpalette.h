#pragma once
// The palette's colours on a Qt Charts chart (UI.md: background Base, grid Mid, text Text), one
// definition for every chart of the window, so they all change together with the palette.

class QAbstractAxis;
class QChart;
class QChartView;
class QWidget;

namespace bcs::chartpalette {

// Background and frame of `chart` in `view` from `owner`'s palette.
void styleChart(QChart *chart, QChartView *view, const QWidget &owner);
// Labels, title, grid and line of `axis` from `owner`'s palette, labels at 90 % of its font.
void styleAxis(QAbstractAxis *axis, const QWidget &owner);

} // namespace bcs::chartpalette
