#pragma once
// Text from a request (a path, a header value) quoted in an error message or the log: cut short
// and with control characters replaced, so nobody can forge log lines or flood them.

#include <QString>

namespace bcs {

inline QString printableExcerpt(QString text, qsizetype maximum)
{
    text.truncate(maximum);
    for (QChar &c : text)
        if (!c.isPrint())
            c = QLatin1Char('?');
    return text;
}

} // namespace bcs
