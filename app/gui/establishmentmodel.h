#pragma once

#include "model/establishment.h"

#include <optional>
#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

namespace Paliers {

// The establishments of a database as a table: one row each, no widget per
// cell, so that thousands of rows stay light.
class EstablishmentModel : public QAbstractTableModel
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
        Departement,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        KindRole
    };

    explicit EstablishmentModel(QObject *parent = nullptr);

    void setEstablishments(QList<Establishment> establishments);
    const QList<Establishment> &establishments() const { return m_establishments; }
    const Establishment *establishment(const QModelIndex &index) const;
    QModelIndex indexOf(qint64 id) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Establishment> m_establishments;
};

// Search and filters over EstablishmentModel: free text (name, UAI, commune),
// kind, circonscription or district, département.
class EstablishmentFilter : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit EstablishmentFilter(QObject *parent = nullptr);

    void setSearchText(const QString &text);
    void setKind(std::optional<EstablishmentKind> kind);
    void setCirconscription(const QString &circonscription);
    void setDepartement(const QString &departement);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_search;
    std::optional<EstablishmentKind> m_kind;
    QString m_circonscription;
    QString m_departement;
};

} // namespace Paliers
