#include "establishmentmodel.h"

namespace Paliers {

EstablishmentModel::EstablishmentModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void EstablishmentModel::setEstablishments(QList<Establishment> establishments)
{
    beginResetModel();
    m_establishments = std::move(establishments);
    endResetModel();
}

const Establishment *EstablishmentModel::establishment(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_establishments.size())
        return nullptr;
    return &m_establishments.at(index.row());
}

QModelIndex EstablishmentModel::indexOf(qint64 id) const
{
    for (qsizetype row = 0; row < m_establishments.size(); ++row) {
        if (m_establishments.at(row).id == id)
            return index(static_cast<int>(row), 0);
    }
    return QModelIndex();
}

int EstablishmentModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_establishments.size());
}

int EstablishmentModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EstablishmentModel::data(const QModelIndex &index, int role) const
{
    const Establishment *e = establishment(index);
    if (!e)
        return QVariant();
    if (role == IdRole)
        return e->id;
    if (role == KindRole)
        return static_cast<int>(e->kind);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return QVariant();
    switch (index.column()) {
    case Name:
        return e->name;
    case Uai:
        return e->uai;
    case Kind:
        return establishmentKindLabel(e->kind);
    case Commune:
        return e->commune;
    case Circonscription:
        return e->circonscription;
    case Departement:
        return e->departement;
    default:
        return QVariant();
    }
}

QVariant EstablishmentModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case Name:
        return tr("Name");
    case Uai:
        return tr("UAI");
    case Kind:
        return tr("Kind");
    case Commune:
        return tr("Commune");
    case Circonscription:
        return tr("Circonscription / district");
    case Departement:
        return tr("Département");
    default:
        return QVariant();
    }
}

EstablishmentFilter::EstablishmentFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void EstablishmentFilter::setSearchText(const QString &text)
{
    m_search = text.trimmed();
    invalidateRowsFilter();
}

void EstablishmentFilter::setKind(std::optional<EstablishmentKind> kind)
{
    m_kind = kind;
    invalidateRowsFilter();
}

void EstablishmentFilter::setCirconscription(const QString &circonscription)
{
    m_circonscription = circonscription;
    invalidateRowsFilter();
}

void EstablishmentFilter::setDepartement(const QString &departement)
{
    m_departement = departement;
    invalidateRowsFilter();
}

bool EstablishmentFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const auto *model = qobject_cast<const EstablishmentModel *>(sourceModel());
    if (!model)
        return true;
    const Establishment *e = model->establishment(model->index(sourceRow, 0, sourceParent));
    if (!e)
        return false;
    if (m_kind && e->kind != *m_kind)
        return false;
    if (!m_circonscription.isEmpty() && e->circonscription != m_circonscription)
        return false;
    if (!m_departement.isEmpty() && e->departement != m_departement)
        return false;
    if (m_search.isEmpty())
        return true;
    return e->name.contains(m_search, Qt::CaseInsensitive) || e->uai.contains(m_search, Qt::CaseInsensitive)
        || e->commune.contains(m_search, Qt::CaseInsensitive);
}

} // namespace Paliers
