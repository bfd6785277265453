// The compact form written straight from a document's text must be, byte for
// byte, what Qt writes of the parsed object: the checksums of every export
// already sent depend on it. Where it cannot promise that, it must decline.
#include "exchange/assessmentexport.h"
#include "exchange/compactjson.h"
#include "storage/datagenerator.h"
#include "testdata.h"

#include <gtest/gtest.h>
#include <QDir>
#include <QFile>
#include <QJsonDocument>

using namespace Paliers;
using namespace Paliers::TestSupport;

namespace {

// What Qt writes of `text`, `dropped` removed from its top level.
QByteArray qtCompact(const QByteArray &text, const QString &dropped = QString())
{
    QJsonParseError error;
    QJsonObject object = QJsonDocument::fromJson(text, &error).object();
    EXPECT_EQ(error.error, QJsonParseError::NoError) << text.toStdString();
    if (!dropped.isEmpty())
        object.remove(dropped);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

TEST(CompactJson, WritesWhatQtWritesOfTheDocumentsItAccepts)
{
    const QList<QByteArray> documents {
        R"({})",
        " \t\r\n{ }\n",
        R"({"a":1})",
        R"({ "b" : [ 1 , -2 , 0 , 123456789012345678 , -123456789012345678 ] , "a" : { } , "c" : [ ] })",
        R"({"z":{"y":{"x":[{"b":true,"a":false},null,[[]]]}},"Z":"upper","_":"under"," ":"space","~":"tilde"})",
        R"({"s":"plain \" quote \\ backslash \/ slash \b\f\n\r\t"})",
        R"({"s":"\u0000\u0001\u001F\u001f\u0020\u0041\u007F\u0022\u005C\u005c\u0008\u000C\u000a\u000D\u0009\u002F"})",
        "{\"s\":\"caf\xc3\xa9 \xe2\x82\xac \xf0\x9f\x98\x80 \xe4\xb8\xad \xf4\x8f\xbf\xbd \x7f\"}",
        R"({"markup":"<b>gras</b> & 'quotes' %1 %2 \\n not a newline"})",
        R"({"b":2,"a":1,"c":{"e":5,"d":4},"checksum":{"nested":"kept at depth"}})",
    };
    for (const QByteArray &text : documents) {
        const std::optional<QByteArray> compact = compactJsonFromText(text);
        ASSERT_TRUE(compact.has_value()) << text.toStdString();
        EXPECT_EQ(compact->toStdString(), qtCompact(text).toStdString()) << text.toStdString();
    }
}

TEST(CompactJson, LeavesTheDroppedKeyOutOfTheTopLevelOnly)
{
    const QList<QByteArray> documents {
        R"({"checksum":{"value":"abc"},"a":1})",
        R"({"a":1,"checksum":{"value":"abc"}})",
        R"({"b":1,"checksum":"x","a":{"checksum":"nested stays"}})",
        R"({"checksum":1})",
        R"({"checksum":1,"checksum":2,"a":3})",
    };
    for (const QByteArray &text : documents) {
        const std::optional<QByteArray> compact = compactJsonFromText(text, QLatin1StringView("checksum"));
        ASSERT_TRUE(compact.has_value()) << text.toStdString();
        EXPECT_EQ(compact->toStdString(), qtCompact(text, QStringLiteral("checksum")).toStdString())
            << text.toStdString();
    }
}

TEST(CompactJson, DeclinesWhatItCannotWriteAsQtDoes)
{
    const QList<QByteArray> documents {
        R"({"n":1.5})", // a fraction: a double, which Qt writes its own way
        R"({"n":1.0})",
        R"({"n":1e2})",
        R"({"n":-0})", // Qt writes 0
        R"({"n":1234567890123456789})", // 19 digits
        R"({"a":1,"a":2})", // Qt keeps the last
        R"({"b":1,"a":2,"b":3})",
        "{\"caf\xc3\xa9\":1}", // a key outside ASCII
        R"({"a\"b":1})", // an escape in a key
        R"({"s":"\u00e9"})", // an escape past ASCII
        R"({"s":"\ud83d\ude00"})",
        "{\"s\":\"\xef\xbf\xbe\"}", // a noncharacter
        "{\"s\":\"\xc3\x28\"}", // not UTF-8
        "{\"s\":\"\xc0\xaf\"}", // overlong
        "{\"s\":\"\xed\xa0\x80\"}", // a surrogate
        R"([1,2])", // not an object
        R"({"a":1} x)",
        R"({"a":1,})",
        R"({"a":tru})",
        R"({"a":01})",
        R"({"s":"unterminated})",
        "",
    };
    for (const QByteArray &text : documents)
        EXPECT_FALSE(compactJsonFromText(text, QLatin1StringView("checksum")).has_value()) << text.toStdString();
}

TEST(CompactJson, DeclinesNestingDeeperThanItsLimit)
{
    const QByteArray deep = "{\"a\":" + QByteArray(300, '[') + QByteArray(300, ']') + "}";
    EXPECT_FALSE(compactJsonFromText(deep).has_value());
    const QByteArray shallow = "{\"a\":" + QByteArray(100, '[') + QByteArray(100, ']') + "}";
    ASSERT_TRUE(compactJsonFromText(shallow).has_value());
    EXPECT_EQ(*compactJsonFromText(shallow), qtCompact(shallow));
}

// Declined or not, the checksum is Qt's.
TEST(CompactJson, TheChecksumOfATextIsThatOfItsObjectEitherWay)
{
    const QList<QByteArray> documents {
        R"({"b":{"y":1,"x":2},"a":"text","checksum":{"value":"old"}})", // written straight
        R"({"n":1.5,"a":"\u00e9","checksum":{"value":"old"}})", // declined
    };
    for (const QByteArray &text : documents) {
        QJsonObject root = QJsonDocument::fromJson(text).object();
        const QString checksum = AssessmentExport::checksumOfText(text, root);
        root.remove(QStringLiteral("checksum"));
        EXPECT_EQ(checksum, AssessmentExport::checksum(root)) << text.toStdString();
    }
}

// The exports Paliers writes, odd texts and all, take the short way: were
// they declined, reading them would be as slow as before, and no test would
// see it.
TEST(CompactJson, ExportsPaliersWritesAreWrittenStraight)
{
    QList<QByteArray> exports;
    const QDir real(dataPath(QStringLiteral("exports")));
    for (const QString &name : real.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        QFile file(real.filePath(name));
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        exports.append(file.readAll());
    }
    ASSERT_FALSE(exports.isEmpty());

    const ReferentialCatalog catalog = ReferentialCatalog::bundled().value();
    DataGenerator generator(catalog, 7);
    AssessmentRecord report = generator.school(3, {QStringLiteral("2025-2026")}).constFirst();
    ASSERT_GE(report.answers.size(), 3);
    report.answers[0].comment = QStringLiteral("Tab\there, new\nline, NUL \u0000, quote \" and \\ backslash");
    report.answers[1].comment = QStringLiteral("<script>alert('x')</script> & é è ç œ « » 😀 中文 \u007f");
    report.answers[2].evidence = QStringLiteral("%1 %2 \u0001\u001f / \\/");
    report.establishment.name = QStringLiteral("École « Les Tilleuls » — Saint-Étienne-du-Rouvray");
    const ExportStamp stamp {QStringLiteral("00000000-0000-4000-8000-000000000007"),
        QDateTime(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC), QStringLiteral("1.0")};
    exports.append(AssessmentExport::toJson(report, stamp));
    exports.append(AssessmentExport::toJson(report, stamp, EmbedReferential::Yes));

    for (const QByteArray &text : exports) {
        const std::optional<QByteArray> compact = compactJsonFromText(text, QLatin1StringView("checksum"));
        ASSERT_TRUE(compact.has_value()) << text.left(200).toStdString();
        EXPECT_EQ(*compact, qtCompact(text, QStringLiteral("checksum")));
        EXPECT_TRUE(AssessmentExport::parse(text, catalog, QStringLiteral("export.json")).ok());
    }
}

} // namespace
