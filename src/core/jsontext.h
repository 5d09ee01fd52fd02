#pragma once
// Writes JSON text straight into a byte array, for the few answers that are too large to build
// as QJsonObjects first: /api/stats/replays?limit=200 is 1,200 players x 84 stats, and building
// and serialising that object tree took ~100 ms, writing the text a few ms. Numbers are written
// as QJsonDocument writes them (shortest round-trip form, non-finite as null), so both kinds of
// answer parse to the same values.

#include <QByteArray>
#include <QString>

namespace bcs {

class JsonText
{
public:
    void beginObject() { open('{'); }
    void endObject() { close('}'); }
    void beginArray() { open('['); }
    void endArray() { close(']'); }

    JsonText &key(QLatin1StringView name); // names are ASCII identifiers: no escaping needed
    void value(const QString &text);
    void value(double number);
    void value(qint64 number);
    void value(int number) { value(qint64(number)); }
    void value(bool flag);
    // scaled / scale written exactly in decimal (scale a power of ten): the stats are stored as
    // integers (statcatalogue.h), and this is ~5x faster than formatting the double. Parses to
    // the same double as value(double(scaled) / scale) for up to 15 significant digits.
    void decimal(qint64 scaled, qint64 scale);
    void null();
    // A value already written as JSON text (e.g. a nested object from another JsonText).
    void raw(const QByteArray &json);

    void reserve(qsizetype bytes); // for a text whose size is known or well guessed
    const QByteArray &text() const { return m_out; }

private:
    void separate();
    void open(char bracket);
    void close(char bracket);

    QByteArray m_out;
    bool m_first = true;     // no comma before the next element
    bool m_afterKey = false; // the next value completes a key
};

} // namespace bcs
