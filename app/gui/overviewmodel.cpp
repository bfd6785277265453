#include "overviewmodel.h"

#include "palierscharts.h"
#include "reportstyle.h"

#include <algorithm>
#include <numeric>
#include <QCollator>
#include <QCollatorSortKey>
#include <thread>

namespace Paliers {

namespace {

// Each row's rank in the locale's order of one of its texts. QCollator()
// is the collator QString::localeAwareCompare uses; its sort keys compare
// as it does, and cost one ICU call per row instead of one per comparison.
QList<int> ranksOf(const QList<OverviewRow> &rows, QString OverviewRow::*text)
{
    const QCollator collator;
    std::vector<QCollatorSortKey> keys;
    keys.reserve(static_cast<size_t>(rows.size()));
    // Communes and circonscriptions repeat (the rows share their strings):
    // one key per distinct text.
    QHash<QString, int> seen;
    std::vector<int> keyOf(static_cast<size_t>(rows.size()));
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QString &value = rows.at(i).*text;
        const auto found = seen.constFind(value);
        if (found != seen.constEnd()) {
            keyOf[static_cast<size_t>(i)] = *found;
            continue;
        }
        const int key = static_cast<int>(keys.size());
        keys.push_back(collator.sortKey(value));
        seen.insert(value, key);
        keyOf[static_cast<size_t>(i)] = key;
    }
    std::vector<int> order(keys.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(),
        [&keys](int a, int b) { return keys[static_cast<size_t>(a)].compare(keys[static_cast<size_t>(b)]) < 0; });
    std::vector<int> rankOfKey(keys.size());
    int rank = 0;
    for (size_t i = 0; i < order.size(); ++i) {
        if (i > 0 && keys[static_cast<size_t>(order[i - 1])].compare(keys[static_cast<size_t>(order[i])]) != 0)
            ++rank;
        rankOfKey[static_cast<size_t>(order[i])] = rank;
    }
    QList<int> ranks;
    ranks.reserve(rows.size());
    for (const int key : keyOf)
        ranks.append(rankOfKey[static_cast<size_t>(key)]);
    return ranks;
}

} // namespace

QString OverviewKeys::folded(const QString &search)
{
    return search.toCaseFolded();
}

OverviewKeys OverviewKeys::of(const QList<OverviewRow> &rows)
{
    OverviewKeys keys;
    // The names' ranks (an ICU sort key per school) on a thread of their
    // own beside the rest, for a DANE's 60,000 rows; a school's few, here.
    const auto names = [&rows, &keys] {
        keys.nameRank = ranksOf(rows, &OverviewRow::name);
    };
    const auto rest = [&rows, &keys] {
        keys.search.reserve(rows.size());
        for (const OverviewRow &row : rows)
            keys.search.append(folded(row.name + u'\n' + row.uai + u'\n' + row.commune));
        keys.communeRank = ranksOf(rows, &OverviewRow::commune);
        keys.circonscriptionRank = ranksOf(rows, &OverviewRow::circonscription);
    };
    if (rows.size() >= 5000) {
        const std::jthread beside(names); // joined when it goes
        rest();
    } else {
        names();
        rest();
    }
    return keys;
}

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
    OverviewKeys keys = OverviewKeys::of(rows);
    setRows(std::move(rows), std::move(keys));
}

void OverviewModel::setRows(QList<OverviewRow> rows, OverviewKeys keys)
{
    Q_ASSERT(keys.search.size() == rows.size());
    beginResetModel();
    m_rows = std::move(rows);
    m_keys = std::move(keys);
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

qsizetype OverviewModel::domainIndexAt(const QString &referentialId, const QString &version, int domainColumn) const
{
    const auto grid = m_columns.constFind(referentialId);
    if (grid == m_columns.constEnd())
        return -1;
    const auto found = grid->constFind(version);
    if (found == grid->constEnd())
        return -1;
    return found->value(domainColumn, -1);
}

int OverviewModel::palierAt(const OverviewRow &row, int domainColumn) const
{
    const qsizetype index = domainIndexAt(row.referentialId, row.referentialVersion, domainColumn);
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
    : QAbstractProxyModel(parent)
{
}

const OverviewModel *OverviewFilterModel::overview() const
{
    return static_cast<const OverviewModel *>(sourceModel());
}

void OverviewFilterModel::setSourceModel(QAbstractItemModel *source)
{
    Q_ASSERT(!source || qobject_cast<OverviewModel *>(source));
    beginResetModel();
    for (const QMetaObject::Connection &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    QAbstractProxyModel::setSourceModel(source);
    if (source) {
        // The overview's model only ever changes whole (new rows, other
        // columns): a reset here too.
        m_connections = {
            connect(source, &QAbstractItemModel::modelAboutToBeReset, this, [this] { beginResetModel(); }),
            connect(source, &QAbstractItemModel::modelReset, this,
                [this] {
                    makeOrder();
                    makeVisible();
                    endResetModel();
                }),
            connect(source, &QAbstractItemModel::headerDataChanged, this, &QAbstractItemModel::headerDataChanged),
        };
    }
    makeOrder();
    makeVisible();
    endResetModel();
}

void OverviewFilterModel::setFilter(const OverviewFilter &filter)
{
    m_filter = filter;
    m_filterButSearch = filter;
    m_filterButSearch.search.clear();
    m_needle = OverviewKeys::folded(filter.search);
    relayout([this] { makeVisible(); });
}

bool OverviewFilterModel::accepts(int sourceRow) const
{
    // As OverviewFilter::matches, with the search read from the keys.
    const OverviewModel *model = overview();
    return m_filterButSearch.matches(model->row(sourceRow))
        && (m_needle.isEmpty() || model->keys().search.at(sourceRow).contains(m_needle));
}

void OverviewFilterModel::sort(int column, Qt::SortOrder order)
{
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    relayout([this] {
        makeOrder();
        makeVisible();
    });
}

void OverviewFilterModel::makeOrder()
{
    const OverviewModel *model = overview();
    const int count = model ? model->rowCount() : 0;
    m_order.resize(count);
    std::iota(m_order.begin(), m_order.end(), 0);
    if (!model || m_sortColumn < 0 || m_sortColumn >= model->columnCount())
        return;
    const QList<OverviewRow> &rows = model->rows();
    const OverviewKeys &keys = model->keys();
    // One number per row for the column sorted on, then a stable sort of
    // the rows by it; descending keeps ties in source order too.
    std::vector<double> key(static_cast<size_t>(count));
    const auto fill = [&](const std::function<double(int)> &of) {
        for (int i = 0; i < count; ++i)
            key[static_cast<size_t>(i)] = of(i);
    };
    switch (m_sortColumn) {
    case OverviewModel::Name:
        fill([&](int i) { return keys.nameRank.at(i); });
        break;
    case OverviewModel::Uai: {
        // Codes of the same shape: their order as QString's operator< gives it.
        QList<int> byUai = m_order;
        std::stable_sort(byUai.begin(), byUai.end(), [&](int a, int b) { return rows.at(a).uai < rows.at(b).uai; });
        for (int place = 0; place < count; ++place) {
            const bool tie = place > 0 && rows.at(byUai.at(place)).uai == rows.at(byUai.at(place - 1)).uai;
            key[static_cast<size_t>(byUai.at(place))] = tie ? key[static_cast<size_t>(byUai.at(place - 1))] : place;
        }
        break;
    }
    case OverviewModel::Kind:
        fill([&](int i) { return static_cast<int>(rows.at(i).kind); });
        break;
    case OverviewModel::Commune:
        fill([&](int i) { return keys.communeRank.at(i); });
        break;
    case OverviewModel::Circonscription:
        fill([&](int i) { return keys.circonscriptionRank.at(i); });
        break;
    case OverviewModel::Status:
        fill([&](int i) { return static_cast<int>(rows.at(i).status); });
        break;
    case OverviewModel::Overall:
        fill([&](int i) { return rows.at(i).overallPalier; });
        break;
    default:
        if (m_sortColumn == model->completionColumn())
            fill([&](int i) { return rows.at(i).completion(); });
        else {
            // The rows of a grid's version follow one another: its domain's
            // place is looked up again only when the version changes.
            const int domainColumn = m_sortColumn - OverviewModel::FirstDomain;
            const OverviewRow *previous = nullptr;
            qsizetype index = -1;
            fill([&](int i) {
                const OverviewRow &row = rows.at(i);
                if (!previous || row.referentialId != previous->referentialId
                    || row.referentialVersion != previous->referentialVersion)
                    index = model->domainIndexAt(row.referentialId, row.referentialVersion, domainColumn);
                previous = &row;
                return index < 0 ? -1 : row.domainPaliers.value(index, -1);
            });
        }
        break;
    }
    if (m_sortOrder == Qt::AscendingOrder)
        std::stable_sort(m_order.begin(), m_order.end(),
            [&key](int a, int b) { return key[static_cast<size_t>(a)] < key[static_cast<size_t>(b)]; });
    else
        std::stable_sort(m_order.begin(), m_order.end(),
            [&key](int a, int b) { return key[static_cast<size_t>(b)] < key[static_cast<size_t>(a)]; });
}

void OverviewFilterModel::makeVisible()
{
    m_visible.clear();
    m_proxyRow.fill(-1, m_order.size());
    if (!overview())
        return;
    m_visible.reserve(m_order.size());
    for (const int row : std::as_const(m_order)) {
        if (accepts(row)) {
            m_proxyRow[row] = static_cast<int>(m_visible.size());
            m_visible.append(row);
        }
    }
}

void OverviewFilterModel::relayout(const std::function<void()> &change)
{
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<int> sourceRows;
    sourceRows.reserve(before.size());
    for (const QModelIndex &index : before)
        sourceRows.append(index.isValid() && index.row() < m_visible.size() ? m_visible.at(index.row()) : -1);
    change();
    QModelIndexList after;
    after.reserve(before.size());
    for (qsizetype i = 0; i < before.size(); ++i) {
        const int source = sourceRows.at(i);
        const int row = source < 0 ? -1 : m_proxyRow.value(source, -1);
        after.append(row < 0 ? QModelIndex() : index(row, before.at(i).column()));
    }
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

QModelIndex OverviewFilterModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || row >= rowCount() || column >= columnCount())
        return QModelIndex();
    return createIndex(row, column);
}

QModelIndex OverviewFilterModel::parent(const QModelIndex &child) const
{
    Q_UNUSED(child);
    return QModelIndex();
}

int OverviewFilterModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_visible.size());
}

int OverviewFilterModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !sourceModel() ? 0 : sourceModel()->columnCount();
}

bool OverviewFilterModel::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && rowCount() > 0 && columnCount() > 0;
}

QModelIndex OverviewFilterModel::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid() || !sourceModel() || proxyIndex.model() != this || proxyIndex.row() >= m_visible.size())
        return QModelIndex();
    return sourceModel()->index(m_visible.at(proxyIndex.row()), proxyIndex.column());
}

QModelIndex OverviewFilterModel::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid() || sourceIndex.model() != sourceModel())
        return QModelIndex();
    const int row = m_proxyRow.value(sourceIndex.row(), -1);
    return row < 0 ? QModelIndex() : index(row, sourceIndex.column());
}

QVariant OverviewFilterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (!sourceModel())
        return QVariant();
    if (orientation == Qt::Horizontal)
        return sourceModel()->headerData(section, orientation, role);
    return section >= 0 && section < m_visible.size()
        ? sourceModel()->headerData(m_visible.at(section), orientation, role)
        : QVariant();
}

QList<OverviewRow> OverviewFilterModel::acceptedRows() const
{
    const OverviewModel *model = overview();
    QList<OverviewRow> rows;
    rows.reserve(m_visible.size());
    for (const int row : m_visible)
        rows.append(model->row(row));
    return rows;
}

} // namespace Paliers
