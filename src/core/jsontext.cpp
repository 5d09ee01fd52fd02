#include "core/jsontext.h"

#include <QLocale>
#include <charconv>
#include <cmath>

namespace bcs {

namespace {
// Digits written straight into the output: QByteArray::number allocates a temporary per number,
// and a 200-replay page writes ~100,000 of them.
void appendInteger(QByteArray &out, qint64 number)
{
    char digits[24];
    const auto end = std::to_chars(digits, digits + sizeof digits, number).ptr;
    out.append(digits, end - digits);
}
} // namespace

void JsonText::separate()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (!m_first)
        m_out += ',';
    m_first = false;
}

void JsonText::open(char bracket)
{
    separate();
    m_out += bracket;
    m_first = true;
}

void JsonText::close(char bracket)
{
    m_out += bracket;
    m_first = false;
}

JsonText &JsonText::key(QLatin1StringView name)
{
    separate();
    m_out += '"';
    m_out += QByteArrayView(name.data(), name.size());
    m_out += "\":";
    m_afterKey = true;
    return *this;
}

void JsonText::value(const QString &text)
{
    separate();
    m_out += '"';
    const QByteArray utf8 = text.toUtf8();
    for (const char c : utf8) {
        switch (c) {
        case '"':
            m_out += "\\\"";
            break;
        case '\\':
            m_out += "\\\\";
            break;
        case '\b':
            m_out += "\\b";
            break;
        case '\f':
            m_out += "\\f";
            break;
        case '\n':
            m_out += "\\n";
            break;
        case '\r':
            m_out += "\\r";
            break;
        case '\t':
            m_out += "\\t";
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                m_out += "\\u00";
                m_out += "0123456789abcdef"[(c >> 4) & 0xf];
                m_out += "0123456789abcdef"[c & 0xf];
            } else {
                m_out += c; // UTF-8 passes through, as JSON allows
            }
        }
    }
    m_out += '"';
}

void JsonText::value(double number)
{
    separate();
    if (!std::isfinite(number))
        m_out += "null";
    else
        m_out += QByteArray::number(number, 'g', QLocale::FloatingPointShortest);
}

void JsonText::value(qint64 number)
{
    separate();
    appendInteger(m_out, number);
}

void JsonText::decimal(qint64 scaled, qint64 scale)
{
    separate();
    if (scaled < 0) {
        m_out += '-';
        scaled = -scaled;
    }
    appendInteger(m_out, scaled / scale);
    qint64 fraction = scaled % scale;
    if (fraction == 0)
        return;
    int digits = 0;
    for (qint64 s = scale; s > 1; s /= 10)
        ++digits;
    while (fraction % 10 == 0) { // trailing zeros
        fraction /= 10;
        --digits;
    }
    char text[24];
    const qsizetype length = std::to_chars(text, text + sizeof text, fraction).ptr - text;
    m_out += '.';
    for (qsizetype zeros = digits - length; zeros > 0; --zeros)
        m_out += '0';
    m_out.append(text, length);
}

void JsonText::value(bool flag)
{
    separate();
    m_out += flag ? "true" : "false";
}

void JsonText::null()
{
    separate();
    m_out += "null";
}

void JsonText::reserve(qsizetype bytes)
{
    m_out.reserve(bytes);
}

void JsonText::raw(const QByteArray &json)
{
    separate();
    m_out += json;
}

} // namespace bcs
