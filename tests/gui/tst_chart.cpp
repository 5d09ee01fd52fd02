// The chart behind charts/chart.h as the pages use it: grouped bars with intervals on
// categories, lines on dates against two axes, points with a line on values; the palette's
// colours in light and dark; clicks mapped back to the spec's points; PNG export. Setting
// BCS_TEST_SHOTS=DIR keeps the rendered PNGs to look at.

#include "gui/charts/chart.h"
#include "gui/common/palettes.h"
#include "gui/common/rolecolours.h"
#include "support/warningguard.h"

#include <QApplication>
#include <QBarSet>
#include <QChartView>
#include <QImage>
#include <QAction>
#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QXYSeries>

using namespace bcs;

namespace {
ChartSpec lineupBars()
{
    ChartSpec spec;
    spec.categories = {QStringLiteral("alone"), QStringLiteral("alice"),
                       QStringLiteral("alice + bob")};
    spec.xTitle = QStringLiteral("Lineup");
    spec.yTitle = QStringLiteral("Win rate (%)");
    spec.yMin = 0;
    spec.yMax = 100;
    ChartSeries me;
    me.name = QStringLiteral("Win rate");
    me.colour = QColor(0x00, 0x72, 0xB2);
    // Category 1 left out on purpose: bar sets index by category, the spec by point.
    me.points = {{0, 48.0, 41.0, 55.0, QStringLiteral("alone: 48 % of 120 games")},
                 {2, 61.5, 50.0, 72.0, {}}};
    spec.series = {me};
    return spec;
}

ChartSpec trendLines()
{
    ChartSpec spec;
    spec.xAxis = ChartSpec::XAxis::Dates;
    spec.xTitle = QStringLiteral("Week");
    spec.yTitle = QStringLiteral("Saves per game");
    spec.secondaryTitle = QStringLiteral("Games");
    const QDateTime start(QDate(2026, 1, 5), QTime(0, 0));
    ChartSeries saves{ChartSeries::Kind::Line, QStringLiteral("Me"), QColor(0x00, 0x72, 0xB2), {}, false};
    ChartSeries games{ChartSeries::Kind::Bars, QStringLiteral("Games"), QColor(0x99, 0x99, 0x99), {}, true};
    for (int week = 0; week < 20; ++week) {
        const double x = double(start.addDays(7 * week).toMSecsSinceEpoch());
        saves.points.append({x, 1.2 + 0.05 * week, {}, {}, {}});
        games.points.append({x, double(10 + week % 4), {}, {}, {}});
    }
    spec.series = {games, saves};
    return spec;
}

ChartSpec scatter()
{
    ChartSpec spec;
    spec.xAxis = ChartSpec::XAxis::Values;
    spec.xTitle = QStringLiteral("Saves");
    spec.yTitle = QStringLiteral("Goal difference");
    ChartSeries points{ChartSeries::Kind::Points, QStringLiteral("Games"), QColor(0x00, 0x72, 0xB2), {}, false};
    for (int i = 0; i < 200; ++i)
        points.points.append({double(i % 7), double((i * 37) % 9 - 4), {}, {}, {}});
    ChartSeries line{ChartSeries::Kind::Line, QStringLiteral("Least squares"), QColor(0xD5, 0x5E, 0x00), {}, false};
    line.points = {{0, -1.5, {}, {}, {}}, {6, 1.8, {}, {}, {}}};
    spec.series = {points, line};
    return spec;
}

// Share of pixels close to `colour`: the series were drawn in their colours.
double shareOf(const QImage &image, const QColor &colour)
{
    int hits = 0;
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2) {
            const QColor pixel = image.pixelColor(x, y);
            if (std::abs(pixel.red() - colour.red()) < 24 && std::abs(pixel.green() - colour.green()) < 24 &&
                std::abs(pixel.blue() - colour.blue()) < 24)
                ++hits;
        }
    }
    return double(hits) / (image.width() * image.height() / 4.0);
}
} // namespace

class TestChart : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::WarningGuard::install(); }
    void cleanup() { QCOMPARE(test::WarningGuard::take(), QStringList()); }

    void drawsEverySpecInBothPalettes_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<QString>("palette");
        for (const QString &palette : {QStringLiteral("light"), QStringLiteral("dark")}) {
            QTest::addRow("bars-%s", qPrintable(palette)) << 0 << palette;
            QTest::addRow("lines-%s", qPrintable(palette)) << 1 << palette;
            QTest::addRow("scatter-%s", qPrintable(palette)) << 2 << palette;
        }
    }
    void drawsEverySpecInBothPalettes()
    {
        QFETCH(int, which);
        QFETCH(QString, palette);
        const QPalette colours = palette == QLatin1String("dark") ? palettes::dark() : palettes::light();
        QWidget window;
        window.setPalette(colours);
        std::unique_ptr<Chart> chart(createChart(&window));
        const ChartSpec spec = which == 0 ? lineupBars() : which == 1 ? trendLines() : scatter();
        chart->setSpec(spec);
        QCOMPARE(chart->spec(), spec);
        chart->resize(720, 420);
        window.resize(720, 420);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QImage image = chart->grab().toImage();
        // The background is the palette's base colour, and the first series shows in its colour.
        QVERIFY(shareOf(image, colours.color(QPalette::Base)) > 0.3);
        QVERIFY2(shareOf(image, spec.series.first().colour) > 0.002, "series colour not drawn");
        QTemporaryDir directory;
        const QString shots = qEnvironmentVariable("BCS_TEST_SHOTS");
        const QString path = (shots.isEmpty() ? directory.path() : shots) +
                             QStringLiteral("/chart-%1-%2.png").arg(which).arg(palette);
        QString error;
        QVERIFY2(chart->savePng(path, &error), qPrintable(error));
        const QImage saved(path);
        QCOMPARE(saved.size(), chart->size() * 2); // twice the size, for sharpness
    }

    void clicksMapToTheSpecsPoints()
    {
        std::unique_ptr<Chart> chart(createChart());
        chart->setSpec(lineupBars());
        QSignalSpy clicks(chart.get(), &Chart::pointClicked);
        const QList<QBarSet *> sets = chart->findChildren<QChartView *>().first()->chart()->findChildren<QBarSet *>();
        QCOMPARE(sets.size(), 1);
        Q_EMIT sets.first()->clicked(2); // category 2 is the spec's second point
        QCOMPARE(clicks.size(), 1);
        QCOMPARE(clicks.first().at(0).toInt(), 0);
        QCOMPARE(clicks.first().at(1).toInt(), 1);
        Q_EMIT sets.first()->clicked(1); // a category without a point: nothing behind it
        QCOMPARE(clicks.size(), 1);

        chart->setSpec(scatter());
        clicks.clear();
        QXYSeries *line = nullptr;
        for (QXYSeries *series : chart->findChildren<QChartView *>().first()->chart()->findChildren<QXYSeries *>()) {
            if (series->name() == QLatin1String("Least squares"))
                line = series;
        }
        QVERIFY(line);
        Q_EMIT line->clicked(QPointF(5.8, 1.7));
        QCOMPARE(clicks.size(), 1);
        QCOMPARE(clicks.first().at(0).toInt(), 1);
        QCOMPARE(clicks.first().at(1).toInt(), 1); // the nearest point: (6, 1.8)
    }

    void emptySpecSaysWhy()
    {
        std::unique_ptr<Chart> chart(createChart());
        ChartSpec spec;
        spec.emptyText = QStringLiteral("No ranked games under this filter.");
        spec.series = {ChartSeries{}};
        chart->setSpec(spec);
        chart->resize(400, 300);
        chart->show();
        QVERIFY(QTest::qWaitForWindowExposed(chart.get()));
        bool said = false;
        for (const QLabel *label : chart->findChildren<QLabel *>())
            said = said || (label->isVisible() && label->text() == spec.emptyText);
        QVERIFY(said);
    }

    void everyChartSavesItselfFromItsContextMenu()
    {
        std::unique_ptr<Chart> chart(createChart());
        QCOMPARE(chart->contextMenuPolicy(), Qt::ActionsContextMenu);
        QStringList texts;
        for (const QAction *action : chart->actions())
            texts << action->text();
        QVERIFY2(texts.contains(QStringLiteral("Save chart as PNG…")), qPrintable(texts.join(u',')));
    }
};

QTEST_MAIN(TestChart)
#include "tst_chart.moc"
