// The item models of the application under QAbstractItemModelTester: filled
// with the example database, then reloaded, grown, shrunk, filtered and
// sorted while the tester watches every signal. The tester reports through
// qWarning (a model that breaks the contract of QAbstractItemModel, which
// views rely on); a message handler turns each warning into a failure.
#include "actionplanmodel.h"
#include "establishmentmodel.h"
#include "overviewmodel.h"
#include "storage/exampledata.h"
#include "temporarydatabase.h"

#include <algorithm>
#include <gtest/gtest.h>
#include <QAbstractItemModelTester>
#include <QtGlobal>

using namespace Paliers;
using namespace Paliers::TestSupport;

namespace {

// Collects the warnings emitted while it lives (the tester's among them).
class WarningCollector
{
public:
    WarningCollector()
    {
        s_warnings.clear();
        m_previous = qInstallMessageHandler(&WarningCollector::handle);
    }
    ~WarningCollector() { qInstallMessageHandler(m_previous); }

    const QStringList &warnings() const { return s_warnings; }
    std::string report() const { return s_warnings.join(QLatin1Char('\n')).toStdString(); }

private:
    static void handle(QtMsgType type, const QMessageLogContext &, const QString &message)
    {
        if (type == QtWarningMsg || type == QtCriticalMsg || type == QtFatalMsg)
            s_warnings.append(message);
    }

    static inline QStringList s_warnings;
    QtMessageHandler m_previous = nullptr;
};

// The example database: two écoles years and a collège, with action plans.
class ModelTesterTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        const Status filled = ExampleData::populate(m_db.storage());
        ASSERT_TRUE(filled.ok()) << filled.error().toStdString();
        m_catalog = ReferentialCatalog::bundled().value();
    }

    Storage &storage() { return m_db.storage(); }

    TemporaryDatabase m_db;
    ReferentialCatalog m_catalog;
};

// Every cell and header of a model read in the roles a view asks for, and in
// the models' own roles: none may assert or read out of range.
void readEverything(const QAbstractItemModel &model)
{
    static const int roles[] = {Qt::DisplayRole, Qt::ToolTipRole, Qt::BackgroundRole, Qt::ForegroundRole,
        Qt::TextAlignmentRole, Qt::FontRole, Qt::UserRole + 1, Qt::UserRole + 2, Qt::UserRole + 3};
    for (int row = 0; row < model.rowCount(); ++row) {
        for (int column = 0; column < model.columnCount(); ++column) {
            for (int role : roles)
                model.index(row, column).data(role);
        }
    }
    for (int column = 0; column < model.columnCount(); ++column) {
        model.headerData(column, Qt::Horizontal, Qt::DisplayRole);
        model.headerData(column, Qt::Horizontal, Qt::ToolTipRole);
    }
}

} // namespace

TEST_F(ModelTesterTest, TheActionPlanModelKeepsTheContract)
{
    WarningCollector collector;
    ActionPlanModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
    QSortFilterProxyModel sorted;
    sorted.setSortRole(ActionPlanModel::SortRole);
    sorted.setSourceModel(&model);
    QAbstractItemModelTester sortedTester(&sorted, QAbstractItemModelTester::FailureReportingMode::Warning);
    sorted.sort(ActionPlanModel::DueDateColumn);

    const QList<OverviewRow> rows = storage().overview().value();
    const auto planned = std::find_if(rows.cbegin(), rows.cend(),
        [this](const OverviewRow &row) { return !storage().actionItems(row.assessmentId)->isEmpty(); });
    ASSERT_NE(planned, rows.cend()) << "the example has an action plan";
    const qint64 id = planned->assessmentId;
    const Referential *referential = m_catalog.latest(planned->referentialId);
    QList<ActionItem> items = storage().actionItems(id).value();
    ASSERT_GE(items.size(), 2);

    model.setItems(items, referential);
    EXPECT_EQ(model.rowCount(), items.size());
    readEverything(model);
    readEverything(sorted);

    // An action added, one removed, and the plan read again each time, as
    // the action plan view does.
    ActionItem added;
    added.assessmentId = id;
    added.title = QStringLiteral("Former l'équipe à l'ENT");
    added.owner = QStringLiteral("Mme Durand");
    added.dueDate = QDate(2026, 1, 15);
    added.priority = 2;
    ASSERT_TRUE(storage().addActionItem(added).ok());
    model.setItems(storage().actionItems(id).value(), referential);
    EXPECT_EQ(model.rowCount(), items.size() + 1);
    ASSERT_TRUE(storage().removeActionItem(items.constFirst().id).ok());
    model.setItems(storage().actionItems(id).value(), referential);
    EXPECT_EQ(model.rowCount(), items.size());
    model.setToday(QDate(2027, 1, 1)); // every dated action now overdue
    sorted.sort(ActionPlanModel::StatusColumn, Qt::DescendingOrder);
    readEverything(sorted);
    model.setItems({}, nullptr);
    EXPECT_EQ(model.rowCount(), 0);

    EXPECT_TRUE(collector.warnings().isEmpty()) << collector.report();
}

TEST_F(ModelTesterTest, TheEstablishmentModelKeepsTheContract)
{
    WarningCollector collector;
    EstablishmentModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
    EstablishmentFilter filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester filterTester(&filter, QAbstractItemModelTester::FailureReportingMode::Warning);
    filter.sort(EstablishmentModel::Name);

    QList<Establishment> establishments = storage().establishments().value();
    ASSERT_GE(establishments.size(), 2);
    model.setEstablishments(establishments);
    EXPECT_EQ(model.rowCount(), establishments.size());
    readEverything(model);

    // One more, as the establishments page reloads after adding one.
    ASSERT_TRUE(storage().addEstablishment(sampleCollege()).ok());
    model.setEstablishments(storage().establishments().value());
    EXPECT_EQ(model.rowCount(), establishments.size() + 1);

    // The filters insert and remove rows in the proxy.
    filter.setKind(EstablishmentKind::College);
    EXPECT_LT(filter.rowCount(), model.rowCount());
    filter.setSearchText(QStringLiteral("Victor"));
    EXPECT_EQ(filter.rowCount(), 1);
    filter.setSearchText(QString());
    filter.setKind(std::nullopt);
    EXPECT_EQ(filter.rowCount(), model.rowCount());
    filter.sort(EstablishmentModel::Commune, Qt::DescendingOrder);
    readEverything(filter);

    // Fewer rows, then none.
    establishments = storage().establishments().value();
    establishments.removeFirst();
    model.setEstablishments(establishments);
    EXPECT_EQ(filter.rowCount(), establishments.size());
    model.setEstablishments({});
    EXPECT_EQ(filter.rowCount(), 0);

    EXPECT_TRUE(collector.warnings().isEmpty()) << collector.report();
}

TEST_F(ModelTesterTest, TheOverviewModelKeepsTheContract)
{
    WarningCollector collector;
    OverviewModel model(m_catalog);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
    OverviewFilterModel filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester filterTester(&filter, QAbstractItemModelTester::FailureReportingMode::Warning);
    filter.sort(OverviewModel::Overall);

    QList<OverviewRow> rows = storage().overview().value();
    ASSERT_GE(rows.size(), 3);
    model.setRows(rows);
    EXPECT_EQ(model.rowCount(), rows.size());
    readEverything(model);

    // The columns follow the grid chosen: the jalons have other domains.
    for (const Referential *referential : m_catalog.referentials()) {
        model.setColumnsFor(referential->id());
        EXPECT_EQ(model.columnCount(), OverviewModel::FirstDomain + referential->domains().size() + 1);
        readEverything(model);
        readEverything(filter);
    }
    model.setColumnsFor(QString());

    // Filtered by grid, then by status, then not at all.
    OverviewFilter byGrid;
    byGrid.referentialId = rows.constFirst().referentialId;
    filter.setFilter(byGrid);
    EXPECT_LE(filter.rowCount(), rows.size());
    OverviewFilter validated;
    validated.status = AssessmentStatus::Validated;
    filter.setFilter(validated);
    filter.setFilter({});
    EXPECT_EQ(filter.rowCount(), rows.size());
    filter.sort(model.completionColumn(), Qt::DescendingOrder);
    filter.sort(OverviewModel::FirstDomain);
    readEverything(filter);

    // Reloaded with one row fewer, then with one more, then empty.
    rows.removeLast();
    model.setRows(rows);
    EXPECT_EQ(filter.rowCount(), rows.size());
    model.setRows(storage().overview().value());
    EXPECT_EQ(filter.rowCount(), rows.size() + 1);
    model.setRows({});
    EXPECT_EQ(filter.rowCount(), 0);

    EXPECT_TRUE(collector.warnings().isEmpty()) << collector.report();
}
