#include "fakes/fakeballchasingserver.h"

#include "api/httpcompat.h"
#include "core/rfc3339.h"
#include "fakes/fixtures.h"
#include "fakes/replaygenerator.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>
#include <cmath>
#include <memory>

namespace bcs::test {

// Lives in the server thread: owns the QHttpServer and the responders still waiting to answer.
class FakeServerWorker : public QObject
{
public:
    explicit FakeServerWorker(FakeBallchasingServer *owner) : m_owner(owner) {}

    quint16 listen()
    {
        m_http = new QHttpServer(this);
        httpcompat::routeEverythingTo(
            *m_http, [this](const QHttpServerRequest &request, QHttpServerResponder &responder) {
                handle(request, responder);
            });
        return httpcompat::listen(*m_http, QHostAddress(QHostAddress::LocalHost), 0, nullptr);
    }

private:
    void handle(const QHttpServerRequest &request, QHttpServerResponder &responder)
    {
        const bool isGet = request.method() == QHttpServerRequest::Method::Get;
        FakeBallchasingServer::Answer answer;
        {
            QMutexLocker lock(&m_owner->m_mutex);
            answer = m_owner->answer(
                isGet ? QStringLiteral("GET") : QStringLiteral("OTHER"), request.url().path(),
                QUrlQuery(request.url().query(QUrl::FullyEncoded)), request.value("Authorization"));
        }
        // The client may leave before a delayed answer; Qt then deletes the connection that the
        // responder points to (see api/responder.h).
        const QPointer<QTcpSocket> socket = responder.socket();
        auto held = std::make_shared<QHttpServerResponder>(std::move(responder));
        if (answer.hold) {
            m_held.push_back(held); // a hung upstream: the client's timeout must deal with it
            return;
        }
        auto send = [this, held, answer, socket] {
            if (!socket) {
                m_owner->responseWritten();
                return;
            }
            QHttpServerResponse response(
                answer.contentType, answer.body,
                static_cast<QHttpServerResponse::StatusCode>(answer.status));
            for (const auto &[name, value] : answer.headers)
                response.setHeader(name, value);
            httpcompat::sendResponse(*held, response);
            m_owner->responseWritten();
        };
        if (answer.delayMs > 0)
            QTimer::singleShot(std::chrono::milliseconds(answer.delayMs), Qt::PreciseTimer, this,
                               send);
        else
            send();
    }

    FakeBallchasingServer *m_owner;
    QHttpServer *m_http = nullptr;
    std::vector<std::shared_ptr<QHttpServerResponder>> m_held;
};

namespace {

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray errorBody(const QString &message)
{
    return compact({{QStringLiteral("error"), message}});
}

qint64 upstreamDateMs(const QJsonObject &object, const char *field)
{
    const auto parsed = parseRfc3339(object.value(QLatin1String(field)).toString());
    return parsed ? parsed->toMSecsSinceEpoch() : 0;
}

QString cursorFor(qint64 keyMs, const QString &id)
{
    const QByteArray raw = QString::asprintf("%.12e_", double(keyMs)).toLatin1() + id.toUtf8();
    return QString::fromLatin1(raw.toBase64());
}

} // namespace

FakeBallchasingServer::FakeBallchasingServer(QObject *parent) : QObject(parent)
{
    m_monotonic.start();
    setTier(m_tier);
}

FakeBallchasingServer::~FakeBallchasingServer()
{
    stop();
}

bool FakeBallchasingServer::start()
{
    if (m_thread.isRunning())
        return baseUrl().port() > 0;
    auto *worker = new FakeServerWorker(this);
    m_thread.start(worker);
    const quint16 port = m_thread.runBlocking([worker] { return worker->listen(); });
    QMutexLocker lock(&m_mutex);
    m_port = port;
    return port != 0;
}

void FakeBallchasingServer::stop()
{
    m_thread.stop();
    QMutexLocker lock(&m_mutex);
    m_port = 0;
}

QUrl FakeBallchasingServer::baseUrl() const
{
    QMutexLocker lock(&m_mutex);
    return QUrl(QStringLiteral("http://127.0.0.1:%1/api").arg(m_port));
}

void FakeBallchasingServer::setApiKey(const QString &key)
{
    QMutexLocker lock(&m_mutex);
    m_apiKey = key;
}

void FakeBallchasingServer::setTier(const QString &tier)
{
    QMutexLocker lock(&m_mutex);
    m_tier = tier;
    m_rules = rateLimitsForTier(tier);
}

void FakeBallchasingServer::setRules(EndpointGroup group, const QList<RateRule> &rules)
{
    QMutexLocker lock(&m_mutex);
    m_rules.insert(group, rules);
}

void FakeBallchasingServer::setEnforceLimits(bool enforce)
{
    QMutexLocker lock(&m_mutex);
    m_enforce = enforce;
}

void FakeBallchasingServer::setSendRetryAfter(std::optional<int> seconds)
{
    QMutexLocker lock(&m_mutex);
    m_retryAfterOnViolation = seconds;
}

void FakeBallchasingServer::setLatency(int ms, int jitterMs)
{
    QMutexLocker lock(&m_mutex);
    m_latencyMs = ms;
    m_jitterMs = jitterMs;
}

void FakeBallchasingServer::injectFault(FaultKind kind, const QString &pathContains, int times,
                                        int retryAfterSeconds)
{
    QMutexLocker lock(&m_mutex);
    m_faults.append({kind, pathContains, times, retryAfterSeconds});
}

void FakeBallchasingServer::clearFaults()
{
    QMutexLocker lock(&m_mutex);
    m_faults.clear();
}

void FakeBallchasingServer::addReplays(const QList<QJsonObject> &details)
{
    QMutexLocker lock(&m_mutex);
    for (const QJsonObject &detail : details) {
        StoredReplay stored;
        stored.id = detail.value(QStringLiteral("id")).toString();
        stored.body = compact(detail);
        stored.summary = compact(ReplayGenerator::summaryFromDetail(detail));
        stored.dateMs = upstreamDateMs(detail, "date");
        stored.createdMs = upstreamDateMs(detail, "created");
        stored.uploaderSteamId = detail.value(QStringLiteral("uploader"))
                                     .toObject()
                                     .value(QStringLiteral("steam_id"))
                                     .toString();
        stored.playlistId = detail.value(QStringLiteral("playlist_id")).toString();
        for (const char *color : {"blue", "orange"}) {
            for (const QJsonValue player : detail.value(QLatin1String(color))
                                               .toObject()
                                               .value(QStringLiteral("players"))
                                               .toArray()) {
                const QJsonObject object = player.toObject();
                const QJsonObject id = object.value(QStringLiteral("id")).toObject();
                stored.playerNames << object.value(QStringLiteral("name")).toString().toLower();
                stored.playerIds << id.value(QStringLiteral("platform")).toString() +
                                        QLatin1Char(':') +
                                        id.value(QStringLiteral("id")).toString();
            }
        }
        const auto existing = m_replayIndex.constFind(stored.id);
        if (existing != m_replayIndex.cend()) {
            m_replays[*existing] = stored; // re-adding replaces, e.g. pending -> ok
        } else {
            m_replayIndex.insert(stored.id, m_replays.size());
            m_replays.append(stored);
        }
    }
}

void FakeBallchasingServer::clearReplays()
{
    QMutexLocker lock(&m_mutex);
    m_replays.clear();
    m_replayIndex.clear();
}

int FakeBallchasingServer::replayCount() const
{
    QMutexLocker lock(&m_mutex);
    return static_cast<int>(m_replays.size());
}

QString FakeBallchasingServer::ownerSteamId() const
{
    return QString::fromLatin1(ReplayGenerator::kDefaultOwnerSteamId);
}

QList<RecordedRequest> FakeBallchasingServer::requests() const
{
    QMutexLocker lock(&m_mutex);
    return m_requests;
}

int FakeBallchasingServer::requestCount(EndpointGroup group) const
{
    QMutexLocker lock(&m_mutex);
    int count = 0;
    for (const RecordedRequest &request : m_requests) {
        const bool isList = request.path == QLatin1String("/api/replays");
        count += (isList == (group == EndpointGroup::List)) ? 1 : 0;
    }
    return count;
}

int FakeBallchasingServer::rateLimitViolations() const
{
    QMutexLocker lock(&m_mutex);
    return m_violations;
}

int FakeBallchasingServer::maxInFlight() const
{
    QMutexLocker lock(&m_mutex);
    return m_maxInFlight;
}

void FakeBallchasingServer::resetCounters()
{
    QMutexLocker lock(&m_mutex);
    m_requests.clear();
    m_violations = 0;
    m_maxInFlight = m_inFlight;
}

void FakeBallchasingServer::responseWritten()
{
    QMutexLocker lock(&m_mutex);
    --m_inFlight;
}

bool FakeBallchasingServer::violatesLimitLocked(EndpointGroup group, qint64 nowNs)
{
    QList<qint64> &arrivals = m_arrivals[group];
    arrivals.append(nowNs);
    const QList<RateRule> rules = m_rules.value(group);
    qint64 longestNs = 0;
    bool violated = false;
    for (const RateRule &rule : rules) {
        const qint64 windowNs = rule.windowMs * 1'000'000;
        longestNs = std::max(longestNs, windowNs);
        // Arrivals in (now - window, now], this one included.
        const auto first = std::upper_bound(arrivals.cbegin(), arrivals.cend(), nowNs - windowNs);
        if (arrivals.cend() - first > rule.count)
            violated = true;
    }
    const auto expired = std::upper_bound(arrivals.cbegin(), arrivals.cend(), nowNs - longestNs);
    arrivals.erase(arrivals.cbegin(), expired);
    return violated && m_enforce;
}

std::optional<FakeBallchasingServer::Fault>
FakeBallchasingServer::takeFaultLocked(const QString &path)
{
    for (qsizetype i = 0; i < m_faults.size(); ++i) {
        Fault &fault = m_faults[i];
        if (!path.contains(fault.pathContains))
            continue;
        const Fault taken = fault;
        if (--fault.remaining <= 0)
            m_faults.removeAt(i);
        return taken;
    }
    return std::nullopt;
}

FakeBallchasingServer::Answer FakeBallchasingServer::answer(const QString &method,
                                                            const QString &path,
                                                            const QUrlQuery &query,
                                                            const QByteArray &authorization)
{
    const qint64 nowNs = m_monotonic.nsecsElapsed();
    const bool isList = path == QLatin1String("/api/replays");
    const EndpointGroup group = isList ? EndpointGroup::List : EndpointGroup::Get;
    ++m_inFlight;
    m_maxInFlight = std::max(m_maxInFlight, m_inFlight);

    Answer result;
    if (m_latencyMs > 0 || m_jitterMs > 0) {
        m_randomState = m_randomState * 1103515245u + 12345u; // a fixed LCG: reproducible jitter
        const int jitter =
            m_jitterMs > 0 ? int((m_randomState >> 8) % quint32(2 * m_jitterMs + 1)) - m_jitterMs
                           : 0;
        result.delayMs = std::max(0, m_latencyMs + jitter);
    }

    const auto finish = [&](int status) {
        result.status = status;
        m_requests.append({method, path, query, authorization, nowNs, status});
        return result;
    };

    // Every request counts against the window, the refused ones too.
    if (violatesLimitLocked(group, nowNs)) {
        ++m_violations;
        result.body.clear();
        if (m_retryAfterOnViolation)
            result.headers.append({"Retry-After", QByteArray::number(*m_retryAfterOnViolation)});
        return finish(429);
    }
    if (const auto fault = takeFaultLocked(path)) {
        switch (fault->kind) {
        case FaultKind::Status500:
            result.body = readFixture(QStringLiteral("errors/error_500_server_fault.json"));
            return finish(500);
        case FaultKind::Status502Html:
            result.contentType = "text/html";
            result.body =
                "<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>";
            return finish(502);
        case FaultKind::Status503:
            result.body = errorBody(QStringLiteral("maintenance"));
            return finish(503);
        case FaultKind::Status504:
            result.contentType = "text/html";
            result.body = "<html><body>504 Gateway Time-out</body></html>";
            return finish(504);
        case FaultKind::TruncatedJson: {
            Answer full = method == QLatin1String("GET")
                              ? answer(method, path, query, authorization)
                              : result;
            --m_inFlight; // the inner call counted this request again
            m_requests.removeLast();
            result.body = full.body.left(full.body.size() / 2);
            return finish(200);
        }
        case FaultKind::HtmlBody:
            result.contentType = "text/html";
            result.body = "<!DOCTYPE html><html><body>Please log in to the Wi-Fi</body></html>";
            return finish(200);
        case FaultKind::RateLimited:
            return finish(429);
        case FaultKind::RateLimitedRetryAfter:
            result.headers.append({"Retry-After", QByteArray::number(fault->retryAfterSeconds)});
            return finish(429);
        case FaultKind::Timeout:
            result.hold = true;
            return finish(0);
        case FaultKind::Unauthorized:
            result.body = readFixture(QStringLiteral("errors/error_401_missing_api_key.json"));
            return finish(401);
        case FaultKind::NotFound:
            result.body = errorBody(QStringLiteral("not found"));
            return finish(404);
        case FaultKind::BadRequest:
            result.body = readFixture(QStringLiteral("errors/error_400_upload_not_a_replay.json"));
            return finish(400);
        }
    }
    if (QString::fromUtf8(authorization) != m_apiKey || m_apiKey.isEmpty()) {
        result.body = readFixture(QStringLiteral("errors/error_401_missing_api_key.json"));
        return finish(401);
    }
    if (method != QLatin1String("GET")) {
        result.body = errorBody(QStringLiteral("method not allowed"));
        return finish(405);
    }
    if (path == QLatin1String("/api/") || path == QLatin1String("/api")) {
        QJsonObject ping = readFixtureObject(QStringLiteral("ping_response_regular.json"));
        ping.insert(QStringLiteral("type"), m_tier);
        ping.insert(QStringLiteral("steam_id"), ownerSteamId());
        result.body = compact(ping);
        return finish(200);
    }
    if (path == QLatin1String("/api/maps")) {
        result.body = readFixture(QStringLiteral("maps_response.json"));
        return finish(200);
    }
    if (isList) {
        const Answer list = listReplays(query);
        result.body = list.body;
        return finish(list.status);
    }
    static const QString detailPrefix = QStringLiteral("/api/replays/");
    if (path.startsWith(detailPrefix)) {
        const auto found = m_replayIndex.constFind(path.mid(detailPrefix.size()));
        if (found == m_replayIndex.cend()) {
            result.body = errorBody(QStringLiteral("replay not found"));
            return finish(404);
        }
        result.body = m_replays[*found].body;
        return finish(200);
    }
    result.body = errorBody(QStringLiteral("not found"));
    return finish(404);
}

FakeBallchasingServer::Answer FakeBallchasingServer::listReplays(const QUrlQuery &query) const
{
    Answer result;
    const auto value = [&query](const char *name) {
        return query.queryItemValue(QLatin1String(name), QUrl::FullyDecoded);
    };
    const auto values = [&query](const char *name) {
        return query.allQueryItemValues(QLatin1String(name), QUrl::FullyDecoded);
    };
    const auto badRequest = [&result](const QString &message) {
        result.status = 400;
        result.body = errorBody(message);
        return result;
    };

    int pageSize = 150;
    if (query.hasQueryItem(QStringLiteral("count"))) {
        bool ok = false;
        pageSize = value("count").toInt(&ok);
        if (!ok || pageSize < 1 || pageSize > 200)
            return badRequest(QStringLiteral("count must be between 1 and 200"));
    }
    struct DateFilter
    {
        const char *name;
        bool onCreated;
        bool isAfter;
        std::optional<qint64> bound;
    };
    DateFilter dateFilters[] = {{"replay-date-after", false, true, {}},
                                {"replay-date-before", false, false, {}},
                                {"created-after", true, true, {}},
                                {"created-before", true, false, {}}};
    for (DateFilter &filter : dateFilters) {
        if (!query.hasQueryItem(QLatin1String(filter.name)))
            continue;
        const auto parsed = parseRfc3339(value(filter.name));
        if (!parsed)
            return badRequest(
                QStringLiteral("%1: invalid RFC3339 date").arg(QLatin1String(filter.name)));
        filter.bound = parsed->toMSecsSinceEpoch();
    }
    const bool byReplayDate = value("sort-by") == QLatin1String("replay-date");
    const bool ascending = value("sort-dir") == QLatin1String("asc");
    const QString uploader = value("uploader");
    const QStringList playlists = values("playlist");
    const QStringList names = values("player-name");
    const QStringList playerIds = values("player-id");

    std::optional<QPair<qint64, QString>> cursor;
    if (query.hasQueryItem(QStringLiteral("after"))) {
        const QByteArray decoded = QByteArray::fromBase64(value("after").toLatin1());
        const qsizetype underscore = decoded.indexOf('_');
        bool ok = false;
        const double key = decoded.left(underscore).toDouble(&ok);
        if (underscore < 0 || !ok)
            return badRequest(QStringLiteral("invalid after cursor"));
        cursor =
            qMakePair(qint64(std::llround(key)), QString::fromUtf8(decoded.mid(underscore + 1)));
    }

    QList<const StoredReplay *> matching;
    for (const StoredReplay &replay : m_replays) {
        bool keep = true;
        for (const DateFilter &filter : dateFilters) {
            if (!filter.bound)
                continue;
            const qint64 at = filter.onCreated ? replay.createdMs : replay.dateMs;
            keep = keep && (filter.isAfter ? at >= *filter.bound : at <= *filter.bound);
        }
        if (!uploader.isEmpty())
            keep = keep && replay.uploaderSteamId ==
                               (uploader == QLatin1String("me") ? ownerSteamId() : uploader);
        if (!playlists.isEmpty())
            keep = keep && playlists.contains(replay.playlistId);
        if (!names.isEmpty())
            keep = keep && std::any_of(names.cbegin(), names.cend(), [&](const QString &name) {
                       return replay.playerNames.contains(name.toLower());
                   });
        if (!playerIds.isEmpty())
            keep = keep &&
                   std::any_of(playerIds.cbegin(), playerIds.cend(),
                               [&](const QString &id) { return replay.playerIds.contains(id); });
        if (keep)
            matching.append(&replay);
    }
    const auto keyOf = [byReplayDate](const StoredReplay *replay) {
        return qMakePair(byReplayDate ? replay->dateMs : replay->createdMs, replay->id);
    };
    std::sort(matching.begin(), matching.end(), [&](const StoredReplay *a, const StoredReplay *b) {
        return ascending ? keyOf(a) < keyOf(b) : keyOf(b) < keyOf(a);
    });
    const qsizetype total = matching.size();
    if (cursor) {
        const auto after =
            std::find_if(matching.cbegin(), matching.cend(), [&](const StoredReplay *replay) {
                return ascending ? *cursor < keyOf(replay) : keyOf(replay) < *cursor;
            });
        matching.erase(matching.cbegin(), after);
    }

    // {"count", "list", "next"}: keys in the order QJsonDocument writes them.
    QByteArrayList rows;
    for (qsizetype i = 0; i < std::min<qsizetype>(pageSize, matching.size()); ++i)
        rows.append(matching[i]->summary);
    result.body = "{\"count\":" + QByteArray::number(qMin<qsizetype>(total, 10000)) +
                  ",\"list\":[" + rows.join(',') + ']';
    if (matching.size() > pageSize) {
        const auto last = keyOf(matching[pageSize - 1]);
        // Like the real server, `next` keeps only the cursor: a client must re-send its filters.
        const QString next = QStringLiteral("http://127.0.0.1:%1/api/replays?after=%2")
                                 .arg(m_port)
                                 .arg(QString::fromLatin1(QUrl::toPercentEncoding(
                                     cursorFor(last.first, last.second))));
        result.body += ",\"next\":\"" + next.toUtf8() + '"'; // percent-encoded: nothing to escape
    }
    result.body += '}';
    return result;
}

} // namespace bcs::test
