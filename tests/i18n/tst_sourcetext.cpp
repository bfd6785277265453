// Text in the sources that would not read as written: a QLatin1String or a
// QLatin1Char holds Latin-1, so a UTF-8 literal with any non-ASCII character
// in it turns into mojibake on screen ("Â·" for "·"). Such text belongs in
// QStringLiteral or u"" literals. The scan covers every source of app/,
// core/ and tests/, so the defect cannot come back unseen.
#include <algorithm>
#include <gtest/gtest.h>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QStringList>

namespace {

// "file:line: code" for each Latin-1 literal holding a byte above 0x7F.
QStringList nonAsciiLatin1Literals(const QString &root)
{
    static const QRegularExpression literal(
        QStringLiteral(R"(QLatin1(?:String|StringView|Char)\s*\(\s*(?:"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'))"));
    QStringList found;
    for (const QString &folder : {QStringLiteral("app"), QStringLiteral("core"), QStringLiteral("tests")}) {
        QDirIterator it(root + QLatin1Char('/') + folder, {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
            QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (path.endsWith(QLatin1String("/tst_sourcetext.cpp")))
                continue; // its own examples
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                continue;
            const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
            for (qsizetype n = 0; n < lines.size(); ++n) {
                QRegularExpressionMatchIterator matches = literal.globalMatch(lines.at(n));
                while (matches.hasNext()) {
                    const QString text = matches.next().captured(0);
                    const bool ascii
                        = std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x80; });
                    if (!ascii)
                        found.append(QStringLiteral("%1:%2: %3").arg(path).arg(n + 1).arg(lines.at(n).trimmed()));
                }
            }
        }
    }
    return found;
}

} // namespace

TEST(SourceText, NoLatin1LiteralHoldsANonAsciiCharacter)
{
    const QStringList found = nonAsciiLatin1Literals(QStringLiteral(PALIERS_SOURCE_DIR));
    EXPECT_TRUE(found.isEmpty()) << "use QStringLiteral for non-ASCII text:\n"
                                 << found.join(QLatin1Char('\n')).toStdString();
}

// The scan itself finds what it is meant to find (in a folder made for it).
TEST(SourceText, TheScanFindsANonAsciiLatin1Literal)
{
    const QString root = qEnvironmentVariable("TMPDIR", QStringLiteral("/tmp")) + QStringLiteral("/sourcetext");
    ASSERT_TRUE(QDir().mkpath(root + QStringLiteral("/app")));
    QFile file(root + QStringLiteral("/app/sample.cpp"));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("auto a = QLatin1String(\"plain\");\n"
               "auto b = legend.join(QLatin1String(\" \xc2\xb7 \"));\n"
               "auto c = QLatin1Char('\xc3\xa9');\n"
               "auto d = QStringLiteral(\"\xc3\xa9\" \"cole\");\n");
    file.close();
    const QStringList found = nonAsciiLatin1Literals(root);
    ASSERT_EQ(found.size(), 2) << found.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(found.at(0).contains(QLatin1String("sample.cpp:2:")));
    EXPECT_TRUE(found.at(1).contains(QLatin1String("sample.cpp:3:")));
}
