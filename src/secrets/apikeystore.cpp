#include "secrets/apikeystore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>
#include <qt6keychain/keychain.h>

namespace bcs {

namespace {

constexpr auto kKeyName = "ballchasing-api-key";

// lupdate reads the context from here; free functions have no class of their own.
struct KeyStoreTr
{
    Q_DECLARE_TR_FUNCTIONS(bcs::ApiKeyStore)
};

// Runs a keychain job to completion or timeout; returns false on timeout.
bool runJob(QKeychain::Job &job, int timeoutMs)
{
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    job.setAutoDelete(false);
    job.start();
    timeout.start(timeoutMs);
    loop.exec();
    return timeout.isActive();
}

QString keychainProblem(const QKeychain::Job &job)
{
    return KeyStoreTr::tr(
               "the system keychain is not available (%1); set BALLCHASING_API_KEY in the "
               "environment or in a .env file instead")
        .arg(job.errorString());
}

} // namespace

ApiKeyStore::ApiKeyStore(QString service, int timeoutMs)
    : m_service(std::move(service))
    , m_timeoutMs(timeoutMs)
{}

ApiKeyLookup ApiKeyStore::readFromKeychain() const
{
    QKeychain::ReadPasswordJob job(m_service);
    job.setKey(QString::fromLatin1(kKeyName));
    if (!runJob(job, m_timeoutMs))
        return {{},
                {},
                KeyStoreTr::tr(
                    "the system keychain did not answer within %1 s; set BALLCHASING_API_KEY "
                    "in the environment or in a .env file instead")
                    .arg(m_timeoutMs / 1000.0)};
    if (job.error() == QKeychain::EntryNotFound)
        return {{},
                {},
                KeyStoreTr::tr(
                    "no ballchasing API key is set: enter it in the app (saved in the system "
                    "keychain) or set BALLCHASING_API_KEY")};
    if (job.error() != QKeychain::NoError)
        return {{}, {}, keychainProblem(job)};
    const QString key = job.textData().trimmed();
    if (key.isEmpty())
        return {{}, {}, KeyStoreTr::tr("the API key saved in the system keychain is empty")};
    return {key, KeyStoreTr::tr("system keychain"), {}};
}

bool ApiKeyStore::writeToKeychain(const QString &key, QString *error) const
{
    QKeychain::WritePasswordJob job(m_service);
    job.setKey(QString::fromLatin1(kKeyName));
    job.setTextData(key.trimmed());
    if (!runJob(job, m_timeoutMs)) {
        if (error)
            *error =
                KeyStoreTr::tr("the system keychain did not answer in time; the key was not saved");
        return false;
    }
    if (job.error() != QKeychain::NoError) {
        if (error)
            *error = keychainProblem(job);
        return false;
    }
    return true;
}

bool ApiKeyStore::removeFromKeychain(QString *error) const
{
    QKeychain::DeletePasswordJob job(m_service);
    job.setKey(QString::fromLatin1(kKeyName));
    if (!runJob(job, m_timeoutMs)) {
        if (error)
            *error = KeyStoreTr::tr("the system keychain did not answer in time");
        return false;
    }
    if (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound) {
        if (error)
            *error = keychainProblem(job);
        return false;
    }
    return true;
}

ApiKeyLookup ApiKeyStore::resolve(const QString &configuredKey,
                                  const QString &configuredOrigin) const
{
    if (!configuredKey.trimmed().isEmpty())
        return {configuredKey.trimmed(), configuredOrigin, {}};
    return readFromKeychain();
}

} // namespace bcs
