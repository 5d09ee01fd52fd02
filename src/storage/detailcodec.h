#pragma once
// Compresses replay detail JSON for the cache with zstd and a dictionary trained on replay
// details (resources/zstd): about 2-3 KB instead of 18 KB, where plain zlib gives 4.6 KB.
// Lossless: decompress(compress(x)) == x byte for byte. The dictionary is part of the file
// format: a new one gets a new id and the old one stays readable. Thread-safe.

#include <QByteArray>

namespace bcs::detailcodec {

// How hard to try: Smallest for what a sync fetches (the network is the slow part); Fast, 40%
// larger and some 30 times quicker, for a cache made in one go (the demo's 2,000 replays).
// Both decompress alike: the level is no part of the format.
enum class Effort { Smallest, Fast };

QByteArray compress(const QByteArray &json, Effort effort = Effort::Smallest);
// Throws StorageError (Corrupt) when the blob is not a frame we wrote.
QByteArray decompress(const QByteArray &blob);

} // namespace bcs::detailcodec
