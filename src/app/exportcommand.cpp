#include "app/exportcommand.h"

#include "api/apierror.h"
#include "api/apirequest.h"
#include "api/controllers/statscontroller.h"
#include "app/commandline.h"
#include "gui/common/tableexport.h"
#include "gui/models/comparisonmodel.h"
#include "gui/models/gamegroupsmodel.h"
#include "gui/models/lineupsmodel.h"
#include "gui/models/replaysmodel.h"
#include "gui/roles/playerstablemodel.h"
#include "gui/roles/roleeditor.h"
#include "stats/analyses.h"
#include "stats/playeraccounts.h"
#include "stats/replaylist.h"
#include "stats/rolecomparison.h"
#include "stats/roleresolver.h"
#include "stats/roles.h"
#include "stats/scorelines.h"
#include "storage/database.h"
#include "storage/rolerepository.h"
#include "storage/storageerror.h"

#include <QCoreApplication>
#include <cstdio>
#include <memory>

namespace bcs {

namespace {

struct ExportTr
{
    Q_DECLARE_TR_FUNCTIONS(bcs::ExportCommand)
};

void printError(const QString &message)
{
    std::fprintf(stderr, "bcstats: %s\n", qPrintable(message));
}

// The model a table name stands for, filled for `filter`; null with `error` set when the
// cache cannot answer it.
std::unique_ptr<QAbstractItemModel> fillModel(const Database &database, const QString &table,
                                              const StatsFilter &filter, bool totals,
                                              QString *error)
{
    QSqlDatabase db = database.connection(Database::Access::ReadOnly);
    const PlayerConfig config = RoleRepository(db).config();
    if (table == QLatin1String("players")) {
        auto *editor = new RoleEditor;
        auto model = std::make_unique<PlayersTableModel>(editor);
        editor->setParent(model.get());
        editor->load(config);
        model->setPlayers(playerAccounts(db), playerLastSeen(db));
        return model;
    }
    if (table == QLatin1String("replays")) { // every cached replay: no "me" needed
        auto model = std::make_unique<ReplaysModel>(nullptr);
        ReplayQuery query;
        query.filter = filter;
        model->setRows(replayListPage(database, query, 0, -1));
        return model;
    }
    if (!meIsConfigured(config)) {
        *error = ExportTr::tr("the %1 table is from your side, and no name is yours yet: say "
                              "which names are yours on the Players page (or PUT "
                              "/api/players/config)")
                     .arg(table);
        return nullptr;
    }
    if (table == QLatin1String("lineups")) {
        auto model = std::make_unique<LineupsModel>();
        model->setLineups(lineups(db, filter));
        return model;
    }
    if (table == QLatin1String("games")) {
        auto model = std::make_unique<GameGroupsModel>(GameGroupsModel::tr("Game"));
        model->setGroups({}, gameRows(database, filter, -1, 0, Coverage::Listed));
        return model;
    }
    if (table == QLatin1String("scoreline")) {
        auto model = std::make_unique<GameGroupsModel>(GameGroupsModel::tr("Score (mine first)"));
        const QList<GameRow> games = gameRows(database, filter, -1, 0, Coverage::Listed);
        model->setGroups(scoreGroups(scorelines(database, filter), games), games);
        return model;
    }
    // stats: every compared role, as the Stats page's table; teammates / opponents: those
    // columns of it (the roles /api/stats/teammates and /api/stats/opponents answer).
    RoleComparison comparison = compareRoles(database, config, filter);
    if (table == QLatin1String("teammates"))
        comparison.roles.removeIf([](const ComparedRole &compared) {
            return compared.role.role != role::AnonTeammate
                   && !compared.role.role.startsWith(QLatin1String("teammate:"));
        });
    else if (table == QLatin1String("opponents"))
        comparison.roles.removeIf(
            [](const ComparedRole &compared) { return compared.role.role != role::AnonOpponent; });
    auto model = std::make_unique<ComparisonModel>();
    model->setComparison(comparison);
    model->setValues(totals ? ComparisonValues::Totals : ComparisonValues::PerGame);
    return model;
}

} // namespace

int runExportCommand(const Database &database, const CommandLine &commandLine)
{
    ApiRequest request;
    request.method = QStringLiteral("GET");
    for (const auto &[name, value] : commandLine.exportQuery)
        request.query.addQueryItem(name, value);
    StatsFilter filter;
    try {
        filter = StatsController::readFilter(request);
    } catch (const ApiError &badFilter) {
        printError(badFilter.detail);
        return 2;
    }
    std::unique_ptr<QAbstractItemModel> model;
    QString error;
    try {
        model = fillModel(database, commandLine.exportTable, filter, commandLine.exportTotals,
                          &error);
    } catch (const StorageError &storageError) {
        error = storageError.message;
    }
    if (!model) {
        printError(error);
        return 1;
    }
    if (commandLine.exportOut.isEmpty()) {
        const QByteArray csv = tableexport::csv(*model);
        if (std::fwrite(csv.constData(), 1, size_t(csv.size()), stdout) != size_t(csv.size())
            || std::fflush(stdout) != 0) {
            printError(ExportTr::tr("could not write the CSV to the standard output"));
            return 1;
        }
        return 0;
    }
    if (!tableexport::writeCsv(*model, commandLine.exportOut, &error)) {
        printError(error);
        return 1;
    }
    std::fprintf(stderr, "%s\n",
                 qPrintable(ExportTr::tr("bcstats: %1 rows written to %2")
                                .arg(model->rowCount())
                                .arg(commandLine.exportOut)));
    return 0;
}

} // namespace bcs
