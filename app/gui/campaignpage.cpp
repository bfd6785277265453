#include "campaignpage.h"

#include "exchange/filewriter.h"
#include "exchange/reminder.h"
#include "focusframe.h"
#include "registerimport.h"
#include "screenfit.h"
#include "session.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QGridLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStandardPaths>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Paliers {

namespace {

enum TerritoryColumn
{
    Territory,
    Expected,
    Validated,
    Draft,
    NotStarted,
    Rate,
    TerritoryColumns
};

constexpr int RateRole = Qt::UserRole + 1;
constexpr int TerritoryRole = Qt::UserRole + 2;

// The rate drawn as a bar behind its figure, so that the territories that
// lag show at a glance; the figure stays the cell's text (screen readers,
// copy).
class RateDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QString text = opt.text;
        opt.text.clear();
        QStyle *style = opt.widget ? opt.widget->style() : nullptr;
        if (style)
            style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
        const double rate = std::clamp(index.data(RateRole).toDouble(), 0.0, 1.0);
        const QRect area = opt.rect.adjusted(3, 3, -3, -3);
        painter->save();
        painter->setPen(Qt::NoPen);
        painter->setBrush(opt.palette.color(QPalette::Midlight));
        painter->drawRect(area);
        QRect bar = area;
        bar.setWidth(qRound(area.width() * rate));
        // The palette's highlight, lighter: the figure stays readable on it.
        QColor fill = opt.palette.color(QPalette::Highlight);
        fill.setAlphaF(0.45);
        painter->setBrush(fill);
        painter->drawRect(bar);
        painter->setPen(
            opt.palette.color(opt.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text));
        painter->drawText(area.adjusted(4, 0, -4, 0), Qt::AlignVCenter | Qt::AlignRight, text);
        painter->restore();
    }
};

// A rate sorts by its value, not by its text (« 100 % » before « 28 % »).
class RateItem : public QTableWidgetItem
{
public:
    explicit RateItem(const TerritoryProgress &progress)
        : QTableWidgetItem(progress.rateText())
    {
        setData(RateRole, progress.rate());
    }
    bool operator<(const QTableWidgetItem &other) const override
    {
        return data(RateRole).toDouble() < other.data(RateRole).toDouble();
    }
};

// A territory sorts by its name; those without one come after the others.
class TerritoryItem : public QTableWidgetItem
{
public:
    TerritoryItem(const QString &territory, TerritoryLevel level)
        : QTableWidgetItem(CampaignText::territoryName(territory, level))
    {
        setData(TerritoryRole, territory);
    }
    bool operator<(const QTableWidgetItem &other) const override
    {
        const QString mine = data(TerritoryRole).toString();
        const QString theirs = other.data(TerritoryRole).toString();
        if (mine.isEmpty() != theirs.isEmpty())
            return theirs.isEmpty();
        return QString::localeAwareCompare(mine, theirs) < 0;
    }
};

QTableWidgetItem *number(int value)
{
    auto *item = new QTableWidgetItem;
    item->setData(Qt::DisplayRole, value);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QTableWidget *newTable(QWidget *parent, const QStringList &headers, const QString &name, const QString &objectName)
{
    auto *table = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->setAccessibleName(name);
    table->setObjectName(objectName);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setTabKeyNavigation(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 6);
    table->horizontalHeader()->setHighlightSections(false);
    table->setWordWrap(false);
    showFocusFrame(table);
    return table;
}

} // namespace

CampaignPage::CampaignPage(const ReferentialCatalog &catalog, QWidget *parent)
    : QWidget(parent)
    , m_catalog(catalog)
    , m_campaign(new QComboBox(this))
    , m_year(new QComboBox(this))
    , m_grid(new QComboBox(this))
    , m_level(new QComboBox(this))
    , m_kind(new QComboBox(this))
    , m_departement(new QComboBox(this))
    , m_circonscription(new QComboBox(this))
    , m_bassin(new QComboBox(this))
    , m_sector(new QComboBox(this))
    , m_priority(new QComboBox(this))
    , m_show(new QComboBox(this))
    , m_total(new QLabel(this))
    , m_years(new QLabel(this))
    , m_territories(newTable(this,
          {tr("Territory"), tr("Expected"), tr("Validated"), tr("In progress"), tr("Not started"), tr("Rate")},
          tr("Progress of the campaign by territory"), QStringLiteral("campaignTerritories")))
    , m_schools(newTable(this, {tr("UAI"), tr("Establishment"), tr("Commune"), tr("State"), tr("E-mail")},
          tr("Establishments of the territory"), QStringLiteral("campaignSchools")))
    , m_save(new QPushButton(tr("&Save the campaign…"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
    , m_import(new QPushButton(tr("Import the &register…"), this))
    , m_remind(new QPushButton(tr("Remi&nd…"), this))
{
    m_campaign->setObjectName(QStringLiteral("campaignChoice"));
    m_year->setObjectName(QStringLiteral("campaignYear"));
    m_level->setObjectName(QStringLiteral("campaignLevel"));
    m_kind->setObjectName(QStringLiteral("campaignKind"));
    m_departement->setObjectName(QStringLiteral("campaignDepartement"));
    m_show->setObjectName(QStringLiteral("campaignShow"));
    m_remind->setObjectName(QStringLiteral("campaignRemind"));
    m_save->setObjectName(QStringLiteral("campaignSave"));
    m_import->setObjectName(QStringLiteral("campaignImport"));
    m_total->setObjectName(QStringLiteral("campaignTotal"));
    m_years->setObjectName(QStringLiteral("campaignYears"));

    m_grid->addItem(tr("The grid that fits each kind"));
    for (const Referential *referential : m_catalog.referentials())
        m_grid->addItem(referential->title(), referential->id());
    for (const TerritoryLevel level : {TerritoryLevel::Departement, TerritoryLevel::Circonscription,
             TerritoryLevel::Bassin, TerritoryLevel::Academie})
        m_level->addItem(territoryLevelLabel(level), territoryLevelKey(level));
    RegisterChoices::fillKinds(m_kind);
    RegisterChoices::fillSectors(m_sector);
    m_priority->addItem(tr("With or without"));
    m_priority->addItem(tr("REP or REP+"), QStringLiteral("ep"));
    m_priority->addItem(QStringLiteral("REP"), QStringLiteral("rep"));
    m_priority->addItem(QStringLiteral("REP+"), QStringLiteral("rep+"));
    m_priority->addItem(tr("Outside"), QStringLiteral("hors-ep"));
    m_show->addItem(tr("Not validated"));
    m_show->addItem(tr("Not started"));
    m_show->addItem(tr("Every expected establishment"));
    // The filters shrink (their text elided, the list still whole) rather
    // than widen the window past a small screen.
    for (QComboBox *box : {m_campaign, m_year, m_grid, m_level, m_kind, m_departement, m_circonscription, m_bassin,
             m_sector, m_priority, m_show}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(6);
    }

    // Each field has its label as buddy (Qt 6.4 reads a combo box's text as
    // its name otherwise), and Alt+letter goes to it.
    auto *filters = new QGridLayout;
    int column = 0;
    int row = 0;
    const auto labelled = [&](const QString &text, QWidget *field) {
        auto *label = new QLabel(text, this);
        label->setBuddy(field);
        filters->addWidget(label, row, column * 2);
        filters->addWidget(field, row, column * 2 + 1);
        filters->setColumnStretch(column * 2 + 1, 1);
        if (++column == 3) {
            column = 0;
            ++row;
        }
    };
    labelled(tr("&Year:"), m_year);
    labelled(tr("&Grid:"), m_grid);
    labelled(tr("&Count by:"), m_level);
    labelled(tr("&Kind:"), m_kind);
    labelled(tr("Dé&partement:"), m_departement);
    labelled(tr("Circonscr&iption:"), m_circonscription);
    labelled(tr("&Bassin:"), m_bassin);
    labelled(tr("Sec&tor:"), m_sector);
    labelled(tr("É&ducation prioritaire:"), m_priority);

    auto *top = new QHBoxLayout;
    auto *campaignLabel = new QLabel(tr("Ca&mpaign:"), this);
    campaignLabel->setBuddy(m_campaign);
    top->addWidget(campaignLabel);
    top->addWidget(m_campaign, 1);
    top->addWidget(m_save);
    top->addWidget(m_remove);

    m_total->setWordWrap(true);
    m_total->setTextFormat(Qt::PlainText);
    m_total->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_years->setWordWrap(true);
    m_years->setTextFormat(Qt::PlainText);
    m_territories->setItemDelegateForColumn(Rate, new RateDelegate(m_territories));
    m_territories->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_territories->horizontalHeader()->setSectionResizeMode(Territory, QHeaderView::Stretch);
    m_territories->horizontalHeader()->setSectionResizeMode(Rate, QHeaderView::Fixed);
    m_territories->horizontalHeader()->resizeSection(Rate, fontMetrics().averageCharWidth() * 16);
    m_territories->setSortingEnabled(true);
    m_territories->sortByColumn(Territory, Qt::AscendingOrder);
    m_schools->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_schools->setSortingEnabled(true);
    m_schools->sortByColumn(1, Qt::AscendingOrder);

    auto *schoolsSide = new QWidget(this);
    auto *schoolsLayout = new QVBoxLayout(schoolsSide);
    schoolsLayout->setContentsMargins(0, 0, 0, 0);
    auto *showRow = new QHBoxLayout;
    auto *showLabel = new QLabel(tr("Sho&w:"), this);
    showLabel->setBuddy(m_show);
    showRow->addWidget(showLabel);
    showRow->addWidget(m_show);
    showRow->addStretch(1);
    showRow->addWidget(m_remind);
    schoolsLayout->addLayout(showRow);
    schoolsLayout->addWidget(m_schools, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("campaignSplitter"));
    splitter->addWidget(m_territories);
    splitter->addWidget(schoolsSide);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(filters);
    layout->addWidget(m_total);
    layout->addWidget(splitter, 1);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_years, 1);
    bottom->addStretch(0);
    bottom->addWidget(m_import);
    m_import->setSizePolicy(QSizePolicy::Fixed, m_import->sizePolicy().verticalPolicy());
    layout->addLayout(bottom);

    connect(m_campaign, &QComboBox::currentIndexChanged, this, &CampaignPage::applyCampaign);
    for (QComboBox *box :
        {m_year, m_grid, m_level, m_kind, m_departement, m_circonscription, m_bassin, m_sector, m_priority}) {
        connect(box, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_filling)
                reload();
        });
    }
    connect(m_show, &QComboBox::currentIndexChanged, this, &CampaignPage::showSchools);
    connect(m_territories, &QTableWidget::itemSelectionChanged, this, &CampaignPage::showSchools);
    connect(m_save, &QPushButton::clicked, this, &CampaignPage::saveCampaign);
    connect(m_remove, &QPushButton::clicked, this, &CampaignPage::removeCampaign);
    connect(m_import, &QPushButton::clicked, this, &CampaignPage::importRegisterRequested);
    connect(m_remind, &QPushButton::clicked, this, &CampaignPage::remind);
}

void CampaignPage::setSession(Session *session)
{
    m_session = session;
    fillChoices();
    fillCampaigns(m_campaign->currentData().toLongLong());
    reload();
}

void CampaignPage::fillChoices()
{
    if (!m_session)
        return;
    m_filling = true;
    const auto refill = [](QComboBox *box, const QString &all, const QStringList &values) {
        const QString current = box->currentData().toString();
        box->clear();
        box->addItem(all);
        for (const QString &value : values)
            box->addItem(value, value);
        const int index = box->findData(current);
        box->setCurrentIndex(index < 0 ? 0 : index);
    };
    Storage &storage = m_session->storage();
    refill(m_departement, tr("Every département"), storage.territories(TerritoryLevel::Departement).valueOr({}));
    refill(m_circonscription, tr("Every circonscription"),
        storage.territories(TerritoryLevel::Circonscription).valueOr({}));
    refill(m_bassin, tr("Every bassin"), storage.territories(TerritoryLevel::Bassin).valueOr({}));

    // The years of the database, and this one: a campaign starts before
    // the first school answers.
    const QString currentYear = m_year->currentText();
    QStringList years = storage.schoolYears().valueOr({});
    const QString thisYear = SchoolYear::containing(m_session->storage().database().now().date());
    if (!years.contains(thisYear))
        years.prepend(thisYear);
    std::sort(years.begin(), years.end(), std::greater<>());
    m_year->clear();
    m_year->addItems(years);
    const int yearIndex = m_year->findText(currentYear);
    m_year->setCurrentIndex(yearIndex < 0 ? 0 : yearIndex);
    m_filling = false;
}

void CampaignPage::fillCampaigns(qint64 select)
{
    if (!m_session)
        return;
    m_filling = true;
    m_saved = m_session->storage().campaigns().valueOr({});
    m_campaign->clear();
    m_campaign->addItem(tr("(the filters below, not saved)"), 0);
    for (const Campaign &campaign : std::as_const(m_saved))
        m_campaign->addItem(QStringLiteral("%1 — %2").arg(campaign.schoolYear, campaign.name), campaign.id);
    const int index = m_campaign->findData(select);
    m_campaign->setCurrentIndex(index < 0 ? 0 : index);
    m_remove->setEnabled(m_campaign->currentIndex() > 0);
    m_filling = false;
}

void CampaignPage::applyCampaign()
{
    if (m_filling)
        return;
    m_remove->setEnabled(m_campaign->currentIndex() > 0);
    const qint64 id = m_campaign->currentData().toLongLong();
    const auto found
        = std::find_if(m_saved.cbegin(), m_saved.cend(), [id](const Campaign &campaign) { return campaign.id == id; });
    if (found == m_saved.cend())
        return;
    m_filling = true;
    const auto select = [](QComboBox *box, const QString &wanted) {
        const int index = wanted.isEmpty() ? 0 : box->findData(wanted);
        if (index < 0)
            box->addItem(wanted, wanted); // a place no establishment holds today
        box->setCurrentIndex(index < 0 ? box->count() - 1 : index);
    };
    if (m_year->findText(found->schoolYear) < 0)
        m_year->addItem(found->schoolYear);
    m_year->setCurrentText(found->schoolYear);
    select(m_grid, found->referentialId);
    const RegisterFilter &filter = found->filter;
    QString kind;
    if (filter.kinds.size() == 1)
        kind = establishmentKindKey(filter.kinds.constFirst());
    else if (!filter.kinds.isEmpty())
        kind = QStringLiteral("ecoles");
    select(m_kind, kind);
    select(m_departement, filter.departement);
    select(m_circonscription, filter.circonscription);
    select(m_bassin, filter.bassin);
    select(m_sector,
        filter.sector == RegisterFilter::Sector::Any
            ? QString()
            : (filter.sector == RegisterFilter::Sector::Public ? QStringLiteral("public") : QStringLiteral("prive")));
    select(m_priority, filter.toJson().value(QStringLiteral("educationPrioritaire")).toString());
    m_filling = false;
    reload();
}

Campaign CampaignPage::campaign() const
{
    Campaign campaign;
    const qint64 id = m_campaign->currentData().toLongLong();
    for (const Campaign &saved : m_saved) {
        if (saved.id == id)
            campaign = saved;
    }
    campaign.schoolYear = m_year->currentText();
    campaign.referentialId = m_grid->currentData().toString();
    RegisterFilter filter;
    RegisterChoices::apply(m_kind, m_sector, filter);
    filter.departement = m_departement->currentData().toString();
    filter.circonscription = m_circonscription->currentData().toString();
    filter.bassin = m_bassin->currentData().toString();
    filter.priority
        = RegisterFilter::priorityOfKey(m_priority->currentData().toString()).value_or(RegisterFilter::Priority::Any);
    campaign.filter = filter;
    return campaign;
}

TerritoryLevel CampaignPage::level() const
{
    return territoryLevelFromKey(m_level->currentData().toString()).value_or(TerritoryLevel::Departement);
}

void CampaignPage::reload()
{
    if (!m_session)
        return;
    const Campaign current = campaign();
    const Result<CampaignProgress> progress = m_session->storage().campaignProgress(current, level());
    if (!progress) {
        emit errorOccurred(progress.error());
        return;
    }
    std::optional<QString> selected;
    for (const QTableWidgetItem *item : m_territories->selectedItems()) {
        if (item->column() == Territory)
            selected = item->data(TerritoryRole).toString();
    }
    m_territories->setSortingEnabled(false);
    m_territories->clearContents();
    m_territories->setRowCount(static_cast<int>(progress->territories.size()));
    m_territories->horizontalHeaderItem(Territory)->setText(territoryLevelLabel(level()));
    int row = 0;
    for (const TerritoryProgress &territory : progress->territories) {
        m_territories->setItem(row, Territory, new TerritoryItem(territory.territory, level()));
        m_territories->setItem(row, Expected, number(territory.expected));
        m_territories->setItem(row, Validated, number(territory.validated));
        m_territories->setItem(row, Draft, number(territory.draft));
        m_territories->setItem(row, NotStarted, number(territory.notStarted()));
        m_territories->setItem(row, Rate, new RateItem(territory));
        ++row;
    }
    // Sorted as the user asked, then the territory chosen before chosen
    // again, wherever sorting put it; its schools are listed once, below.
    const QSignalBlocker blocker(m_territories);
    m_territories->setSortingEnabled(true);
    m_territories->clearSelection();
    if (selected) {
        for (int r = 0; r < m_territories->rowCount(); ++r) {
            if (m_territories->item(r, Territory)->data(TerritoryRole).toString() == *selected)
                m_territories->selectRow(r);
        }
    }

    const TerritoryProgress &total = progress->total;
    if (total.expected == 0) {
        m_total->setText(tr("No establishment is expected with these filters. Import the register of schools "
                            "(Annuaire de l'éducation) to know them all, or change the filters."));
    } else {
        m_total->setText(tr("%1: %2 expected, %3 validated (%4), %5 in progress, %6 not started.")
                             .arg(current.schoolYear)
                             .arg(total.expected)
                             .arg(total.validated)
                             .arg(total.rateText())
                             .arg(total.draft)
                             .arg(total.notStarted()));
    }
    const Result<QList<YearProgress>> years = m_session->storage().campaignYears(current);
    QStringList parts;
    for (const YearProgress &year : years.valueOr({}))
        parts.append(tr("%1: %2").arg(year.schoolYear, year.progress.rateText()));
    m_years->setText(
        parts.size() > 1 ? tr("Validated over the years: %1").arg(parts.join(QStringLiteral(" · "))) : QString());
    m_years->setVisible(parts.size() > 1);
    m_import->setVisible(!m_session->isReadOnly());
    showSchools();
}

QList<CampaignSchool> CampaignPage::schoolsToRemind() const
{
    if (!m_session)
        return {};
    std::optional<QString> territory;
    const QList<QTableWidgetItem *> selected = m_territories->selectedItems();
    for (const QTableWidgetItem *item : selected) {
        if (item->column() == Territory)
            territory = item->data(TerritoryRole).toString();
    }
    QList<CampaignState> states;
    if (m_show->currentIndex() == 0)
        states = {CampaignState::NotStarted, CampaignState::Draft};
    else if (m_show->currentIndex() == 1)
        states = {CampaignState::NotStarted};
    return m_session->storage().campaignSchools(campaign(), level(), territory, states).valueOr({});
}

void CampaignPage::showSchools()
{
    const QList<CampaignSchool> schools = schoolsToRemind();
    m_schools->setSortingEnabled(false);
    m_schools->clearContents();
    m_schools->setRowCount(static_cast<int>(schools.size()));
    int row = 0;
    for (const CampaignSchool &school : schools) {
        m_schools->setItem(row, 0, new QTableWidgetItem(school.uai));
        m_schools->setItem(row, 1, new QTableWidgetItem(school.name));
        m_schools->setItem(row, 2, new QTableWidgetItem(school.commune));
        m_schools->setItem(row, 3, new QTableWidgetItem(campaignStateLabel(school.state)));
        m_schools->setItem(row, 4, new QTableWidgetItem(school.mail));
        ++row;
    }
    m_schools->setSortingEnabled(true);
    m_remind->setEnabled(!schools.isEmpty() && m_show->currentIndex() != 2);
}

void CampaignPage::saveCampaign()
{
    if (!m_session)
        return;
    Campaign current = campaign();
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save the campaign"),
        tr("Name of the campaign (for %1: %2):").arg(current.schoolYear, current.filter.describe()), QLineEdit::Normal,
        current.name.isEmpty() ? current.filter.describe() : current.name, &ok);
    if (!ok)
        return;
    if (current.name != name.trimmed())
        current.id = 0; // another name: another campaign, the first one kept
    current.name = name;
    const Result<qint64> saved = m_session->storage().saveCampaign(current);
    if (!saved) {
        emit errorOccurred(saved.error());
        return;
    }
    fillCampaigns(saved.value());
}

void CampaignPage::removeCampaign()
{
    const qint64 id = m_campaign->currentData().toLongLong();
    if (!m_session || id == 0)
        return;
    if (QMessageBox::question(this, tr("Remove the campaign"),
            tr("Remove the campaign « %1 »? The establishments and their assessments are kept.")
                .arg(m_campaign->currentText()))
        != QMessageBox::Yes)
        return;
    if (Status removed = m_session->storage().removeCampaign(id); !removed) {
        emit errorOccurred(removed.error());
        return;
    }
    fillCampaigns(0);
    reload();
}

void CampaignPage::remind()
{
    const QList<CampaignSchool> schools = schoolsToRemind();
    if (schools.isEmpty())
        return;
    const Campaign current = campaign();
    const QStringList addresses = Reminder::addresses(schools);

    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("reminderDialog"));
    dialog.setWindowTitle(tr("Remind the establishments"));
    auto *count = new QLabel(tr("%n establishment(s) to remind", nullptr, static_cast<int>(schools.size())) + tr(", ")
            + tr("%n with an e-mail address.", nullptr, static_cast<int>(addresses.size())),
        &dialog);
    count->setWordWrap(true);
    auto *subject = new QLineEdit(Reminder::defaultSubject(current), &dialog);
    subject->setObjectName(QStringLiteral("reminderSubject"));
    auto *body = new QPlainTextEdit(Reminder::defaultBody(current), &dialog);
    body->setObjectName(QStringLiteral("reminderBody"));
    body->setTabChangesFocus(true);
    auto *subjectLabel = new QLabel(tr("&Subject:"), &dialog);
    subjectLabel->setBuddy(subject);
    auto *bodyLabel = new QLabel(tr("&Message (you may change it):"), &dialog);
    bodyLabel->setBuddy(body);
    auto *note = new QLabel(tr("The addresses go in Bcc: no establishment sees the others'. Your mail program opens "
                               "the message; nothing is sent until you send it."),
        &dialog);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    QPushButton *saveList = buttons->addButton(tr("Save the &list (CSV)…"), QDialogButtonBox::ActionRole);
    saveList->setObjectName(QStringLiteral("reminderCsv"));
    QPushButton *mail = buttons->addButton(tr("&Open the mail program"), QDialogButtonBox::ActionRole);
    mail->setObjectName(QStringLiteral("reminderMail"));
    mail->setEnabled(!addresses.isEmpty());
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);

    connect(saveList, &QPushButton::clicked, &dialog, [&] {
        const QString proposed = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
            + QStringLiteral("/relance-%1.csv").arg(current.schoolYear);
        QString path = QFileDialog::getSaveFileName(&dialog, tr("Save the reminder list"), proposed, tr("CSV (*.csv)"));
        if (path.isEmpty())
            return;
        if (!path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
            path += QLatin1String(".csv");
        if (Status written = FileWriter::write(path, Reminder::csv(schools, level())); !written)
            QMessageBox::warning(&dialog, tr("Save the reminder list"), written.error());
        else
            saveList->setText(tr("List saved ✓"));
    });
    // One message per batch of addresses (a mail server refuses too many
    // recipients, a mail program too long a link): the button opens the next
    // one, and says which, counted with the text as it now is.
    int next = 0;
    const auto messages = [&] {
        return Reminder::mailto(addresses, subject->text(), body->toPlainText());
    };
    const auto nameButton = [&](qsizetype batches) {
        if (next >= batches)
            next = 0;
        mail->setText(
            batches > 1 ? tr("&Open message %1 of %2").arg(next + 1).arg(batches) : tr("&Open the mail program"));
    };
    connect(mail, &QPushButton::clicked, &dialog, [&] {
        const QList<QUrl> urls = messages();
        if (next >= urls.size())
            next = 0;
        if (!QDesktopServices::openUrl(urls.at(next))) {
            QMessageBox::warning(&dialog, tr("Remind the establishments"),
                tr("No mail program could be opened. Save the list (CSV) and send the message from your webmail."));
            return;
        }
        ++next;
        nameButton(urls.size());
    });
    connect(subject, &QLineEdit::textChanged, &dialog, [&] { nameButton(messages().size()); });
    connect(body, &QPlainTextEdit::textChanged, &dialog, [&] { nameButton(messages().size()); });
    nameButton(messages().size());

    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(count);
    layout->addWidget(subjectLabel);
    layout->addWidget(subject);
    layout->addWidget(bodyLabel);
    layout->addWidget(body, 1);
    layout->addWidget(note);
    layout->addWidget(buttons);
    resizeWithinScreen(&dialog, QSize(fontMetrics().averageCharWidth() * 80, fontMetrics().height() * 24));
    dialog.exec();
}

} // namespace Paliers
