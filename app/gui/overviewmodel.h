#pragma once

#include "analysis/consolidation.h"
#include "referential/referentialcatalog.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

namespace Paliers {

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

    void setRows(QList<OverviewRow> rows);
    const QList<OverviewRow> &rows() const { return m_rows; }
    const OverviewRow &row(int index) const { return m_rows.at(index); }
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
    int palierAt(const OverviewRow &row, int domainColumn) const;
    QColor colorOf(const OverviewRow &row, int palier) const;

    const ReferentialCatalog &m_catalog;
    QString m_columnsFor;
    QList<Domain> m_domains;
    // Per referential, where each column's domain sits in its own order.
    QHash<QString, QHash<QString, QList<qsizetype>>> m_columns; // id → version → positions
    QList<OverviewRow> m_rows;
};

class OverviewFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit OverviewFilterModel(QObject *parent = nullptr);
    void setFilter(const OverviewFilter &filter);
    const OverviewFilter &filter() const { return m_filter; }
    // The rows the filter keeps, in the model's order.
    QList<OverviewRow> acceptedRows() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    // Compares the rows themselves: sorting 60,000 rows through QVariant
    // would be several times slower.
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    OverviewFilter m_filter;
};

} // namespace Paliers
