#include "core/config/dotenv.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace bcs {

namespace {

// lupdate reads the context from here; free functions have no class of their own.
struct DotEnvTr
{
    Q_DECLARE_TR_FUNCTIONS(bcs::DotEnv)
};

// Returns the unquoted value, or an error message.
std::optional<QString> unquote(const QString &raw, QString *error)
{
    if (raw.startsWith(QLatin1Char('\''))) {
        const qsizetype end = raw.indexOf(QLatin1Char('\''), 1);
        if (end < 0) {
            *error = DotEnvTr::tr("unterminated single quote");
            return std::nullopt;
        }
        const QString rest = raw.mid(end + 1).trimmed();
        if (!rest.isEmpty() && !rest.startsWith(QLatin1Char('#'))) {
            *error = DotEnvTr::tr("unexpected text after the closing quote");
            return std::nullopt;
        }
        return raw.mid(1, end - 1);
    }
    if (raw.startsWith(QLatin1Char('"'))) {
        QString value;
        for (qsizetype i = 1; i < raw.size(); ++i) {
            const QChar c = raw.at(i);
            if (c == QLatin1Char('\\') && i + 1 < raw.size()) {
                const QChar next = raw.at(++i);
                value += next == QLatin1Char('n')   ? QChar(QLatin1Char('\n'))
                         : next == QLatin1Char('t') ? QChar(QLatin1Char('\t'))
                         : next == QLatin1Char('r') ? QChar(QLatin1Char('\r'))
                                                    : next;
                continue;
            }
            if (c == QLatin1Char('"')) {
                const QString rest = raw.mid(i + 1).trimmed();
                if (!rest.isEmpty() && !rest.startsWith(QLatin1Char('#'))) {
                    *error = DotEnvTr::tr("unexpected text after the closing quote");
                    return std::nullopt;
                }
                return value;
            }
            value += c;
        }
        *error = DotEnvTr::tr("unterminated double quote");
        return std::nullopt;
    }
    // Unquoted: a ` #` starts a comment; a `#` inside a word (a URL fragment) does not.
    static const QRegularExpression trailingComment(QStringLiteral(R"(\s+#.*$)"));
    QString value = raw;
    value.remove(trailingComment);
    return value.trimmed();
}

} // namespace

DotEnvParseResult parseDotEnv(const QByteArray &content)
{
    static const QRegularExpression keyPattern(QStringLiteral(R"(^[A-Za-z_][A-Za-z0-9_]*$)"));
    DotEnvParseResult result;
    const QStringList lines = QString::fromUtf8(content).split(QLatin1Char('\n'));
    for (qsizetype number = 0; number < lines.size(); ++number) {
        QString line = lines.at(number);
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        QString trimmed = line.trimmed();
        if (number == 0 && trimmed.startsWith(QChar(0xFEFF)))
            trimmed = trimmed.mid(1).trimmed(); // UTF-8 byte order mark
        if (trimmed.isEmpty() || trimmed.startsWith(QLatin1Char('#')))
            continue;
        if (trimmed.startsWith(QLatin1String("export ")))
            trimmed = trimmed.mid(7).trimmed();
        const qsizetype equals = trimmed.indexOf(QLatin1Char('='));
        const QString lineLabel = DotEnvTr::tr("line %1: ").arg(number + 1);
        if (equals < 0) {
            result.errors << lineLabel + DotEnvTr::tr("expected KEY=VALUE");
            continue;
        }
        const QString key = trimmed.left(equals).trimmed();
        if (!keyPattern.match(key).hasMatch()) {
            result.errors << lineLabel + DotEnvTr::tr("'%1' is not a valid variable name").arg(key);
            continue;
        }
        QString error;
        const auto value = unquote(trimmed.mid(equals + 1).trimmed(), &error);
        if (!value) {
            result.errors << lineLabel + error;
            continue;
        }
        result.values.insert(key, *value);
    }
    return result;
}

QByteArray withDotEnvValue(const QByteArray &content, const QString &key, const QString &value)
{
    QStringList lines = QString::fromUtf8(content).split(QLatin1Char('\n'));
    if (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast(); // the final newline
    const auto setsKey = [&key](const QString &line) {
        QString trimmed = line.trimmed();
        if (trimmed.startsWith(QLatin1String("export ")))
            trimmed = trimmed.mid(7).trimmed();
        const qsizetype equals = trimmed.indexOf(QLatin1Char('='));
        return equals > 0 && trimmed.left(equals).trimmed() == key;
    };
    lines.erase(std::remove_if(lines.begin(), lines.end(), setsKey), lines.end());
    if (!value.isEmpty()) {
        QString escaped = value;
        escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
            .replace(QLatin1Char('"'), QLatin1String("\\\""))
            .replace(QLatin1Char('\n'), QLatin1String("\\n"));
        lines.append(QStringLiteral("%1=\"%2\"").arg(key, escaped));
    }
    return lines.isEmpty() ? QByteArray() : (lines.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8();
}

} // namespace bcs
