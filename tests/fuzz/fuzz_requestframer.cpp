// RequestFramer (the byte-level check of every connection, api/security) on any byte stream,
// whole and split at a point the input chooses: it must not crash, and the split must not
// change its verdict (bytes arrive in any pieces).

#include "api/security/requestframer.h"
#include "fuzzinput.h"

using bcs::fuzz::fuzzCheck;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    bcs::RequestLimits limits;
    limits.maxHeaderBytes = 512; // small limits, so inputs of a few KiB reach them
    limits.maxBodyBytes = 256;
    limits.maxChunkFramingBytes = 128;
    const QByteArray stream = bcs::fuzz::bytes(data + 1, size - 1);
    const qsizetype split = stream.isEmpty() ? 0 : data[0] % (stream.size() + 1);
    bcs::RequestFramer whole(limits);
    const bcs::FramingVerdict once = whole.feed(stream);
    bcs::RequestFramer pieces(limits);
    pieces.feed(QByteArrayView(stream).first(split));
    const bcs::FramingVerdict twice = pieces.feed(QByteArrayView(stream).sliced(split));
    fuzzCheck(once.status == twice.status, "the verdict does not depend on how bytes arrive");
    fuzzCheck(whole.completedRequests() == pieces.completedRequests(),
              "request boundaries do not depend on how bytes arrive");
    return 0;
}
