#pragma once
// What the window's filter bar offers and counts (gui/filters/filterbar.h): the playlists and
// maps present in the cache, with how many games each has, and how many games a filter keeps.

#include "stats/statsfilter.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace bcs {

struct FilterChoice
{
    QString value; // what the filter takes: the playlist id or the map code
    QString name;  // display name; the value when ballchasing gave none
    int games = 0;
};

struct FilterChoices
{
    QList<FilterChoice> playlists; // most games first
    QList<FilterChoice> maps;      // by name
    QList<int> teamSizes;          // present in the cache, ascending
};

FilterChoices filterChoices(QSqlDatabase db); // throws StorageError

struct FilteredCount
{
    int listed = 0;   // every listed game the filter keeps
    int detailed = 0; // of those, with details cached
};

FilteredCount filteredCount(QSqlDatabase db, const StatsFilter &filter); // throws StorageError

} // namespace bcs
