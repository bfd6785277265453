#include "exchange/csvexport.h"
#include "exportfixture.h"
#include "storage/loaders.h"
#include "temporarydatabase.h"

#include <gtest/gtest.h>

using namespace Paliers;
using namespace Paliers::TestSupport;

namespace {

// Splits a CSV document written by CsvExport back into rows of fields.
QList<QStringList> parseCsv(const QByteArray &bytes)
{
    QString text = QString::fromUtf8(bytes);
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += c;
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u';') {
            row.append(field);
            field.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            row.append(field);
            rows.append(row);
            row.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    return rows;
}

TEST(CsvExport, FieldsAreQuotedOnlyWhenNeeded)
{
    EXPECT_EQ(CsvExport::field(QStringLiteral("Créteil")), QStringLiteral("Créteil"));
    EXPECT_EQ(CsvExport::field(QStringLiteral("a;b")), QStringLiteral("\"a;b\""));
    EXPECT_EQ(CsvExport::field(QStringLiteral("dit \"oui\"")), QStringLiteral("\"dit \"\"oui\"\"\""));
    EXPECT_EQ(CsvExport::field(QStringLiteral("ligne 1\nligne 2")), QStringLiteral("\"ligne 1\nligne 2\""));
    // A spreadsheet would run these as formulas.
    EXPECT_EQ(CsvExport::field(QStringLiteral("=SOMME(A1:A9)")), QStringLiteral("'=SOMME(A1:A9)"));
    EXPECT_EQ(CsvExport::field(QStringLiteral("@cmd")), QStringLiteral("'@cmd"));
    EXPECT_EQ(CsvExport::field(QStringLiteral("-2+3")), QStringLiteral("'-2+3"));
}

TEST(CsvExport, OneRowPerCriterionWithBomAndSemicolons)
{
    TemporaryDatabase db;
    const qint64 id = fillSampleAssessment(db.storage(), false);
    Result<AssessmentRecord> report = loadAssessmentRecord(db.storage(), id);
    ASSERT_TRUE(report.ok());
    const QByteArray csv = CsvExport::criteria(report.value());
    ASSERT_TRUE(csv.startsWith("\xEF\xBB\xBF"));
    const QList<QStringList> rows = parseCsv(csv.mid(3));
    ASSERT_EQ(rows.size(), 1 + 67);
    EXPECT_EQ(rows.at(0).value(0), QStringLiteral("UAI"));
    EXPECT_EQ(rows.at(0).value(10), QStringLiteral("Commentaire"));
    for (const QStringList &row : rows)
        EXPECT_EQ(row.size(), rows.at(0).size());
    // The first criterion carries the sample comment, read back intact.
    EXPECT_EQ(rows.at(1).value(6), report->referential->criteria().constFirst().id);
    EXPECT_EQ(rows.at(1).value(7), report->referential->criteria().constFirst().text);
    EXPECT_EQ(rows.at(1).value(9), QStringLiteral("atteint"));
    EXPECT_EQ(rows.at(1).value(10), literalComment());
}

TEST(CsvExport, SummaryHasOneRowPerAssessmentAndAColumnPerDomain)
{
    TemporaryDatabase db;
    const qint64 id = fillSampleAssessment(db.storage(), true);
    Result<AssessmentRecord> report = loadAssessmentRecord(db.storage(), id);
    ASSERT_TRUE(report.ok());
    const QList<QStringList> rows = parseCsv(CsvExport::summary({report.value()}).mid(3));
    ASSERT_EQ(rows.size(), 2);
    const QStringList &header = rows.at(0);
    const QStringList &row = rows.at(1);
    ASSERT_EQ(header.size(), row.size());
    EXPECT_EQ(row.value(0), QStringLiteral("0750655E"));
    EXPECT_EQ(
        row.value(header.indexOf(QStringLiteral("Palier global"))), QString::number(report->evaluation.overallPalier));
    int domainColumns = 0;
    for (const DomainResult &result : report->evaluation.domains) {
        const QString title = report->referential->domain(result.domainId)->title;
        const qsizetype column = header.indexOf(QStringLiteral("Palier — %1").arg(title));
        ASSERT_GE(column, 0) << title.toStdString();
        EXPECT_EQ(row.value(column), QString::number(result.palier));
        ++domainColumns;
    }
    EXPECT_EQ(domainColumns, 6);
    EXPECT_EQ(row.last(), QStringLiteral("67"));
}

} // namespace
