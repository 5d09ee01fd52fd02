#pragma once
// The JSON of the results over time: a stat's trend per week or month (stats/trend.h) and my
// rank per ranked game (stats/rankhistory.h). Small answers, built as QJsonObjects (their keys
// sorted, as the answers always had them).

#include "stats/rankhistory.h"
#include "stats/trend.h"

#include <QJsonArray>
#include <QJsonObject>

namespace bcs {

QJsonObject trendJson(const Trend &trend);
QJsonArray rankHistoryJson(const QList<RankGame> &games);

} // namespace bcs
