#pragma once
// Text from outside (a request path or header, an upstream value) quoted in a message or the log:
// cut short, with control characters replaced, so nobody can forge log lines or flood them.

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
