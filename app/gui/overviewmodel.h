#pragma once

#include "analysis/consolidation.h"
#include "referential/referentialcatalog.h"

#include <functional>
#include <QAbstractProxyModel>
#include <QAbstractTableModel>

namespace Paliers {

// What the filter and the sort read of each row, made once per set of rows
// (off the GUI thread when the overview reads a year), so that a keystroke
// or a click on a header compares numbers and plain text only.
struct OverviewKeys
{
    // Name, UAI and commune, case-folded, separated by a line break (which
    // a search typed in a line edit never holds).
    QStringList search;
    // Each row's place in the locale's order (QString::localeAwareCompare)
    // of its name, commune and circonscription; equal texts, equal ranks.
    QList<int> nameRank;
    QList<int> communeRank;
    QList<int> circonscriptionRank;

    static OverviewKeys of(const QList<OverviewRow> &rows);
    // The search text as the keys hold it.
    static QString folded(const QString &search);
};

// The overview of many schools: one row per assessment, a column per domain
// with the palier (coloured, and the number written for colour-blind
// readers), the overall palier and the completion. Sorting uses
// OverviewModel::SortRole (numbers as numbers).
class OverviewModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Uai,
        Kind,
        Commune,
        Circonscription,
        Status,
        Overall,
        FirstDomain, // then one column per domain, then Completion
    };
    static constexpr int SortRole = Qt::UserRole + 1;
    static constexpr int AssessmentIdRole = Qt::UserRole + 2;
    static constexpr int EstablishmentIdRole = Qt::UserRole + 3;

    explicit OverviewModel(const ReferentialCatalog &catalog, QObject *parent = nullptr);

    // The keys are computed here when not given (on the calling thread:
    // at 60,000 rows, a tenth of a second).
    void setRows(QList<OverviewRow> rows);
    void setRows(QList<OverviewRow> rows, OverviewKeys keys);
    const QList<OverviewRow> &rows() const { return m_rows; }
    const OverviewRow &row(int index) const { return m_rows.at(index); }
    const OverviewKeys &keys() const { return m_keys; }
    // The palier of a row in the column `domainColumn` (0: the first
    // domain), -1 when its grid's version lacks that domain.
    int palierAt(const OverviewRow &row, int domainColumn) const;
    // Where the domain of column `domainColumn` sits in a version of a grid
    // (in its rows' domainPaliers), -1 when that version lacks it.
    qsizetype domainIndexAt(const QString &referentialId, const QString &version, int domainColumn) const;
    // The domains the columns follow: those of `referentialId` (the grid the
    // overview is filtered on), or of the first grid when it is empty.
    void setColumnsFor(const QString &referentialId);
    const QString &columnsReferentialId() const { return m_columnsFor; }
    const QList<Domain> &domains() const { return m_domains; }
    int completionColumn() const { return FirstDomain + static_cast<int>(m_domains.size()); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QColor colorOf(const OverviewRow &row, int palier) const;

    const ReferentialCatalog &m_catalog;
    QString m_columnsFor;
    QList<Domain> m_domains;
    // Per referential, where each column's domain sits in its own order.
    QHash<QString, QHash<QString, QList<qsizetype>>> m_columns; // id → version → positions
    QList<OverviewRow> m_rows;
    OverviewKeys m_keys;
};

// The rows of an OverviewModel that the filter keeps, in the order of the
// column sorted on: what the overview's table shows. Not a
// QSortFilterProxyModel, which compares rows through QVariant and sorts
// again on every keystroke: here the order of every row is made once per
// sort (from OverviewKeys), and a filter walks it once.
class OverviewFilterModel : public QAbstractProxyModel
{
    Q_OBJECT

public:
    explicit OverviewFilterModel(QObject *parent = nullptr);

    // `source` must be an OverviewModel.
    void setSourceModel(QAbstractItemModel *source) override;
    void setFilter(const OverviewFilter &filter);
    const OverviewFilter &filter() const { return m_filter; }
    // The rows the filter keeps, in the order shown.
    QList<OverviewRow> acceptedRows() const;
    // The same, as rows of the source model.
    const QList<int> &acceptedSourceRows() const { return m_visible; }
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    bool hasChildren(const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    // The columns are the source's, rows shown or not (QAbstractProxyModel
    // finds a column's header through the first row).
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const OverviewModel *overview() const;
    bool accepts(int sourceRow) const;
    // Every source row in the order of the sort column (source order when
    // none), ties in source order, as a stable sort leaves them.
    void makeOrder();
    void makeVisible();
    // Runs `change` between layoutAboutToBeChanged() and layoutChanged(),
    // moving the persistent indexes (the view's current row, its selection)
    // with their rows.
    void relayout(const std::function<void()> &change);

    OverviewFilter m_filter;
    OverviewFilter m_filterButSearch;
    QString m_needle; // the search, folded as the keys are
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QList<int> m_order; // every source row, sorted
    QList<int> m_visible; // the source rows shown, sorted
    QList<int> m_proxyRow; // per source row, its row here or -1
    QList<QMetaObject::Connection> m_connections;
};

} // namespace Paliers
