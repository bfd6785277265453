#include "exchange/assessmentexport.h"
#include "exchange/filewriter.h"
#include "exportactions.h"
#include "grideditor.h"
#include "mainwindow.h"
#include "session.h"
#include "storage/loaders.h"
#include "temporarydatabase.h"

#include <gtest/gtest.h>
#include <QAction>
#include <QPlainTextEdit>
#include <QPrinter>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Paliers;
using namespace Paliers::TestSupport;

namespace {

QString pdfText(const QString &path)
{
    QProcess process;
    process.start(
        QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    EXPECT_TRUE(process.waitForFinished(60000));
    return QString::fromUtf8(process.readAllStandardOutput());
}

class ExportActionsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        Result<ReferentialCatalog> catalog = ReferentialCatalog::bundled();
        ASSERT_TRUE(catalog.ok());
        m_window = std::make_unique<MainWindow>(catalog.value(), m_dir.filePath(QStringLiteral("settings.ini")));
        m_window->openInitialDatabase(m_dir.filePath(QStringLiteral("base.sqlite")));
        m_window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_window.get()));
    }

    Storage &storage() { return m_window->session()->storage(); }

    qint64 newAssessment()
    {
        Result<qint64> school = storage().addEstablishment(sampleEcole());
        EXPECT_TRUE(school.ok());
        NewAssessment request;
        request.establishmentId = school.value();
        request.referentialId = QStringLiteral("creteil-ecoles");
        request.schoolYear = QStringLiteral("2025-2026");
        Result<qint64> id = storage().createAssessment(request);
        EXPECT_TRUE(id.ok());
        m_window->session()->notifyEstablishmentsChanged();
        return id.value();
    }

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
};

TEST_F(ExportActionsTest, ExportsAreOfferedOnlyWithAnAssessmentOpen)
{
    ExportActions *actions = m_window->exportActions();
    EXPECT_FALSE(actions->exportPdfAction()->isEnabled());
    EXPECT_TRUE(actions->importAction()->isEnabled());
    const qint64 id = newAssessment();
    ASSERT_TRUE(m_window->showAssessment(id));
    EXPECT_TRUE(actions->exportPdfAction()->isEnabled());
    EXPECT_TRUE(actions->printAction()->isEnabled());
    EXPECT_EQ(actions->suggestedFileName(QStringLiteral("pdf")), QStringLiteral("paliers-0750655E-2025-2026.pdf"));
}

TEST_F(ExportActionsTest, TheReportHoldsTheCommentBeingTyped)
{
    const qint64 id = newAssessment();
    ASSERT_TRUE(m_window->showAssessment(id));
    auto *comment = m_window->gridEditor()->findChild<QPlainTextEdit *>(QStringLiteral("comment"));
    ASSERT_NE(comment, nullptr);
    comment->setFocus();
    // Typed a moment ago: not yet written when the export starts.
    comment->insertPlainText(QStringLiteral("Réunion <i>prévue</i> & confirmée"));
    const QString pdf = m_dir.filePath(QStringLiteral("rapport.pdf"));
    const Status written = m_window->exportActions()->exportPdf(pdf);
    ASSERT_TRUE(written.ok()) << written.error().toStdString();
    EXPECT_TRUE(pdfText(pdf).contains(QStringLiteral("Réunion <i>prévue</i> & confirmée")));
}

TEST_F(ExportActionsTest, PrintsTheSameReport)
{
    const qint64 id = newAssessment();
    ASSERT_TRUE(m_window->showAssessment(id));
    QPrinter printer(QPrinter::ScreenResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(m_dir.filePath(QStringLiteral("imprime.pdf")));
    ASSERT_TRUE(m_window->exportActions()->print(&printer).ok());
    const QString text = pdfText(printer.outputFileName());
    EXPECT_TRUE(text.contains(QStringLiteral("École élémentaire Jean-Jaurès")));
    EXPECT_TRUE(text.contains(QStringLiteral("Signatures")));
}

TEST_F(ExportActionsTest, ImportsExportsIntoTheOpenDatabase)
{
    // An export made elsewhere.
    TemporaryDatabase other;
    Result<qint64> school = other.storage().addEstablishment(sampleCollege());
    ASSERT_TRUE(school.ok());
    NewAssessment request;
    request.establishmentId = school.value();
    request.referentialId = QStringLiteral("creteil-etablissements");
    request.schoolYear = QStringLiteral("2025-2026");
    Result<qint64> id = other.storage().createAssessment(request);
    ASSERT_TRUE(id.ok());
    Result<AssessmentRecord> report = loadAssessmentRecord(other.storage(), id.value());
    ASSERT_TRUE(report.ok());
    const QString file = m_dir.filePath(QStringLiteral("college.json"));
    ASSERT_TRUE(FileWriter::write(file, AssessmentExport::toJson(report.value(), ExportStamp::now())).ok());

    const QList<ImportFileResult> results = m_window->exportActions()->importFiles({file, file});
    ASSERT_EQ(results.size(), 2);
    EXPECT_EQ(results.at(0).kind, ImportFileResult::Kind::Imported) << results.at(0).message.toStdString();
    EXPECT_EQ(results.at(1).kind, ImportFileResult::Kind::AlreadyImported);
    Result<QList<Establishment>> establishments = storage().establishments();
    ASSERT_TRUE(establishments.ok());
    EXPECT_EQ(establishments->size(), 1);
}

} // namespace
