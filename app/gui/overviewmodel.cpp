#include "overviewmodel.h"

#include "palierscharts.h"
#include "reportstyle.h"

namespace Paliers {

OverviewModel::OverviewModel(const ReferentialCatalog &catalog, QObject *parent)
    : QAbstractTableModel(parent)
    , m_catalog(catalog)
{
    setColumnsFor(QString());
}

void OverviewModel::setColumnsFor(const QString &referentialId)
{
    const QList<const Referential *> grids = m_catalog.referentials();
    const Referential *chosen = m_catalog.latest(referentialId);
    if (!chosen && !grids.isEmpty())
        chosen = grids.constFirst();
    beginResetModel();
    m_columnsFor = chosen && !referentialId.isEmpty() ? chosen->id() : QString();
    m_domains = chosen ? chosen->domains() : QList<Domain>();
    m_columns.clear();
    // Every version of every grid: their domains are matched by id.
    for (const Referential *grid : grids) {
        for (const Referential *referential : m_catalog.versions(grid->id())) {
            QList<qsizetype> indexes;
            for (const Domain &domain : m_domains)
                indexes.append(referential->domainIndex(domain.id));
            m_columns[referential->id()].insert(referential->version(), indexes);
        }
    }
    endResetModel();
}

QColor OverviewModel::colorOf(const OverviewRow &row, int palier) const
{
    const Referential *referential = m_catalog.find(row.referentialId, row.referentialVersion);
    return PaliersCharts::stageColor(palier, referential ? referential->maxLevel() : 3);
}

void OverviewModel::setRows(QList<OverviewRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int OverviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int OverviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : completionColumn() + 1;
}

int OverviewModel::palierAt(const OverviewRow &row, int domainColumn) const
{
    const auto grid = m_columns.constFind(row.referentialId);
    if (grid == m_columns.constEnd())
        return -1;
    const auto found = grid->constFind(row.referentialVersion);
    if (found == grid->constEnd())
        return -1;
    const qsizetype index = found->value(domainColumn, -1);
    return index < 0 ? -1 : row.domainPaliers.value(index, -1);
}

QVariant OverviewModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return QVariant();
    const OverviewRow &row = m_rows.at(index.row());
    const int column = index.column();
    if (role == AssessmentIdRole)
        return row.assessmentId;
    if (role == EstablishmentIdRole)
        return row.establishmentId;

    int palier = -1;
    if (column == Overall)
        palier = row.overallPalier;
    else if (column >= FirstDomain && column < completionColumn())
        palier = palierAt(row, column - FirstDomain);
    const bool isPalier = column == Overall || (column >= FirstDomain && column < completionColumn());

    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Name:
            return row.name;
        case Uai:
            return row.uai;
        case Kind:
            return establishmentKindLabel(row.kind);
        case Commune:
            return row.commune;
        case Circonscription:
            return row.circonscription;
        case Status:
            return assessmentStatusLabel(row.status);
        default:
            if (column == completionColumn())
                return QStringLiteral("%1 %").arg(qRound(row.completion() * 100));
            return palier < 0 ? QVariant() : QVariant(QString::number(palier));
        }
    case SortRole:
        if (isPalier)
            return palier;
        if (column == completionColumn())
            return row.completion();
        return data(index, Qt::DisplayRole);
    case Qt::BackgroundRole:
        if (isPalier && palier >= 0)
            return colorOf(row, palier);
        return QVariant();
    case Qt::ForegroundRole:
        if (isPalier && palier >= 0)
            return ReportStyle::textOn(colorOf(row, palier));
        return QVariant();
    case Qt::TextAlignmentRole:
        if (isPalier || column == completionColumn())
            return QVariant(Qt::AlignCenter);
        return QVariant();
    case Qt::ToolTipRole:
        if (column >= FirstDomain && column < completionColumn()) {
            const QString title = m_domains.at(column - FirstDomain).title;
            return palier < 0 ? title
                : palier == 0 ? tr("%1: palier 1 not reached").arg(title)
                              : tr("%1: palier %2").arg(title).arg(palier);
        }
        switch (column) {
        case Name:
            return tr("%1 — %2, %3").arg(row.name, row.referentialId, row.schoolYear);
        case Commune:
            return row.commune;
        case Circonscription:
            return row.circonscription;
        default:
            return QVariant();
        }
    default:
        return QVariant();
    }
}

QVariant OverviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QVariant();
    // The domains' columns are narrow: their code on top, the title in the
    // tooltip.
    if (role == Qt::ToolTipRole && section >= FirstDomain && section < completionColumn())
        return m_domains.at(section - FirstDomain).title;
    if (role == Qt::ToolTipRole && section == Overall)
        return tr("The palier reached in every domain: the lowest of them");
    if (role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case Name:
        return tr("Establishment");
    case Uai:
        return tr("UAI");
    case Kind:
        return tr("Kind");
    case Commune:
        return tr("Commune");
    case Circonscription:
        return tr("Circonscription");
    case Status:
        return tr("Status");
    case Overall:
        return tr("Overall");
    default:
        if (section == completionColumn())
            return tr("Completion");
        return m_domains.at(section - FirstDomain).id;
    }
}

OverviewFilterModel::OverviewFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(OverviewModel::SortRole);
    setSortLocaleAware(true);
}

void OverviewFilterModel::setFilter(const OverviewFilter &filter)
{
    m_filter = filter;
    invalidateFilter();
}

bool OverviewFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    Q_UNUSED(sourceParent);
    const auto *model = static_cast<const OverviewModel *>(sourceModel());
    return m_filter.matches(model->row(sourceRow));
}

bool OverviewFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const auto *model = static_cast<const OverviewModel *>(sourceModel());
    const OverviewRow &a = model->row(left.row());
    const OverviewRow &b = model->row(right.row());
    const int column = left.column();
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
        if (column == model->completionColumn())
            return a.completion() < b.completion();
        return left.data(OverviewModel::SortRole).toInt() < right.data(OverviewModel::SortRole).toInt();
    }
}

QList<OverviewRow> OverviewFilterModel::acceptedRows() const
{
    const auto *model = static_cast<const OverviewModel *>(sourceModel());
    QList<OverviewRow> rows;
    rows.reserve(rowCount());
    for (int i = 0; i < rowCount(); ++i)
        rows.append(model->row(mapToSource(index(i, 0)).row()));
    return rows;
}

} // namespace Paliers
