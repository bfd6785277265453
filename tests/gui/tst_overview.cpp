#include "datagenerator.h"
#include "evolutiondialog.h"
#include "grideditor.h"
#include "mainwindow.h"
#include "overviewmodel.h"
#include "overviewpage.h"
#include "session.h"
#include "temporarydatabase.h"

#include <QAction>
#include <QProcess>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <gtest/gtest.h>

using namespace Paliers;

namespace {

class OverviewTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_catalog = ReferentialCatalog::bundled().value();
        m_window = std::make_unique<MainWindow>(m_catalog, m_dir.filePath(QStringLiteral("settings.ini")));
        m_window->openInitialDatabase(m_dir.filePath(QStringLiteral("circonscription.sqlite")));
        m_years = DataGenerator::lastYears(2);
        ASSERT_TRUE(DataGenerator(m_catalog, 3).populate(m_window->session()->storage(), 30, m_years).ok());
        m_window->session()->notifyEstablishmentsChanged();
        m_window->resize(1200, 800);
        m_window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_window.get()));
    }

    QTemporaryDir m_dir;
    ReferentialCatalog m_catalog;
    std::unique_ptr<MainWindow> m_window;
    QStringList m_years;
};

TEST_F(OverviewTest, ShowsEveryAssessmentOfTheYearAndFilters)
{
    m_window->findChild<QAction *>(QStringLiteral("showOverview"))->trigger();
    OverviewPage *page = m_window->overviewPage();
    ASSERT_TRUE(page->isVisible());
    EXPECT_EQ(page->schoolYear(), m_years.last());
    EXPECT_EQ(page->model()->rowCount(), 30);
    EXPECT_EQ(page->model()->columnCount(), OverviewModel::FirstDomain + 6 + 1);

    // A palier cell is coloured and carries its number.
    const QModelIndex cell = page->model()->index(0, OverviewModel::FirstDomain);
    EXPECT_TRUE(cell.data(Qt::BackgroundRole).value<QColor>().isValid());
    EXPECT_FALSE(cell.data(Qt::DisplayRole).toString().isEmpty());

    const OverviewRow first = page->model()->row(0);
    page->setSearchText(first.uai);
    EXPECT_EQ(page->filterModel()->rowCount(), 1);
    page->setSearchText(QString());
    EXPECT_EQ(page->filterModel()->rowCount(), 30);

    // Sorting by overall palier puts the lowest first.
    auto *table = page->findChild<QTableView *>(QStringLiteral("overviewTable"));
    table->sortByColumn(OverviewModel::Overall, Qt::AscendingOrder);
    int previous = -1;
    for (int r = 0; r < page->filterModel()->rowCount(); ++r) {
        const int palier = page->filterModel()->index(r, OverviewModel::Overall).data(OverviewModel::SortRole).toInt();
        EXPECT_GE(palier, previous);
        previous = palier;
    }

    // The previous year is there too.
    page->setSchoolYear(m_years.first());
    EXPECT_EQ(page->model()->rowCount(), 30);
}

TEST_F(OverviewTest, ActivatingARowOpensTheAssessment)
{
    m_window->showOverview();
    OverviewPage *page = m_window->overviewPage();
    auto *table = page->findChild<QTableView *>(QStringLiteral("overviewTable"));
    const QModelIndex index = page->filterModel()->index(2, OverviewModel::Name);
    const qint64 expected = index.data(OverviewModel::AssessmentIdRole).toLongLong();
    table->setCurrentIndex(index);
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Return);
    EXPECT_EQ(m_window->gridEditor()->assessmentId(), expected);
}

TEST_F(OverviewTest, EvolutionShowsTheYearsAndFlagsRegressions)
{
    Storage &storage = m_window->session()->storage();
    const OverviewRow school = storage.overview(m_years.last()).value().constFirst();
    // Make sure there is a regression: reopen this year and unmeet a criterion met last year.
    const OverviewRow lastYear = storage.overview(m_years.first(), school.establishmentId).value().constFirst();
    const AnswerMap before = storage.answerMap(lastYear.assessmentId).value();
    QString met;
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        if (it.value() == AnswerStatus::Met) {
            met = it.key();
            break;
        }
    }
    ASSERT_FALSE(met.isEmpty());
    if (storage.assessment(school.assessmentId)->status == AssessmentStatus::Validated) {
        ASSERT_TRUE(storage.reopenAssessment(school.assessmentId, QStringLiteral("test")).ok());
    }
    ASSERT_TRUE(storage.editAnswer(school.assessmentId, {met, AnswerStatus::NotMet, std::nullopt, std::nullopt}).ok());

    EvolutionDialog dialog(*m_window->session(), school.establishmentId);
    EXPECT_EQ(dialog.yearsTable()->rowCount(), 2);
    QTreeWidgetItem *regressions = dialog.changes()->topLevelItem(0);
    ASSERT_NE(regressions, nullptr);
    bool found = false;
    for (int i = 0; i < regressions->childCount(); ++i)
        found = found || regressions->child(i)->text(0) == met;
    EXPECT_TRUE(found) << met.toStdString();
}

TEST_F(OverviewTest, ConsolidatedExportsOfTheSelection)
{
    m_window->showOverview();
    OverviewPage *page = m_window->overviewPage();
    const QString pdf = m_dir.filePath(QStringLiteral("consolidation.pdf"));
    ASSERT_TRUE(page->exportPdf(pdf).ok());
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    ASSERT_TRUE(text.waitForFinished(60000));
    const QString content = QString::fromUtf8(text.readAllStandardOutput());
    EXPECT_TRUE(content.contains(page->model()->row(0).uai));
    EXPECT_TRUE(content.contains(m_years.last()));
    const QString csv = m_dir.filePath(QStringLiteral("consolidation.csv"));
    ASSERT_TRUE(page->exportCsv(csv).ok());
    QFile file(csv);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll().count("\r\n"), 31);
}

} // namespace

TEST_F(OverviewTest, FilteredOnTheJalonsTheColumnsAreTheAxes)
{
    Storage &storage = m_window->session()->storage();
    Establishment college = TestSupport::sampleCollege();
    const qint64 school = storage.addEstablishment(college).value();
    const qint64 id = storage
                          .createAssessment({school, QStringLiteral("creteil-jalons"), m_years.last(), QString(),
                                             QString(), std::nullopt})
                          .value();
    ASSERT_TRUE(storage.editAnswer(id, {QStringLiteral("ORG-J4"), AnswerStatus::Met, {}, {}}).ok());
    m_window->showOverview();
    OverviewPage *page = m_window->overviewPage();
    page->setSchoolYear(m_years.first());
    page->setSchoolYear(m_years.last()); // reloads with the new assessment

    page->setReferentialFilter(QStringLiteral("creteil-jalons"));
    EXPECT_EQ(page->filterModel()->rowCount(), 1);
    EXPECT_EQ(page->model()->columnCount(), OverviewModel::FirstDomain + 5 + 1);
    EXPECT_EQ(page->model()->headerData(OverviewModel::FirstDomain + 1, Qt::Horizontal).toString(),
              QStringLiteral("ORG"));
    const QModelIndex stage = page->filterModel()->index(0, OverviewModel::FirstDomain + 1);
    EXPECT_EQ(stage.data().toString(), QStringLiteral("4"));
    EXPECT_TRUE(stage.data(Qt::BackgroundRole).value<QColor>().isValid());

    page->setReferentialFilter(QString());
    EXPECT_EQ(page->model()->columnCount(), OverviewModel::FirstDomain + 6 + 1);
    EXPECT_EQ(page->filterModel()->rowCount(), 31);
}
