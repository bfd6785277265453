#include "evolutiondialog.h"
#include "grideditor.h"
#include "mainwindow.h"
#include "overviewmodel.h"
#include "overviewpage.h"
#include "session.h"
#include "storage/database.h"
#include "storage/datagenerator.h"
#include "summaryview.h"
#include "temporarydatabase.h"

#include <gtest/gtest.h>
#include <QAction>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QGraphicsTextItem>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSplitter>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Paliers;

namespace {

// The overview reads a year and analyses it on threads of their own: a
// person waits for the table and the chart to be there.
void waitUntilShown(OverviewPage *page)
{
    ASSERT_TRUE(QTest::qWaitFor([page] { return !page->isBusy(); }, 20000));
}

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
    waitUntilShown(page);
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
    EXPECT_TRUE(page->isLoading());
    waitUntilShown(page);
    EXPECT_EQ(page->model()->rowCount(), 30);
    EXPECT_EQ(page->model()->row(0).schoolYear, m_years.first());
}

// As a person uses it: Ctrl+5, a UAI typed key by key in the search box,
// erased, a click on a header, another year chosen with the keyboard while
// the window keeps answering.
TEST_F(OverviewTest, TypingClickingAndChangingTheYearAsAPersonDoes)
{
    m_window->activateWindow();
    QApplication::setActiveWindow(m_window.get());
    ASSERT_TRUE(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_5, Qt::ControlModifier);
    OverviewPage *page = m_window->overviewPage();
    waitUntilShown(page);
    ASSERT_EQ(page->filterModel()->rowCount(), 30);
    auto *table = page->findChild<QTableView *>(QStringLiteral("overviewTable"));
    auto *search = page->findChild<QLineEdit *>(QStringLiteral("overviewSearch"));
    const OverviewRow wanted = page->model()->row(7);
    search->setFocus();
    QTest::keyClicks(search, wanted.uai);
    ASSERT_EQ(page->filterModel()->rowCount(), 1);
    EXPECT_EQ(table->model()->index(0, OverviewModel::Uai).data().toString(), wanted.uai);
    // The chart follows the one school after the pause in the typing.
    waitUntilShown(page);
    for (int i = 0; i < wanted.uai.size(); ++i)
        QTest::keyClick(search, Qt::Key_Backspace);
    EXPECT_EQ(page->filterModel()->rowCount(), 30);

    // A click on the Overall header sorts up, a second one down.
    QHeaderView *header = table->horizontalHeader();
    const QPoint overall(
        header->sectionViewportPosition(OverviewModel::Overall) + header->sectionSize(OverviewModel::Overall) / 2,
        header->height() / 2);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, overall);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, overall);
    const Qt::SortOrder order = header->sortIndicatorOrder();
    int previous = order == Qt::AscendingOrder ? -1 : 99;
    for (int r = 0; r < table->model()->rowCount(); ++r) {
        const int palier = table->model()->index(r, OverviewModel::Overall).data(OverviewModel::SortRole).toInt();
        EXPECT_TRUE(order == Qt::AscendingOrder ? palier >= previous : palier <= previous) << r;
        previous = palier;
    }

    // The previous year, chosen with the keyboard: the table empties, the
    // window answers while the year is read, then the year is there.
    auto *year = page->findChild<QComboBox *>(QStringLiteral("overviewYear"));
    year->setFocus();
    QTest::keyClick(year, Qt::Key_Down);
    EXPECT_EQ(year->currentText(), m_years.first());
    waitUntilShown(page);
    ASSERT_EQ(page->filterModel()->rowCount(), 30);
    for (int r = 0; r < page->model()->rowCount(); ++r)
        EXPECT_EQ(page->model()->row(r).schoolYear, m_years.first());
}

// While a year of many schools is read, its first rows are shown: exactly
// those the table shows first once the year is read, in the locale's order.
// The whole reading is held back here by another program's write (it has
// summaries to keep; the first rows are only read), as a DANE's import in
// another window would. A school clicked meanwhile stays current; a click on
// a header drops the first rows and the year comes sorted as asked.
TEST(OverviewFirstScreenTest, TheFirstRowsShowWhileTheYearIsReadAndStayAsTheyWere)
{
    QTemporaryDir dir;
    const ReferentialCatalog catalog = ReferentialCatalog::bundled().value();
    const QString path = dir.filePath(QStringLiteral("academie.sqlite"));
    const QStringList years = DataGenerator::lastYears(2);
    constexpr int Schools = OverviewPage::FirstScreenRows + 40;
    {
        MainWindow window(catalog, dir.filePath(QStringLiteral("settings.ini")));
        window.openInitialDatabase(path);
        ASSERT_TRUE(DataGenerator(catalog, 5).populate(window.session()->storage(), Schools, years).ok());
    }
    {
        // Names the locale orders otherwise than SQLite's NOCASE does, and
        // names met twice (two schools of the same name, told by their UAI).
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("names"));
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        QSqlQuery q(db);
        const QStringList names {QStringLiteral("École Jules Ferry"), QStringLiteral("Ecole Anatole France"),
            QStringLiteral("école maternelle Les Lilas"), QStringLiteral("Œuvre Saint-Joseph"),
            QStringLiteral("Ecole Jules Ferry"), QStringLiteral("École Jules Ferry"), QStringLiteral("Zola"),
            QStringLiteral("Ébène"), QStringLiteral("abeilles")};
        for (int i = 0; i < names.size(); ++i) {
            q.prepare(QStringLiteral("UPDATE establishment SET name = ? WHERE id = ?"));
            q.addBindValue(names.at(i));
            q.addBindValue(3 * i + 1);
            ASSERT_TRUE(q.exec()) << q.lastError().text().toStdString();
        }
        // Summaries to keep again: the year's reading writes.
        ASSERT_TRUE(q.exec(QStringLiteral("DELETE FROM assessment_summary")));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("names"));

    MainWindow window(catalog, dir.filePath(QStringLiteral("settings.ini")));
    window.openInitialDatabase(path);
    window.resize(1200, 800);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
    other.setDatabaseName(path);
    ASSERT_TRUE(other.open());
    {
        QSqlQuery writer(other);
        ASSERT_TRUE(writer.exec(QStringLiteral("BEGIN IMMEDIATE")));

        window.activateWindow();
        QApplication::setActiveWindow(&window);
        ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_5, Qt::ControlModifier);
        OverviewPage *page = window.overviewPage();
        auto *table = page->findChild<QTableView *>(QStringLiteral("overviewTable"));
        auto *pdf = page->findChild<QPushButton *>(QStringLiteral("consolidationPdf"));
        ASSERT_TRUE(QTest::qWaitFor([page] { return page->filterModel()->rowCount() > 0; }, 10000));
        EXPECT_TRUE(page->isLoading());
        ASSERT_EQ(page->filterModel()->rowCount(), OverviewPage::FirstScreenRows);
        EXPECT_FALSE(pdf->isEnabled()); // a year not read whole is not exported
        QList<qint64> firstIds;
        for (int row = 0; row < page->filterModel()->rowCount(); ++row)
            firstIds.append(page->filterModel()->index(row, 0).data(OverviewModel::AssessmentIdRole).toLongLong());
        // The person clicks the fourth school.
        const QRect fourth = table->visualRect(page->filterModel()->index(3, OverviewModel::Name));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, fourth.center());
        EXPECT_EQ(table->currentIndex().row(), 3);
        QTest::qWait(300);
        EXPECT_TRUE(page->isLoading()); // still held back

        ASSERT_TRUE(writer.exec(QStringLiteral("ROLLBACK")));
        waitUntilShown(page);
        ASSERT_EQ(page->filterModel()->rowCount(), Schools);
        EXPECT_TRUE(pdf->isEnabled());
        for (int row = 0; row < firstIds.size(); ++row)
            EXPECT_EQ(
                page->filterModel()->index(row, 0).data(OverviewModel::AssessmentIdRole).toLongLong(), firstIds.at(row))
                << "row " << row;
        EXPECT_EQ(table->currentIndex().row(), 3);
        EXPECT_EQ(table->currentIndex().data(OverviewModel::AssessmentIdRole).toLongLong(), firstIds.at(3));
        // The whole year in the locale's order of the names.
        for (int row = 1; row < Schools; ++row) {
            EXPECT_LE(
                QString::localeAwareCompare(page->filterModel()->index(row - 1, OverviewModel::Name).data().toString(),
                    page->filterModel()->index(row, OverviewModel::Name).data().toString()),
                0)
                << "row " << row;
        }

        // The other year, held back again; a click on the Commune header
        // before it is read: the first rows go, the year comes by commune.
        ASSERT_TRUE(writer.exec(QStringLiteral("DELETE FROM assessment_summary")));
        ASSERT_TRUE(writer.exec(QStringLiteral("BEGIN IMMEDIATE")));
        auto *year = page->findChild<QComboBox *>(QStringLiteral("overviewYear"));
        year->setFocus();
        QTest::keyClick(year, Qt::Key_Down);
        ASSERT_EQ(year->currentText(), years.first());
        ASSERT_TRUE(QTest::qWaitFor([page] { return page->filterModel()->rowCount() > 0; }, 10000));
        EXPECT_TRUE(page->isLoading());
        QHeaderView *header = table->horizontalHeader();
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
            QPoint(header->sectionViewportPosition(OverviewModel::Commune)
                    + header->sectionSize(OverviewModel::Commune) / 2,
                header->height() / 2));
        EXPECT_EQ(page->filterModel()->rowCount(), 0);
        QTest::qWait(100);
        EXPECT_EQ(page->filterModel()->rowCount(), 0);
        ASSERT_TRUE(writer.exec(QStringLiteral("ROLLBACK")));
        waitUntilShown(page);
        ASSERT_EQ(page->filterModel()->rowCount(), Schools);
        for (int row = 1; row < Schools; ++row) {
            EXPECT_LE(QString::localeAwareCompare(
                          page->filterModel()->index(row - 1, OverviewModel::Commune).data().toString(),
                          page->filterModel()->index(row, OverviewModel::Commune).data().toString()),
                0)
                << "row " << row;
        }
    }
    other.close();
    other = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("other"));

    // What the reading kept: every summary, once the write was let through.
    window.close();
    std::unique_ptr<Database> database = Database::open(path).value();
    QSqlQuery count(database->connection());
    ASSERT_TRUE(count.exec(QStringLiteral("SELECT count(*) FROM assessment_summary")) && count.next());
    EXPECT_EQ(count.value(0).toInt(), 2 * Schools);
}

TEST_F(OverviewTest, ActivatingARowOpensTheAssessment)
{
    m_window->showOverview();
    OverviewPage *page = m_window->overviewPage();
    waitUntilShown(page);
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
    waitUntilShown(page);
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
    waitUntilShown(page);

    page->setReferentialFilter(QStringLiteral("creteil-jalons"));
    EXPECT_EQ(page->filterModel()->rowCount(), 1);
    EXPECT_EQ(page->model()->columnCount(), OverviewModel::FirstDomain + 5 + 1);
    EXPECT_EQ(
        page->model()->headerData(OverviewModel::FirstDomain + 1, Qt::Horizontal).toString(), QStringLiteral("ORG"));
    const QModelIndex stage = page->filterModel()->index(0, OverviewModel::FirstDomain + 1);
    EXPECT_EQ(stage.data().toString(), QStringLiteral("4"));
    EXPECT_TRUE(stage.data(Qt::BackgroundRole).value<QColor>().isValid());

    page->setReferentialFilter(QString());
    EXPECT_EQ(page->model()->columnCount(), OverviewModel::FirstDomain + 6 + 1);
    EXPECT_EQ(page->filterModel()->rowCount(), 31);
}

namespace {

// Every text a chart draws (axis labels, legend, title) as its scene holds
// them: Qt Charts cuts what does not fit with "..." (or "…").
std::string elidedTexts(QChartView *view)
{
    QStringList elided;
    for (const QGraphicsItem *item : view->scene()->items()) {
        if (const auto *text = dynamic_cast<const QGraphicsTextItem *>(item)) {
            const QString plain = text->toPlainText();
            if (text->isVisible() && (plain.contains(QLatin1String("...")) || plain.contains(QChar(0x2026))))
                elided.append(plain);
        }
    }
    return elided.join(QLatin1String(" | ")).toStdString();
}

// A circonscription of 40 schools on the screens of the schools.
class OverviewLayoutTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_catalog = ReferentialCatalog::bundled().value();
        open();
    }

    void open()
    {
        m_window = std::make_unique<MainWindow>(m_catalog, m_dir.filePath(QStringLiteral("settings.ini")));
        m_window->openInitialDatabase(m_dir.filePath(QStringLiteral("forty.sqlite")));
        m_years = DataGenerator::lastYears(2);
        if (m_window->session()->storage().overview(m_years.last()).value().isEmpty()) {
            ASSERT_TRUE(DataGenerator(m_catalog, 40).populate(m_window->session()->storage(), 40, m_years).ok());
            m_window->session()->notifyEstablishmentsChanged();
        }
        m_window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_window.get()));
    }

    // Resizes the window as a small screen would and lets the layouts settle.
    void resizeTo(const QSize &size)
    {
        m_window->resize(size);
        QApplication::processEvents();
        QTest::qWait(50);
        QApplication::processEvents();
    }

    void expectEverythingInside(QWidget *page, const QSize &screen)
    {
        const QSize minimum = m_window->minimumSizeHint().expandedTo(m_window->minimumSize());
        EXPECT_LE(minimum.width(), screen.width());
        EXPECT_LE(minimum.height(), screen.height());
        EXPECT_LE(m_window->width(), screen.width());
        EXPECT_LE(m_window->height(), screen.height());
        const QRect window = m_window->rect();
        for (QWidget *widget : page->findChildren<QWidget *>()) {
            if (!widget->isVisible()
                || !(qobject_cast<QPushButton *>(widget) || qobject_cast<QLineEdit *>(widget)
                    || qobject_cast<QComboBox *>(widget) || widget->objectName() == QLatin1String("overviewCount")))
                continue;
            const QRect where(widget->mapTo(m_window.get(), QPoint(0, 0)), widget->size());
            EXPECT_TRUE(window.contains(where))
                << widget->metaObject()->className() << " " << widget->objectName().toStdString() << " at " << where.x()
                << "," << where.y() << " " << where.width() << "x" << where.height();
        }
    }

    QTemporaryDir m_dir;
    ReferentialCatalog m_catalog;
    std::unique_ptr<MainWindow> m_window;
    QStringList m_years;
};

TEST_F(OverviewLayoutTest, FitsA1024By768Screen)
{
    resizeTo(QSize(1024, 768));
    m_window->showOverview();
    resizeTo(QSize(1024, 768));
    OverviewPage *page = m_window->overviewPage();
    waitUntilShown(page);
    ASSERT_EQ(page->model()->rowCount(), 40);
    expectEverythingInside(page, QSize(1024, 768));
    // The chart names the domains by their codes, none cut.
    auto *chart = page->findChild<QChartView *>(QStringLiteral("distributionChart"));
    ASSERT_NE(chart, nullptr);
    EXPECT_EQ(elidedTexts(chart), std::string());
    // ... and none hidden (Qt hides a label that would touch the next).
    QStringList shown;
    for (const QGraphicsItem *item : chart->scene()->items()) {
        if (const auto *text = dynamic_cast<const QGraphicsTextItem *>(item); text && text->isVisible())
            shown.append(text->toPlainText());
    }
    for (const Domain &domain : m_catalog.referentials().constFirst()->domains())
        EXPECT_TRUE(shown.contains(domain.id)) << domain.id.toStdString();
}

TEST_F(OverviewLayoutTest, TheTableIsReadableAt1366By768)
{
    m_window->showOverview();
    resizeTo(QSize(1366, 768));
    OverviewPage *page = m_window->overviewPage();
    waitUntilShown(page);
    expectEverythingInside(page, QSize(1366, 768));
    auto *table = page->findChild<QTableView *>(QStringLiteral("overviewTable"));
    const QFontMetrics metrics = table->fontMetrics();
    // The UAI is the school's identity: never cut.
    const int uaiColumn = table->columnWidth(OverviewModel::Uai);
    int longestName = 0;
    for (const OverviewRow &row : page->model()->rows()) {
        EXPECT_GE(uaiColumn, metrics.horizontalAdvance(row.uai) + 6) << row.uai.toStdString();
        longestName = std::max(longestName, metrics.horizontalAdvance(row.name.left(30)));
        EXPECT_EQ(page->model()->index(0, OverviewModel::Name).data(Qt::ToolTipRole).toString().isEmpty(), false);
    }
    // At least 30 characters of every name, and the name takes the spare
    // width: no empty band on the right, no other column cut.
    EXPECT_GE(table->columnWidth(OverviewModel::Name), longestName + 6);
    int total = 0;
    for (int column = 0; column < page->model()->columnCount(); ++column)
        total += table->columnWidth(column);
    EXPECT_GE(total, table->viewport()->width() - 2);
    for (const int column :
        {OverviewModel::Kind, OverviewModel::Commune, OverviewModel::Circonscription, OverviewModel::Status}) {
        for (const OverviewRow &row : page->model()->rows()) {
            const QString text = page->model()->index(0, column).data().toString();
            EXPECT_GE(table->columnWidth(column), metrics.horizontalAdvance(text) + 6) << text.toStdString();
            Q_UNUSED(row);
        }
    }
    // The domains: their code on top, the title in the tooltip, narrow.
    const Referential &grid = *m_catalog.referentials().constFirst();
    for (int d = 0; d < grid.domains().size(); ++d) {
        const int column = OverviewModel::FirstDomain + d;
        EXPECT_EQ(page->model()->headerData(column, Qt::Horizontal).toString(), grid.domains().at(d).id);
        EXPECT_EQ(
            page->model()->headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString(), grid.domains().at(d).title);
        EXPECT_LE(table->columnWidth(column), metrics.averageCharWidth() * 8);
    }

    auto *view = page->findChild<QChartView *>(QStringLiteral("distributionChart"));
    ASSERT_NE(view, nullptr);
    EXPECT_EQ(elidedTexts(view), std::string());
    QStringList codes;
    for (const Domain &domain : grid.domains())
        codes.prepend(domain.id);
    const auto axes = view->chart()->axes(Qt::Vertical);
    ASSERT_EQ(axes.size(), 1);
    EXPECT_EQ(qobject_cast<QBarCategoryAxis *>(axes.constFirst())->categories(), codes);
    // The key under the chart says each code in full.
    const QString key = page->findChild<QLabel *>(QStringLiteral("distributionKey"))->text();
    for (const Domain &domain : grid.domains())
        EXPECT_TRUE(key.contains(domain.title)) << domain.title.toStdString();
}

TEST_F(OverviewLayoutTest, FitsA1366By768ScreenAtScale150)
{
    // QT_SCALE_FACTOR must be set before the application exists: a font
    // half as big again makes every widget ask for what it would at 1.5, on
    // a screen of 1366×768 / 1.5.
    const QFont original = QApplication::font();
    QFont big = original;
    big.setPointSizeF(original.pointSizeF() * 1.5);
    QApplication::setFont(big);
    m_window.reset();
    open();
    const QSize screen(1366 * 2 / 3, 768 * 2 / 3);
    m_window->showOverview();
    resizeTo(screen);
    waitUntilShown(m_window->overviewPage());
    // The page asks for no more than the screen leaves it beside the
    // window's menus, tool bar and status bar (their own widths are the
    // window's business), and its buttons are all within it.
    OverviewPage *page = m_window->overviewPage();
    const int chrome = m_window->height() - page->height();
    EXPECT_LE(page->minimumSizeHint().width(), screen.width());
    EXPECT_LE(page->minimumSizeHint().height(), screen.height() - chrome);
    const QRect inside = page->rect();
    for (QPushButton *button : page->findChildren<QPushButton *>()) {
        const QRect where(button->mapTo(page, QPoint(0, 0)), button->size());
        EXPECT_TRUE(inside.contains(where)) << button->text().toStdString();
    }
    m_window.reset();
    QApplication::setFont(original);
}

TEST_F(OverviewLayoutTest, SummaryLegendsAreWholeAt1024By768)
{
    const OverviewRow school = m_window->session()->storage().overview(m_years.last()).value().constFirst();
    ASSERT_TRUE(m_window->showAssessment(school.assessmentId));
    m_window->showSummary();
    resizeTo(QSize(1024, 768));
    const QList<QChartView *> charts = m_window->summaryView()->findChildren<QChartView *>();
    ASSERT_FALSE(charts.isEmpty());
    for (QChartView *chart : charts) {
        if (!chart->isVisible())
            continue;
        EXPECT_EQ(elidedTexts(chart), std::string()) << chart->accessibleName().toStdString();
    }
}

TEST(OverviewEmptyTest, AnEmptyDatabaseSaysSoAndOffersNothingToExport)
{
    QTemporaryDir dir;
    const ReferentialCatalog catalog = ReferentialCatalog::bundled().value();
    MainWindow window(catalog, dir.filePath(QStringLiteral("settings.ini")));
    window.openInitialDatabase(dir.filePath(QStringLiteral("empty.sqlite")));
    window.show();
    window.showOverview();
    OverviewPage *page = window.overviewPage();
    waitUntilShown(page);
    const QString count = page->findChild<QLabel *>(QStringLiteral("overviewCount"))->text();
    EXPECT_FALSE(count.isEmpty());
    EXPECT_FALSE(count.trimmed().endsWith(QLatin1String("pour"))) << count.toStdString();
    EXPECT_FALSE(count.trimmed().endsWith(QLatin1String("for"))) << count.toStdString();
    EXPECT_FALSE(page->findChild<QPushButton *>(QStringLiteral("consolidationPdf"))->isEnabled());
    EXPECT_FALSE(page->findChild<QPushButton *>(QStringLiteral("consolidationCsv"))->isEnabled());
    auto *evolution = page->findChild<QPushButton *>(QStringLiteral("evolution"));
    EXPECT_FALSE(evolution->isEnabled());
    EXPECT_FALSE(evolution->toolTip().isEmpty());
}

TEST_F(OverviewLayoutTest, EvolutionNeedsASchoolAndTheSplittersAreNamed)
{
    m_window->showOverview();
    OverviewPage *page = m_window->overviewPage();
    waitUntilShown(page);
    auto *evolution = page->findChild<QPushButton *>(QStringLiteral("evolution"));
    auto *table = page->findChild<QTableView *>(QStringLiteral("overviewTable"));
    table->setCurrentIndex(QModelIndex());
    EXPECT_FALSE(evolution->isEnabled());
    table->setCurrentIndex(page->filterModel()->index(1, OverviewModel::Name));
    EXPECT_TRUE(evolution->isEnabled());

    // Named, so that the window keeps their places in its settings.
    for (const QSplitter *splitter : page->findChildren<QSplitter *>())
        EXPECT_FALSE(splitter->objectName().isEmpty());
}

} // namespace
