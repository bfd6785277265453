#include "establishmentspage.h"

#include "establishmentmodel.h"
#include "focusframe.h"
#include "session.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Paliers {

namespace {

enum AssessmentColumn
{
    YearColumn,
    GridColumn,
    StatusColumn,
    OverallColumn,
    DomainsColumn,
    CompletionColumn
};

// The page follows the current row. A screen reader or a switch device
// selects a row through the accessibility interface, which moves the
// selection but not the current index: make the selected row current.
void makeSelectionCurrent(QAbstractItemView *view)
{
    QItemSelectionModel *selection = view->selectionModel();
    QObject::connect(selection, &QItemSelectionModel::selectionChanged, view, [selection] {
        const QModelIndexList rows = selection->selectedRows();
        if (rows.size() == 1 && rows.first().siblingAtColumn(0) != selection->currentIndex().siblingAtColumn(0))
            selection->setCurrentIndex(rows.first(), QItemSelectionModel::NoUpdate);
    });
}

void fillChoices(QComboBox *box, const QString &all, QStringList values)
{
    const QString current = box->currentData().toString();
    values.removeDuplicates();
    values.removeAll(QString());
    std::sort(values.begin(), values.end(),
        [](const QString &a, const QString &b) { return QString::localeAwareCompare(a, b) < 0; });
    const QSignalBlocker blocker(box);
    box->clear();
    box->addItem(all, QString());
    for (const QString &value : values)
        box->addItem(value, value);
    box->setCurrentIndex(std::max(0, box->findData(current)));
}

} // namespace

EstablishmentsPage::EstablishmentsPage(QWidget *parent)
    : QWidget(parent)
    , m_model(new EstablishmentModel(this))
    , m_filter(new EstablishmentFilter(this))
    , m_search(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_circonscription(new QComboBox(this))
    , m_departement(new QComboBox(this))
    , m_table(new QTableView(this))
    , m_details(new QLabel(this))
    , m_assessments(new QTreeWidget(this))
    , m_editButton(new QPushButton(tr("&Edit…"), this))
    , m_newAssessmentButton(new QPushButton(tr("New &assessment…"), this))
    , m_openButton(new QPushButton(tr("&Open the assessment"), this))
{
    m_filter->setSourceModel(m_model);
    m_search->setPlaceholderText(tr("Search by name, UAI or commune"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search establishments"));
    m_kind->addItem(tr("All kinds"), -1);
    for (EstablishmentKind kind : establishmentKinds())
        m_kind->addItem(establishmentKindLabel(kind), static_cast<int>(kind));
    m_kind->setAccessibleName(tr("Filter by kind"));
    m_circonscription->setAccessibleName(tr("Filter by circonscription or district"));
    m_departement->setAccessibleName(tr("Filter by département"));

    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(EstablishmentModel::Name, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setTabKeyNavigation(false); // one tab stop: the arrows move between schools
    showFocusFrame(m_table);
    showFocusFrame(m_assessments);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    // Widths from the font, not ResizeToContents: measuring thousands of
    // rows would cost more than the whole rest of the start-up.
    const QFontMetrics metrics = m_table->fontMetrics();
    int kindWidth = 0;
    for (EstablishmentKind kind : establishmentKinds())
        kindWidth = std::max(kindWidth, metrics.horizontalAdvance(establishmentKindLabel(kind)));
    const int padding = metrics.averageCharWidth() * 3;
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(EstablishmentModel::Name, QHeaderView::Stretch);
    m_table->setColumnWidth(EstablishmentModel::Uai, metrics.horizontalAdvance(QStringLiteral("0000000W")) + padding);
    m_table->setColumnWidth(EstablishmentModel::Kind, kindWidth + padding);
    QFont headerFont = header->font();
    headerFont.setBold(true);
    const QFontMetrics headerMetrics(headerFont);
    for (int column :
        {EstablishmentModel::Commune, EstablishmentModel::Circonscription, EstablishmentModel::Departement}) {
        const int title = headerMetrics.horizontalAdvance(m_model->headerData(column, Qt::Horizontal).toString());
        m_table->setColumnWidth(column, std::max(metrics.averageCharWidth() * 22, title + 2 * padding));
    }
    m_table->verticalHeader()->setDefaultSectionSize(metrics.height() + metrics.height() / 2);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideMiddle); // a name cut keeps its end: "(Saint-Denis)", "(exemple)"
    m_table->setAccessibleName(tr("Establishments"));

    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::PlainText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_assessments->setColumnCount(6);
    m_assessments->setHeaderLabels(
        {tr("School year"), tr("Grid"), tr("Status"), tr("Overall palier"), tr("Paliers per domain"), tr("Answered")});
    m_assessments->setRootIsDecorated(false);
    m_assessments->setAccessibleName(tr("Assessments of the establishment"));
    m_assessments->header()->setSectionResizeMode(QHeaderView::ResizeToContents);

    // Each filter has a visible label that is its buddy: a screen reader
    // names the field by it (Qt 6.4 on Linux reads a combo box's current
    // text as its name otherwise), and Alt+letter goes to it.
    // The search on a row of its own, the three lists below it: side by side
    // with it, they were cut (« Toutes les circonscripti »).
    auto *searchRow = new QHBoxLayout;
    auto *filters = new QHBoxLayout;
    const auto labelled = [this](QHBoxLayout *row, const QString &text, QWidget *field, int stretch) {
        auto *label = new QLabel(text, this);
        label->setBuddy(field);
        row->addWidget(label);
        row->addWidget(field, stretch);
    };
    labelled(searchRow, tr("Sear&ch:"), m_search, 1);
    labelled(filters, tr("&Kind:"), m_kind, 1);
    labelled(filters, tr("Ci&rconscription:"), m_circonscription, 1);
    labelled(filters, tr("Dé&partement:"), m_departement, 1);
    auto *newButton = new QPushButton(tr("&New establishment…"), this);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(searchRow);
    leftLayout->addLayout(filters);
    leftLayout->addWidget(m_table, 1);
    auto *leftButtons = new QHBoxLayout;
    leftButtons->addWidget(newButton);
    leftButtons->addWidget(m_editButton);
    leftButtons->addStretch();
    leftLayout->addLayout(leftButtons);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_details);
    rightLayout->addWidget(m_assessments, 1);
    auto *rightButtons = new QHBoxLayout;
    rightButtons->addWidget(m_newAssessmentButton);
    rightButtons->addWidget(m_openButton);
    rightButtons->addStretch();
    rightLayout->addLayout(rightButtons);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("establishmentsSplitter"));
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({400, 300});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_search, &QLineEdit::textChanged, this, &EstablishmentsPage::applyFilters);
    for (QComboBox *box : {m_kind, m_circonscription, m_departement})
        connect(box, &QComboBox::currentIndexChanged, this, &EstablishmentsPage::applyFilters);
    connect(newButton, &QPushButton::clicked, this, &EstablishmentsPage::newEstablishmentRequested);
    connect(m_editButton, &QPushButton::clicked, this, &EstablishmentsPage::editEstablishmentRequested);
    connect(m_newAssessmentButton, &QPushButton::clicked, this, &EstablishmentsPage::newAssessmentRequested);
    connect(m_openButton, &QPushButton::clicked, this, [this] {
        if (const qint64 id = currentAssessmentId())
            emit assessmentActivated(id);
    });
    connect(m_table, &QTableView::doubleClicked, this, &EstablishmentsPage::editEstablishmentRequested);
    makeSelectionCurrent(m_table);
    makeSelectionCurrent(m_assessments);
    m_table->viewport()->installEventFilter(this); // its first paint
    connect(
        m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &EstablishmentsPage::showAssessments);
    connect(m_assessments, &QTreeWidget::itemActivated, this,
        [this](QTreeWidgetItem *item) { emit assessmentActivated(item->data(0, Qt::UserRole).toLongLong()); });
    connect(m_assessments, &QTreeWidget::currentItemChanged, this, [this] {
        m_openButton->setEnabled(currentAssessmentId() != 0);
        emit currentAssessmentChanged();
    });
    showAssessments();
}

void EstablishmentsPage::setSession(Session *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (session) {
        connect(session, &Session::aboutToClose, this, [this] { setSession(nullptr); });
        connect(session, &Session::establishmentsChanged, this, &EstablishmentsPage::reload);
        connect(session, &Session::assessmentChanged, this, &EstablishmentsPage::showAssessments);
        connect(session, &Session::answersChanged, this, [this] { m_assessmentsStale = true; });
    }
    // At start-up, the window first: reading and sorting thousands of
    // establishments would take longer than showing it.
    if (session && !m_painted && !window()->isVisible()) {
        const Result<qint64> count = session->storage().establishmentCount();
        if (count && *count > 0) {
            m_deferredCount = *count;
            m_model->setEstablishments({});
            reloadFilters();
            showAssessments();
            return;
        }
    }
    reload();
}

bool EstablishmentsPage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint && watched == m_table->viewport() && !m_painted) {
        m_painted = true;
        m_table->viewport()->removeEventFilter(this);
        // Queued: the window's first frame is painted and shown first.
        if (isLoading())
            QTimer::singleShot(0, this, &EstablishmentsPage::finishLoading);
    }
    return QWidget::eventFilter(watched, event);
}

void EstablishmentsPage::finishLoading()
{
    if (isLoading())
        reload();
}

void EstablishmentsPage::showEvent(QShowEvent *event)
{
    if (m_assessmentsStale)
        showAssessments();
    QWidget::showEvent(event);
}

void EstablishmentsPage::reload()
{
    m_deferredCount = 0;
    const Establishment *current = currentEstablishment();
    const qint64 selected = current ? current->id : 0;
    if (!m_session) {
        m_model->setEstablishments({});
        showAssessments();
        return;
    }
    Result<QList<Establishment>> list = m_session->storage().establishments();
    if (!list) {
        emit errorOccurred(list.error());
        return;
    }
    m_model->setEstablishments(std::move(list).value());
    reloadFilters();
    if (selected)
        select(selected);
    else if (m_filter->rowCount() > 0)
        m_table->setCurrentIndex(m_filter->index(0, 0));
    showAssessments();
}

void EstablishmentsPage::reloadFilters()
{
    QStringList circonscriptions;
    QStringList departements;
    for (const Establishment &e : m_model->establishments()) {
        circonscriptions.append(e.circonscription);
        departements.append(e.departement);
    }
    fillChoices(m_circonscription, tr("All circonscriptions"), circonscriptions);
    fillChoices(m_departement, tr("All départements"), departements);
}

void EstablishmentsPage::applyFilters()
{
    m_filter->setSearchText(m_search->text());
    const int kind = m_kind->currentData().toInt();
    m_filter->setKind(kind < 0 ? std::nullopt : std::optional(static_cast<EstablishmentKind>(kind)));
    m_filter->setCirconscription(m_circonscription->currentData().toString());
    m_filter->setDepartement(m_departement->currentData().toString());
    if (!m_table->currentIndex().isValid() && m_filter->rowCount() > 0)
        m_table->setCurrentIndex(m_filter->index(0, 0));
    showAssessments();
}

void EstablishmentsPage::select(qint64 establishmentId)
{
    finishLoading();
    const QModelIndex source = m_model->indexOf(establishmentId);
    const QModelIndex index = m_filter->mapFromSource(source);
    if (!index.isValid() && source.isValid()) {
        // Hidden by the filters: clear them rather than hide what was asked for.
        m_search->clear();
        m_kind->setCurrentIndex(0);
        m_circonscription->setCurrentIndex(0);
        m_departement->setCurrentIndex(0);
    }
    const QModelIndex visible = m_filter->mapFromSource(source);
    if (visible.isValid()) {
        m_table->setCurrentIndex(visible);
        m_table->scrollTo(visible);
    }
}

const Establishment *EstablishmentsPage::currentEstablishment() const
{
    return m_model->establishment(m_filter->mapToSource(m_table->currentIndex()));
}

qint64 EstablishmentsPage::currentAssessmentId() const
{
    const QTreeWidgetItem *item = m_assessments->currentItem();
    return item ? item->data(0, Qt::UserRole).toLongLong() : 0;
}

int EstablishmentsPage::visibleCount() const
{
    // No filter applies yet to a list still to be read.
    return isLoading() ? static_cast<int>(m_deferredCount) : m_filter->rowCount();
}

void EstablishmentsPage::showAssessments()
{
    emit currentEstablishmentChanged();
    m_assessmentsStale = false;
    const qint64 selectedAssessment = currentAssessmentId();
    m_assessments->clear();
    const Establishment *e = currentEstablishment();
    m_editButton->setEnabled(e != nullptr);
    m_newAssessmentButton->setEnabled(e != nullptr && m_session && !m_session->isReadOnly());
    m_openButton->setEnabled(false);
    if (!e || !m_session) {
        m_details->setText(
            m_model->rowCount() == 0 ? QString() : tr("Select an establishment to see its assessments."));
        return;
    }
    QStringList place {e->commune, e->circonscription, e->departement, e->academie};
    place.removeAll(QString());
    QStringList people;
    if (!e->headName.isEmpty()) {
        const QString title = headTitleOf(*e);
        people.append(title.isEmpty() ? tr("Head: %1").arg(e->headName) : tr("Head: %1, %2").arg(e->headName, title));
    }
    if (!e->referentName.isEmpty())
        people.append(tr("Référent numérique: %1").arg(e->referentName));
    m_details->setText(tr("%1 — UAI %2 — %3").arg(e->name, e->uai, establishmentKindLabel(e->kind))
        + (place.isEmpty() ? QString() : QLatin1Char('\n') + place.join(QStringLiteral(" · ")))
        + (people.isEmpty() ? QString() : QLatin1Char('\n') + people.join(QStringLiteral(" · "))));

    Result<QList<Assessment>> assessments = m_session->storage().assessments(e->id);
    if (!assessments) {
        emit errorOccurred(assessments.error());
        return;
    }
    for (const Assessment &assessment : *assessments) {
        const Referential *referential = m_session->storage().referentialOf(assessment);
        auto *item = new QTreeWidgetItem(m_assessments);
        item->setData(0, Qt::UserRole, assessment.id);
        item->setText(YearColumn, assessment.schoolYear);
        // The version, once there are several: last year and this year may differ.
        const bool versions = m_session->storage().catalog().versions(assessment.referentialId).size() > 1;
        const QString grid = referential ? referential->title() : assessment.referentialId;
        item->setText(GridColumn,
            versions || !referential ? tr("%1 (version %2)").arg(grid, assessment.referentialVersion) : grid);
        item->setText(StatusColumn,
            assessment.status == AssessmentStatus::Validated
                ? tr("Validated on %1")
                      .arg(QLocale().toString(assessment.validatedAt.toLocalTime().date(), QLocale::ShortFormat))
                : assessmentStatusLabel(assessment.status));
        const Result<Evaluation> evaluation = m_session->storage().evaluate(assessment.id);
        if (evaluation) {
            item->setText(OverallColumn, QString::number(evaluation->overallPalier));
            QStringList perDomain;
            for (const DomainResult &domain : evaluation->domains)
                perDomain.append(QStringLiteral("%1 %2").arg(domain.domainId).arg(domain.palier));
            item->setText(DomainsColumn, perDomain.join(QStringLiteral(" · ")));
            item->setText(
                CompletionColumn, QLocale().toString(evaluation->completion() * 100, 'f', 0) + QStringLiteral(" %"));
        }
        if (assessment.id == selectedAssessment)
            m_assessments->setCurrentItem(item);
    }
    if (!m_assessments->currentItem() && m_assessments->topLevelItemCount() > 0)
        m_assessments->setCurrentItem(m_assessments->topLevelItem(0));
    m_openButton->setEnabled(currentAssessmentId() != 0);
}

} // namespace Paliers
