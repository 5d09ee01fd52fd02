#pragma once
// Compresses replay detail JSON for the cache with zstd and a dictionary trained on replay
// details (resources/zstd): about 2-3 KB instead of 18 KB, where plain zlib gives 4.6 KB.
// Lossless: decompress(compress(x)) == x byte for byte. The dictionary is part of the file
// format: a new one gets a new id and the old one stays readable. Thread-safe.

#include <QByteArray>

namespace bcs::detailcodec {

QByteArray compress(const QByteArray &json);
// Throws StorageError (Corrupt) when the blob is not a frame we wrote.
QByteArray decompress(const QByteArray &blob);

} // namespace bcs::detailcodec
