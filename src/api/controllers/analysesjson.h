#pragma once
// The JSON of the analyses' typed results (stats/scorelines.h, gamerows.h, correlation.h), in
// the seed's shapes (SEED_API.md) with our extra fields after them. Written as JSON text: a
// correlation has a point per game (20,000 of them), see core/jsontext.h. The lineups
// (stats/analyses.h), a few rows, are built as a QJsonArray (keys sorted, as always answered).

#include "stats/analyses.h"
#include "stats/correlation.h"
#include "stats/gamerows.h"
#include "stats/scorelines.h"

#include <QByteArray>
#include <QJsonArray>

namespace bcs {

QByteArray scorelinesJson(const QList<ScorelineRow> &rows);
QByteArray gameRowsJson(const QList<GameRow> &rows);
QByteArray correlationJson(const Correlation &correlation);
QJsonArray lineupsJson(const QList<LineupRow> &rows);

} // namespace bcs
