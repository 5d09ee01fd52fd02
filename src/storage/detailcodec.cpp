#include "storage/detailcodec.h"

#include "storage/storageerror.h"

#include <QCoreApplication>
#include <QFile>
#include <memory>
#include <zstd.h>

namespace bcs::detailcodec {

namespace {

constexpr int kLevel = 15; // as small as 19 on replay JSON, twice as fast
constexpr int kFastLevel = 3;

struct Dictionaries
{
    ZSTD_CDict *compress = nullptr;
    ZSTD_CDict *compressFast = nullptr;
    ZSTD_DDict *decompress = nullptr;
};

const Dictionaries &dictionaries()
{
    // Created once, read-only afterwards: zstd allows sharing them between threads.
    static const Dictionaries loaded = [] {
        QFile file(QStringLiteral(":/bcstats/zstd/replay-detail-v1.dict"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("bcstats: the compression dictionary is missing from the build");
        const QByteArray dictionary = file.readAll();
        return Dictionaries{
            ZSTD_createCDict(dictionary.constData(), size_t(dictionary.size()), kLevel),
            ZSTD_createCDict(dictionary.constData(), size_t(dictionary.size()), kFastLevel),
            ZSTD_createDDict(dictionary.constData(), size_t(dictionary.size()))};
    }();
    return loaded;
}

struct Contexts
{
    ZSTD_CCtx *compress = ZSTD_createCCtx();
    ZSTD_DCtx *decompress = ZSTD_createDCtx();
    ~Contexts()
    {
        ZSTD_freeCCtx(compress);
        ZSTD_freeDCtx(decompress);
    }
};

Contexts &contexts()
{
    thread_local Contexts perThread; // contexts are not shareable; one per thread, reused
    return perThread;
}

StorageError damaged(const QString &why)
{
    return {StorageError::Kind::Corrupt,
            QCoreApplication::translate("bcs::Storage", "a stored replay detail is damaged (%1)")
                .arg(why)};
}

} // namespace

QByteArray compress(const QByteArray &json, Effort effort)
{
    const Dictionaries &loaded = dictionaries();
    QByteArray blob(qsizetype(ZSTD_compressBound(size_t(json.size()))), Qt::Uninitialized);
    const size_t written =
        ZSTD_compress_usingCDict(contexts().compress, blob.data(), size_t(blob.size()),
                                 json.constData(), size_t(json.size()),
                                 effort == Effort::Fast ? loaded.compressFast : loaded.compress);
    if (ZSTD_isError(written))
        throw StorageError(StorageError::Kind::Io, QString::fromLatin1(ZSTD_getErrorName(written)));
    blob.truncate(qsizetype(written));
    return blob;
}

QByteArray decompress(const QByteArray &blob)
{
    const unsigned long long size = ZSTD_getFrameContentSize(blob.constData(), size_t(blob.size()));
    if (size == ZSTD_CONTENTSIZE_ERROR || size == ZSTD_CONTENTSIZE_UNKNOWN ||
        size > 64ull * 1024 * 1024)
        throw damaged(QStringLiteral("not a zstd frame"));
    QByteArray json(qsizetype(size), Qt::Uninitialized);
    const size_t read = ZSTD_decompress_usingDDict(contexts().decompress, json.data(),
                                                   size_t(json.size()), blob.constData(),
                                                   size_t(blob.size()), dictionaries().decompress);
    if (ZSTD_isError(read) || read != size)
        throw damaged(
            QString::fromLatin1(ZSTD_isError(read) ? ZSTD_getErrorName(read) : "short frame"));
    return json;
}

} // namespace bcs::detailcodec
