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
#include <numeric>
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

namespace {

OverviewRow overviewRow(qint64 id, const QString &name, const QString &commune, const QString &circonscription,
    EstablishmentKind kind, AssessmentStatus status, int overall, QList<int> domains, int answered)
{
    OverviewRow row;
    row.establishmentId = id;
    row.assessmentId = 100 + id;
    row.uai = QStringLiteral("09%1A").arg(1000 - id * 7 % 13, 5, 10, QLatin1Char('0'));
    row.name = name;
    row.commune = commune;
    row.circonscription = circonscription;
    row.departement = QStringLiteral("Val-de-Marne");
    row.kind = kind;
    row.status = status;
    row.referentialId = kind == EstablishmentKind::College ? QStringLiteral("creteil-etablissements")
                                                           : QStringLiteral("creteil-ecoles");
    row.overallPalier = overall;
    row.domainPaliers = std::move(domains);
    row.answered = answered;
    row.total = 60;
    return row;
}

} // namespace

// The table shows the rows in the order the overview always gave them: a
// column's texts in the locale's order (accents and case as a French reader
// expects), numbers as numbers, ties in the order the database gave, the
// filter as OverviewFilter::matches says. The reference is that definition,
// written out here with QString::localeAwareCompare and a stable sort.
TEST_F(ModelTesterTest, TheOverviewSortsAndFiltersAsTheLocaleAndTheFilterSay)
{
    const auto ecole = EstablishmentKind::EcoleElementaire;
    const auto college = EstablishmentKind::College;
    const auto draft = AssessmentStatus::Draft;
    const auto validated = AssessmentStatus::Validated;
    const QList<OverviewRow> rows {
        overviewRow(1, QStringLiteral("École Jules Ferry"), QStringLiteral("Évry"), QStringLiteral("Évry 2"), ecole,
            validated, 2, {2, 3, 1, 2, 2, 3}, 60),
        overviewRow(2, QStringLiteral("Ecole Anatole France"), QStringLiteral("Etampes"), QStringLiteral("Étampes"),
            ecole, draft, 0, {0, 1, 1, 0, 2, 1}, 12),
        overviewRow(3, QStringLiteral("école maternelle Les Lilas"), QStringLiteral("Ézanville"),
            QStringLiteral("evry 1"), ecole, validated, 1, {1, 1, 2, 1, 1, 1}, 60),
        overviewRow(4, QStringLiteral("Collège Évariste Galois"), QStringLiteral("Créteil"), QStringLiteral(""),
            college, validated, 2, {3, 2, 2, 2, 3, 3}, 60),
        overviewRow(5, QStringLiteral("collège Albert Camus"), QStringLiteral("Créteil"), QStringLiteral(""), college,
            draft, 1, {1, 2}, 30),
        overviewRow(6, QStringLiteral("École Jules Ferry"), QStringLiteral("Evry"), QStringLiteral("Évry 2"), ecole,
            draft, 2, {2, 2, 2, 2, 2, 2}, 60),
        overviewRow(7, QStringLiteral("Lycée Émile Zola"), QStringLiteral("Œuilly"), QStringLiteral("Oeuilly"), college,
            validated, 3, {3, 3, 3, 3, 3, 3}, 60),
        overviewRow(
            8, QStringLiteral("zola"), QStringLiteral("oeuilly"), QStringLiteral("Évry 2"), ecole, validated, 0, {}, 0),
    };
    OverviewModel model(m_catalog);
    model.setRows(rows);
    OverviewFilterModel proxy;
    proxy.setSourceModel(&model);

    const auto referenceLess = [&model](int column, const OverviewRow &a, const OverviewRow &b, int ia, int ib) {
        const auto text = [](const QString &x, const QString &y) {
            return QString::localeAwareCompare(x, y) < 0;
        };
        switch (column) {
        case OverviewModel::Name:
            return text(a.name, b.name);
        case OverviewModel::Uai:
            return a.uai < b.uai;
        case OverviewModel::Kind:
            return static_cast<int>(a.kind) < static_cast<int>(b.kind);
        case OverviewModel::Commune:
            return text(a.commune, b.commune);
        case OverviewModel::Circonscription:
            return text(a.circonscription, b.circonscription);
        case OverviewModel::Status:
            return static_cast<int>(a.status) < static_cast<int>(b.status);
        case OverviewModel::Overall:
            return a.overallPalier < b.overallPalier;
        default:
            if (column == model.completionColumn())
                return a.completion() < b.completion();
            return model.index(ia, column).data(OverviewModel::SortRole).toInt()
                < model.index(ib, column).data(OverviewModel::SortRole).toInt();
        }
    };
    OverviewFilter none;
    OverviewFilter accented;
    accented.search = QStringLiteral("é");
    OverviewFilter typed;
    typed.search = QStringLiteral("ECOLE"); // case folded, accents as typed
    OverviewFilter schools;
    schools.kind = ecole;
    schools.status = validated;
    OverviewFilter circonscription;
    circonscription.circonscription = QStringLiteral("évry 2");
    for (const OverviewFilter &filter : {none, accented, typed, schools, circonscription}) {
        proxy.setFilter(filter);
        for (int column = 0; column < model.columnCount(); ++column) {
            for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                proxy.sort(column, order);
                QList<int> expected(rows.size());
                std::iota(expected.begin(), expected.end(), 0);
                std::stable_sort(expected.begin(), expected.end(), [&](int a, int b) {
                    return order == Qt::AscendingOrder ? referenceLess(column, rows.at(a), rows.at(b), a, b)
                                                       : referenceLess(column, rows.at(b), rows.at(a), b, a);
                });
                expected.removeIf([&](int row) { return !filter.matches(rows.at(row)); });
                QList<int> shown;
                for (int row = 0; row < proxy.rowCount(); ++row)
                    shown.append(proxy.mapToSource(proxy.index(row, column)).row());
                EXPECT_EQ(shown, expected) << "column " << column << (order == Qt::AscendingOrder ? " up" : " down")
                                           << ", search \"" << filter.search.toStdString() << '"';
            }
        }
    }
    // What the filter leaves is what the proxy says it accepts.
    proxy.setFilter(typed);
    proxy.sort(OverviewModel::Name);
    QStringList names;
    for (const OverviewRow &row : proxy.acceptedRows())
        names.append(row.name);
    EXPECT_EQ(names, QStringList({QStringLiteral("Ecole Anatole France")}));

    // The row chosen stays chosen while the filter narrows and widens.
    proxy.setFilter(none);
    proxy.sort(OverviewModel::Name);
    const QPersistentModelIndex chosen = proxy.mapFromSource(model.index(6, OverviewModel::Name));
    ASSERT_TRUE(chosen.isValid());
    OverviewFilter lycee;
    lycee.search = QStringLiteral("lycée");
    proxy.setFilter(lycee);
    ASSERT_EQ(proxy.rowCount(), 1);
    EXPECT_EQ(chosen.row(), 0);
    EXPECT_EQ(proxy.mapToSource(chosen).row(), 6);
    proxy.setFilter(none);
    EXPECT_EQ(proxy.mapToSource(chosen).row(), 6);
    proxy.setFilter(schools);
    EXPECT_FALSE(chosen.isValid()) << "a row filtered out is no longer chosen";
}
