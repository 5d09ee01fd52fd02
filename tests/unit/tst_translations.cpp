// The four translations are complete and safe to show: every source string of the code is in
// each .ts file (lupdate run afresh over the sources finds nothing new) and nothing obsolete
// is left; every message has a finished, non-empty translation with the source's placeholders
// (%1…, %n), its keyboard accelerator ('&' before a letter) where the source has one, and its
// leading and trailing spaces and line breaks.

#include <QDir>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString context;
    QString source;
    QString translation;
    QString type; // "unfinished", "obsolete", "vanished" or empty
};

QList<Message> readTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QXmlStreamReader xml(&file);
    QList<Message> messages;
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("context")) {
            context.clear();
        } else if (xml.name() == QLatin1String("name") && context.isEmpty()) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            message = Message{context, {}, {}, {}};
        } else if (xml.name() == QLatin1String("source")) {
            message.source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            message.type = xml.attributes().value(QLatin1String("type")).toString();
            message.translation = xml.readElementText();
            messages.append(message);
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression marker(QStringLiteral("%(\\d+|n)"));
    QSet<QString> found;
    for (auto it = marker.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured(0));
    return found;
}

int accelerators(const QString &text)
{
    QString plain = text;
    plain.remove(QStringLiteral("&&"));
    static const QRegularExpression accelerator(QStringLiteral("&(?=[^\\s&;])"));
    static const QRegularExpression entity(QStringLiteral("&[a-z]+;|&#\\d+;"));
    plain.remove(entity);
    return int(plain.count(accelerator));
}

QString edges(const QString &text)
{
    const qsizetype start = text.size() - QString(text).remove(QRegularExpression(QStringLiteral("^\\s+"))).size();
    const qsizetype end = text.size() - QString(text).remove(QRegularExpression(QStringLiteral("\\s+$"))).size();
    return text.left(start) + QLatin1Char('|') + text.right(end);
}

const QStringList kLanguages{QStringLiteral("de"), QStringLiteral("fr"), QStringLiteral("es"),
                             QStringLiteral("pt_BR")};

QString tsPath(const QString &language)
{
    return QDir(QStringLiteral(BCS_SOURCE_DIR "/translations"))
        .filePath(QStringLiteral("bcstats_%1.ts").arg(language));
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyMessageIsTranslatedSafely_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString &language : kLanguages)
            QTest::newRow(qPrintable(language)) << language;
    }
    void everyMessageIsTranslatedSafely()
    {
        QFETCH(QString, language);
        QString error;
        const QList<Message> messages = readTs(tsPath(language), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(messages.size() > 500);
        QStringList problems;
        for (const Message &m : messages) {
            const QString where = m.context + QStringLiteral(" \"") + m.source.left(60) + QLatin1Char('"');
            if (!m.type.isEmpty())
                problems << where + QStringLiteral(": ") + m.type;
            else if (m.translation.trimmed().isEmpty())
                problems << where + QStringLiteral(": empty");
            else if (placeholders(m.source) != placeholders(m.translation))
                problems << where + QStringLiteral(": placeholders differ");
            else if (accelerators(m.source) != accelerators(m.translation))
                problems << where + QStringLiteral(": accelerator differs");
            else if (edges(m.source) != edges(m.translation))
                problems << where + QStringLiteral(": leading or trailing space differs");
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 20).join(QLatin1Char('\n'))));
    }

    // lupdate over the sources, into a copy: a string the code has and a .ts file lacks (a new
    // tr() nobody translated) shows as a new, unfinished message.
    void noSourceStringIsMissing()
    {
        QTemporaryDir directory;
        const QString copy = directory.filePath(QStringLiteral("check_de.ts"));
        QVERIFY(QFile::copy(tsPath(QStringLiteral("de")), copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        QProcess lupdate;
        lupdate.setProcessChannelMode(QProcess::MergedChannels);
        lupdate.start(QStringLiteral(BCS_LUPDATE),
                      {QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none"),
                       QStringLiteral("-extensions"), QStringLiteral("cpp,h"),
                       QStringLiteral(BCS_SOURCE_DIR "/src"), QStringLiteral("-ts"), copy});
        QVERIFY(lupdate.waitForFinished(120000));
        QCOMPARE(lupdate.exitCode(), 0);
        QString error;
        QStringList missing;
        for (const Message &m : readTs(copy, &error)) {
            if (m.type == QLatin1String("unfinished"))
                missing << m.context + QStringLiteral(": ") + m.source;
        }
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(missing.isEmpty(),
                 qPrintable(QStringLiteral("not in the translations (run the update_translations "
                                           "target and translate):\n") +
                            missing.mid(0, 20).join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
