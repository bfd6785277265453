// The French catalogue is complete: every tr() string of core/ and app/ is in
// translations/paliers_fr.ts with a finished translation, nothing there is
// unfinished or obsolete. lupdate is run on the sources into a temporary
// catalogue, so that a string added without running update_translations is
// caught too.
#include <gtest/gtest.h>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QTemporaryDir>
#include <QXmlStreamReader>

namespace {

struct Entry
{
    QString type; // "", "unfinished", "vanished", "obsolete"
    QStringList forms;
};

// context + U+0001 + source -> translation, for every message of a .ts file.
QHash<QString, Entry> readCatalogue(const QString &path)
{
    QHash<QString, Entry> entries;
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
    QXmlStreamReader xml(&file);
    QString context;
    QString source;
    Entry entry;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (xml.name() == QLatin1String("message")) {
                source.clear();
                entry = Entry();
            } else if (xml.name() == QLatin1String("source")) {
                source = xml.readElementText();
            } else if (xml.name() == QLatin1String("translation")) {
                entry.type = xml.attributes().value(QLatin1String("type")).toString();
                // Either plain text or <numerusform> children.
                QString text;
                while (!(xml.isEndElement() && xml.name() == QLatin1String("translation")) && !xml.atEnd()) {
                    xml.readNext();
                    if (xml.isCharacters())
                        text += xml.text();
                    else if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
                        entry.forms.append(xml.readElementText());
                }
                if (entry.forms.isEmpty())
                    entry.forms.append(text.trimmed().isEmpty() ? QString() : text);
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            entries.insert(context + QChar(1) + source, entry);
        }
    }
    EXPECT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    return entries;
}

QString shown(const QString &key)
{
    QString text = key;
    return text.replace(QChar(1), QLatin1String(" | "));
}

TEST(Translations, TheFrenchCatalogueHasEveryStringTranslated)
{
    QTemporaryDir dir;
    const QString fresh = dir.filePath(QStringLiteral("fresh_fr.ts"));
    QProcess lupdate;
    lupdate.start(QStringLiteral(PALIERS_LUPDATE),
        {QStringLiteral("-silent"), QStringLiteral("-locations"), QStringLiteral("none"),
            QStringLiteral(PALIERS_SOURCE_DIR "/core"), QStringLiteral(PALIERS_SOURCE_DIR "/app"),
            QStringLiteral("-ts"), fresh});
    ASSERT_TRUE(lupdate.waitForFinished(120000));
    ASSERT_EQ(lupdate.exitCode(), 0) << lupdate.readAllStandardError().toStdString();

    const QHash<QString, Entry> inCode = readCatalogue(fresh);
    const QHash<QString, Entry> french
        = readCatalogue(QStringLiteral(PALIERS_SOURCE_DIR "/translations/paliers_fr.ts"));
    ASSERT_GT(inCode.size(), 300); // lupdate read the sources
    for (auto it = inCode.cbegin(); it != inCode.cend(); ++it) {
        const auto found = french.constFind(it.key());
        if (found == french.cend()) {
            ADD_FAILURE() << "not in paliers_fr.ts (run the update_translations target): "
                          << shown(it.key()).toStdString();
            continue;
        }
        EXPECT_TRUE(found->type.isEmpty()) << found->type.toStdString() << ": " << shown(it.key()).toStdString();
        for (const QString &form : found->forms)
            EXPECT_FALSE(form.isEmpty()) << "empty translation: " << shown(it.key()).toStdString();
    }
    for (auto it = french.cbegin(); it != french.cend(); ++it)
        EXPECT_TRUE(inCode.contains(it.key())) << "no longer in the code: " << shown(it.key()).toStdString();
}

} // namespace
