#include "overviewpage.h"

#include "consolidatedrenderer.h"
#include "exchange/csvexport.h"
#include "exchange/filewriter.h"
#include "exchange/reperesfile.h"
#include "focusframe.h"
#include "overviewmodel.h"
#include "palierscharts.h"
#include "session.h"
#include "storage/database.h"
#include "storage/storage.h"

#include <memory>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QGraphicsLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPromise>
#include <QPushButton>
#include <QResizeEvent>
#include <QScrollArea>
#include <QScrollBar>
#include <QSet>
#include <QSplitter>
#include <QStandardPaths>
#include <QStyle>
#include <QTableView>
#include <QThreadPool>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Paliers {

// A year's assessments, read off the GUI thread, with the keys of their
// filter and sort.
struct OverviewPage::LoadedYear
{
    QList<OverviewRow> rows;
    OverviewKeys keys;
    // The filters' choices, sorted as the locale does.
    QStringList circonscriptions;
    QStringList departements;
    QString error;
};

namespace {

// The distinct values of a text of the rows, but the empty one, in the
// locale's order: a filter's choices.
QStringList filterChoices(const QList<OverviewRow> &rows, QString OverviewRow::*text)
{
    QSet<QString> values;
    for (const OverviewRow &row : rows) {
        if (!(row.*text).isEmpty())
            values.insert(row.*text);
    }
    QStringList sorted(values.cbegin(), values.cend());
    std::sort(sorted.begin(), sorted.end(),
        [](const QString &a, const QString &b) { return QString::localeAwareCompare(a, b) < 0; });
    return sorted;
}

} // namespace

// Runs `job` on `pool` and `done` with its result on the thread of
// `owner`, through a QFutureWatcher that `owner` owns: when the owner is
// gone the result is dropped, and nothing crosses threads but the future,
// which Qt guards.
template<typename T>
void runOffThread(QThreadPool &pool, QObject *owner, std::function<T()> job, std::function<void(const T &)> done)
{
    auto promise = std::make_shared<QPromise<T>>();
    auto *watcher = new QFutureWatcher<T>(owner);
    QObject::connect(watcher, &QFutureWatcherBase::finished, owner, [watcher, done = std::move(done)] {
        if (watcher->future().resultCount() > 0)
            done(watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(promise->future());
    pool.start([promise, job = std::move(job)] {
        promise->start();
        promise->addResult(job());
        promise->finish();
    });
}

OverviewPage::LoadedYear OverviewPage::readRows(const QString &path, const ReferentialCatalog &catalog,
    const std::function<Result<QList<OverviewRow>>(Storage &)> &read)
{
    OverviewPage::LoadedYear loaded;
    Result<std::unique_ptr<Database>> database = Database::open(path);
    if (!database) {
        loaded.error = database.error();
        return loaded;
    }
    Storage storage(*database.value(), catalog);
    Result<QList<OverviewRow>> rows = read(storage);
    if (!rows) {
        loaded.error = rows.error();
        return loaded;
    }
    loaded.keys = OverviewKeys::of(rows.value());
    loaded.rows = std::move(rows).value();
    return loaded;
}

struct OverviewPage::Analysis
{
    QList<DomainDistribution> distribution;
    QStringList versions;
    QList<MissingCriterion> missing;
};

namespace {

QString currentText(const QComboBox *box)
{
    return box->currentIndex() <= 0 ? QString() : box->currentData().toString();
}

// A filter that gives up width before the window does: it asks for its
// contents when there is room and shrinks to `characters` when there is not.
void letShrink(QComboBox *box, int characters)
{
    box->setMinimumWidth(box->fontMetrics().averageCharWidth() * characters
        + box->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, box) + 16);
}

// What a table cell needs around its text: the item delegate's margins on
// both sides, the grid line and a little air.
int cellMargin(const QTableView *table)
{
    const int frame = table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, table) + 1;
    return 2 * frame + 1 + table->fontMetrics().averageCharWidth();
}

// The widest UAI the font can draw: seven digits and a check letter.
int uaiWidth(const QFontMetrics &metrics)
{
    int digit = 0;
    for (char c = '0'; c <= '9'; ++c)
        digit = std::max(digit, metrics.horizontalAdvance(QLatin1Char(c)));
    int letter = 0;
    for (char c = 'A'; c <= 'Z'; ++c)
        letter = std::max(letter, metrics.horizontalAdvance(QLatin1Char(c)));
    return 7 * digit + letter;
}

} // namespace

OverviewPage::OverviewPage(const ReferentialCatalog &catalog, QWidget *parent)
    : QWidget(parent)
    , m_catalog(catalog)
    , m_model(new OverviewModel(catalog, this))
    , m_filter(new OverviewFilterModel(this))
    , m_year(new QComboBox(this))
    , m_referential(new QComboBox(this))
    , m_kind(new QComboBox(this))
    , m_circonscription(new QComboBox(this))
    , m_departement(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_count(new QLabel(this))
    , m_table(new QTableView(this))
    , m_chartReferential(new QComboBox(this))
    , m_chart(new QChartView(this))
    , m_chartKey(new QLabel(this))
    , m_missing(new QTreeWidget(this))
    , m_analysisTimer(new QTimer(this))
    , m_evolution(new QPushButton(tr("Evolution of the school…"), this))
    , m_pdf(new QPushButton(tr("Consolidation PDF…"), this))
    , m_csv(new QPushButton(tr("CSV…"), this))
    , m_reperes(new QPushButton(tr("R&epères…"), this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_analysis(new QSplitter(Qt::Horizontal, this))
{
    m_filter->setSourceModel(m_model);
    m_year->setObjectName(QStringLiteral("overviewYear"));
    m_year->setAccessibleName(tr("School year"));
    m_referential->setAccessibleName(tr("Grid"));
    fillGrids();
    m_kind->setAccessibleName(tr("Kind"));
    m_kind->addItem(tr("All kinds"));
    for (const EstablishmentKind kind : establishmentKinds())
        m_kind->addItem(establishmentKindLabel(kind), establishmentKindKey(kind));
    m_circonscription->setAccessibleName(tr("Circonscription or district"));
    m_departement->setAccessibleName(tr("Département"));
    m_status->setAccessibleName(tr("Status"));
    m_status->addItem(tr("All statuses"));
    for (const AssessmentStatus status : {AssessmentStatus::Draft, AssessmentStatus::Validated})
        m_status->addItem(assessmentStatusLabel(status), assessmentStatusKey(status));
    m_search->setObjectName(QStringLiteral("overviewSearch"));
    m_search->setPlaceholderText(tr("Search a name, a UAI, a commune…"));
    m_search->setAccessibleName(tr("Search"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(fontMetrics().averageCharWidth() * 14);
    // The filters shrink (their text elided, the list still whole) rather
    // than widen the window past a small screen.
    for (QComboBox *box : {m_referential, m_kind, m_circonscription, m_departement, m_status, m_chartReferential})
        letShrink(box, 10);
    // The grids' long titles do not set the width of the row: 28 characters
    // are shown, the list shows them whole. The status keeps its short words.
    for (QComboBox *box : {m_referential, m_chartReferential}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(28);
    }
    m_status->setSizePolicy(QSizePolicy::Fixed, m_status->sizePolicy().verticalPolicy());
    // Filled once the year is read, after the first show: they ask for the
    // width of their longest name (« Toutes les circonscriptions ») when
    // the row has room, rather than the width they had empty.
    for (QComboBox *box : {m_circonscription, m_departement})
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    m_table->setObjectName(QStringLiteral("overviewTable"));
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->setTabKeyNavigation(false); // one tab stop: the arrows move between schools
    showFocusFrame(m_table);
    m_table->sortByColumn(OverviewModel::Name, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    // Two schools of the same town often share the beginning of their name:
    // cut in the middle, the whole name is in the tooltip.
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_table->setAccessibleName(tr("Establishments and their paliers"));
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->viewport()->installEventFilter(this);
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, this, [this](int column) {
        if (column != OverviewModel::Name)
            fitNameColumn();
    });
    sizeColumns();

    m_chart->setRenderHint(QPainter::Antialiasing);
    // Room for six bars and their codes, the axis and the legend.
    // Qt hides a bar's label that would touch the next one.
    m_chart->setMinimumSize(fontMetrics().averageCharWidth() * 36, fontMetrics().height() * 16);
    m_chart->setAccessibleName(tr("Establishments per palier, by domain"));
    m_chart->setObjectName(QStringLiteral("distributionChart"));
    // The chart names the domains by their codes; the key says them in full.
    m_chartKey->setObjectName(QStringLiteral("distributionKey"));
    m_chartKey->setTextFormat(Qt::PlainText);
    m_chartKey->setWordWrap(true);
    m_chartKey->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_missing->setObjectName(QStringLiteral("mostMissing"));
    m_missing->setColumnCount(3);
    m_missing->setHeaderLabels({tr("Criterion"), tr("Schools"), tr("Wording")});
    m_missing->setRootIsDecorated(false);
    m_missing->setAccessibleName(tr("Criteria most often missing for the next palier"));
    m_missing->setMinimumWidth(fontMetrics().averageCharWidth() * 24);

    // Each field has a visible label that is its buddy: a screen reader
    // names the field by it (Qt 6.4 on Linux reads a combo box's current
    // text as its name otherwise), and Alt+letter goes to it.
    const auto labelled = [this](QHBoxLayout *row, const QString &text, QWidget *field, int stretch = 0) {
        auto *label = new QLabel(text, this);
        label->setBuddy(field);
        row->addWidget(label);
        row->addWidget(field, stretch);
    };
    auto *firstRow = new QHBoxLayout;
    labelled(firstRow, tr("&Year:"), m_year);
    labelled(firstRow, tr("&Grid:"), m_referential);
    labelled(firstRow, tr("&Status:"), m_status);
    labelled(firstRow, tr("Sear&ch:"), m_search, 1);
    auto *secondRow = new QHBoxLayout;
    labelled(secondRow, tr("&Kind:"), m_kind);
    labelled(secondRow, tr("Ci&rconscription:"), m_circonscription);
    labelled(secondRow, tr("Dé&partement:"), m_departement);
    secondRow->addStretch(1);
    auto *filters = new QVBoxLayout;
    filters->addLayout(firstRow);
    filters->addLayout(secondRow);

    m_evolution->setObjectName(QStringLiteral("evolution"));
    m_pdf->setObjectName(QStringLiteral("consolidationPdf"));
    m_csv->setObjectName(QStringLiteral("consolidationCsv"));
    m_reperes->setObjectName(QStringLiteral("writeReperes"));
    m_count->setObjectName(QStringLiteral("overviewCount"));
    m_count->setTextFormat(Qt::PlainText);
    m_count->setWordWrap(true);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_count, 1);
    actions->addWidget(m_evolution);
    actions->addWidget(m_pdf);
    actions->addWidget(m_csv);
    actions->addWidget(m_reperes);

    // Below the table: the distribution of the selection and what it lacks.
    auto *chartSide = new QWidget(this);
    auto *chartLayout = new QVBoxLayout(chartSide);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    auto *chartTitle = new QHBoxLayout;
    auto *chartLabel = new QLabel(tr("Establishments per palier, by domain:"), this);
    chartLabel->setWordWrap(true);
    chartLabel->setBuddy(m_chartReferential);
    chartTitle->addWidget(chartLabel, 1);
    chartTitle->addWidget(m_chartReferential, 2);
    chartLayout->addLayout(chartTitle);
    chartLayout->addWidget(m_chart, 1);
    chartLayout->addWidget(m_chartKey);
    auto *missingSide = new QWidget(this);
    auto *missingLayout = new QVBoxLayout(missingSide);
    missingLayout->setContentsMargins(0, 0, 0, 0);
    auto *missingTitle
        = new QLabel(tr("Criteria most often missing for the next palier (what to train or fund first):"), this);
    missingTitle->setWordWrap(true);
    missingLayout->addWidget(missingTitle);
    missingLayout->addWidget(m_missing, 1);
    // Named: the window keeps the splitters' places in its settings.
    m_analysis->setObjectName(QStringLiteral("overviewAnalysisSplitter"));
    m_analysis->addWidget(chartSide);
    m_analysis->addWidget(missingSide);
    m_analysis->setChildrenCollapsible(false);
    m_analysis->setStretchFactor(0, 3);
    m_analysis->setStretchFactor(1, 2);

    // On a short screen the analysis scrolls rather than push the buttons
    // out of the window.
    auto *analysisArea = new QScrollArea(this);
    analysisArea->setWidget(m_analysis);
    analysisArea->setWidgetResizable(true);
    analysisArea->setFrameShape(QFrame::NoFrame);
    analysisArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    analysisArea->setMinimumHeight(fontMetrics().height() * 4);

    m_table->setMinimumHeight(m_table->verticalHeader()->defaultSectionSize() * 4);
    m_splitter->setObjectName(QStringLiteral("overviewSplitter"));
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(analysisArea);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_splitter, 1);
    layout->addLayout(actions);

    m_analysisTimer->setSingleShot(true);
    m_analysisTimer->setInterval(150);
    connect(m_analysisTimer, &QTimer::timeout, this, &OverviewPage::updateAnalysis);
    connect(m_year, &QComboBox::currentIndexChanged, this, &OverviewPage::reload);
    for (QComboBox *box : {m_referential, m_kind, m_circonscription, m_departement, m_status})
        connect(box, &QComboBox::currentIndexChanged, this, &OverviewPage::applyFilter);
    connect(m_search, &QLineEdit::textChanged, this, &OverviewPage::applyFilter);
    connect(m_chartReferential, &QComboBox::currentIndexChanged, this, &OverviewPage::updateAnalysis);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit assessmentActivated(index.data(OverviewModel::AssessmentIdRole).toLongLong());
    });
    connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, [this] {
        if (!showsFirstOrder())
            dropFirstRows();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, &OverviewPage::updateActions);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &OverviewPage::updateActions);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &OverviewPage::updateActions);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &OverviewPage::updateActions);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &OverviewPage::updateActions);
    connect(m_evolution, &QPushButton::clicked, this, [this] {
        if (const qint64 id = currentEstablishmentId())
            emit evolutionRequested(id);
    });
    connect(m_pdf, &QPushButton::clicked, this, [this] { chooseExport(true); });
    connect(m_csv, &QPushButton::clicked, this, [this] { chooseExport(false); });
    connect(m_reperes, &QPushButton::clicked, this, &OverviewPage::chooseReperes);
    updateActions();
}

bool OverviewPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Resize)
        fitNameColumn();
    return QWidget::eventFilter(watched, event);
}

void OverviewPage::updateActions()
{
    // Nothing is exported of a year not read whole.
    const bool rows = !m_loading && m_filter->rowCount() > 0;
    const bool chosen = currentEstablishmentId() != 0;
    m_evolution->setEnabled(chosen);
    m_evolution->setToolTip(
        chosen ? tr("The paliers of the selected school, year after year") : tr("Select a school in the table first."));
    m_pdf->setEnabled(rows);
    m_csv->setEnabled(rows);
    const QString nothing = tr("No assessment is shown: nothing to export.");
    m_pdf->setToolTip(rows ? tr("The consolidated report of the assessments shown, as a PDF document") : nothing);
    m_csv->setToolTip(rows ? tr("The assessments shown, as a spreadsheet (CSV)") : nothing);
    m_reperes->setEnabled(rows);
    m_reperes->setToolTip(rows ? tr("Where the validated assessments shown stand, as an anonymous file the schools "
                                    "import to stand beside the académie")
                               : nothing);
}

void OverviewPage::setSession(Session *session)
{
    if (m_session != session) {
        if (m_session)
            disconnect(m_session, nullptr, this, nullptr);
        if (session)
            connect(session, &Session::aboutToClose, this, [this] { setSession(nullptr); });
    }
    m_session = session;
    fillYears();
    reload();
}

void OverviewPage::fillYears()
{
    const QSignalBlocker blocker(m_year);
    const QString previous = m_year->currentText();
    m_year->clear();
    if (!m_session)
        return;
    const Result<QStringList> years = m_session->storage().schoolYears();
    if (years)
        m_year->addItems(years.value());
    const int index = m_year->findText(previous);
    m_year->setCurrentIndex(index >= 0 ? index : 0);
}

QString OverviewPage::schoolYear() const
{
    return m_year->currentText();
}

void OverviewPage::setSchoolYear(const QString &year)
{
    const int index = m_year->findText(year);
    if (index >= 0)
        m_year->setCurrentIndex(index);
}

void OverviewPage::setSearchText(const QString &text)
{
    m_search->setText(text);
}

void OverviewPage::reload()
{
    const int generation = ++m_generation;
    ++m_analysisGeneration;
    m_analysing = false;
    m_firstRows = false;
    if (!m_session) {
        m_loading = false;
        m_model->setRows({}, {});
        m_count->clear();
        return;
    }
    if (m_year->count() == 0)
        fillYears();
    const QString year = schoolYear();
    m_loading = true;
    // Nothing of another year stays on screen while this one is read; its
    // rows are freed on the reading thread (60,000 of them take a while).
    auto discarded = std::make_shared<std::pair<QList<OverviewRow>, OverviewKeys>>(m_model->rows(), m_model->keys());
    m_model->setRows({}, {});
    m_count->setText(year.isEmpty() ? tr("Reading the assessments…") : tr("Reading the assessments of %1…").arg(year));
    updateActions();
    const auto readWholeYear = [this, generation, year, discarded] {
        if (generation != m_generation || !m_session)
            return;
        runOffThread<LoadedYear>(
            m_pool, this,
            [path = m_session->path(), catalog = ReferentialCatalog(m_catalog), year, discarded]() mutable {
                discarded.reset();
                // Storage::overview computes and keeps the summaries that are
                // missing, as it did on the window's connection (SQLite lets
                // one write at a time, the other waits its turn).
                LoadedYear loaded
                    = readRows(path, catalog, [&year](Storage &storage) { return storage.overview(year); });
                loaded.circonscriptions = filterChoices(loaded.rows, &OverviewRow::circonscription);
                loaded.departements = filterChoices(loaded.rows, &OverviewRow::departement);
                return loaded;
            },
            [this, generation](const LoadedYear &loaded) { showYear(generation, loaded); });
    };
    if (year.isEmpty() || !showsFirstOrder()) {
        readWholeYear();
        return;
    }
    // The first screen first: a few thousandths of the year's rows, in the
    // table's order, read alone (on two cores, beside the whole year's
    // reading, it took twice as long); then the whole year.
    runOffThread<LoadedYear>(
        m_pool, this,
        [path = m_session->path(), catalog = ReferentialCatalog(m_catalog), year] {
            return readRows(
                path, catalog, [&year](Storage &storage) { return storage.overviewFirstRows(year, FirstScreenRows); });
        },
        [this, generation, readWholeYear](const LoadedYear &loaded) {
            readWholeYear();
            showFirstRows(generation, loaded);
        });
}

bool OverviewPage::isBusy() const
{
    return m_loading || m_analysing || m_analysisTimer->isActive();
}

bool OverviewPage::showsFirstOrder() const
{
    const OverviewFilter &filter = m_filter->filter();
    return m_filter->sortColumn() == OverviewModel::Name && m_filter->sortOrder() == Qt::AscendingOrder && !filter.kind
        && filter.circonscription.isEmpty() && filter.departement.isEmpty() && !filter.status
        && filter.referentialId.isEmpty() && filter.search.isEmpty();
}

void OverviewPage::showFirstRows(int generation, const LoadedYear &loaded)
{
    // Too late (the year is read, or another asked for), or no longer
    // what the table would show first: dropped. An error is the whole
    // reading's to tell.
    if (generation != m_generation || !m_loading || !loaded.error.isEmpty() || !showsFirstOrder())
        return;
    m_firstRows = true;
    m_model->setRows(loaded.rows, loaded.keys);
    sizeColumns();
    m_count->setText(tr("Reading the assessments of %1: the first ones are shown…").arg(schoolYear()));
    updateActions();
    emit firstRowsShown();
}

void OverviewPage::dropFirstRows()
{
    if (!m_firstRows)
        return;
    m_firstRows = false;
    m_model->setRows({}, {});
    m_count->setText(tr("Reading the assessments of %1…").arg(schoolYear()));
    updateActions();
}

void OverviewPage::showYear(int generation, const LoadedYear &loaded)
{
    if (generation != m_generation)
        return;
    m_loading = false;
    // The first rows the person may have moved in: the same school stays
    // current, the table scrolled as it was (the rows above are the same).
    const bool hadFirstRows = std::exchange(m_firstRows, false);
    const qint64 current = m_table->currentIndex().data(OverviewModel::AssessmentIdRole).toLongLong();
    const int scrolled = m_table->verticalScrollBar()->value();
    if (!loaded.error.isEmpty()) {
        m_model->setRows({}, {});
        m_count->setText(loaded.error);
        updateActions();
        emit errorOccurred(loaded.error);
        return;
    }
    m_model->setRows(loaded.rows, loaded.keys);
    sizeColumns();
    fillFilterChoices(loaded.circonscriptions, loaded.departements);
    applyFilter();
    if (hadFirstRows) {
        const QList<int> &shown = m_filter->acceptedSourceRows();
        for (int row = 0; current != 0 && row < std::min<int>(FirstScreenRows, static_cast<int>(shown.size())); ++row) {
            if (m_model->row(shown.at(row)).assessmentId == current) {
                m_table->setCurrentIndex(m_filter->index(row, OverviewModel::Name));
                break;
            }
        }
        m_table->verticalScrollBar()->setValue(scrolled);
    }
    // A new year is analysed at once; typing in the search waits a moment.
    m_analysisTimer->stop();
    updateAnalysis();
    emit yearShown();
}

void OverviewPage::fillGrids()
{
    const QString grid = m_referential->currentData().toString();
    const QString chart = m_chartReferential->currentData().toString();
    const QSignalBlocker blockGrid(m_referential);
    const QSignalBlocker blockChart(m_chartReferential);
    m_referential->clear();
    m_chartReferential->clear();
    m_referential->addItem(tr("All grids"));
    for (const Referential *referential : m_catalog.referentials()) {
        m_referential->addItem(referential->title(), referential->id());
        m_chartReferential->addItem(referential->title(), referential->id());
    }
    m_referential->setCurrentIndex(std::max(0, grid.isEmpty() ? 0 : m_referential->findData(grid)));
    m_chartReferential->setCurrentIndex(std::max(0, m_chartReferential->findData(chart)));
}

void OverviewPage::referentialsChanged()
{
    fillGrids();
    applyFilter();
}

void OverviewPage::fillFilterChoices(const QStringList &circonscriptions, const QStringList &departements)
{
    const auto fill = [](QComboBox *box, const QString &all, const QStringList &values) {
        const QSignalBlocker blocker(box);
        const QString previous = currentText(box);
        box->clear();
        box->addItem(all);
        for (const QString &value : values)
            box->addItem(value, value);
        const int index = box->findData(previous);
        box->setCurrentIndex(index >= 0 ? index : 0);
    };
    fill(m_circonscription, tr("All circonscriptions"), circonscriptions);
    fill(m_departement, tr("All départements"), departements);
}

void OverviewPage::sizeColumns()
{
    // Widths from the font and from a sample of the rows, never from all
    // of them: measuring 60,000 rows would freeze the window.
    constexpr int Sample = 2000;
    const QFontMetrics metrics = m_table->fontMetrics();
    const int margin = cellMargin(m_table);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setMinimumSectionSize(metrics.averageCharWidth() * 3);
    const auto fit = [&](int column, int text) {
        return std::max(header->sectionSizeHint(column), text + margin);
    };
    const auto widest = [&](const QStringList &texts) {
        int width = 0;
        for (const QString &text : texts)
            width = std::max(width, metrics.horizontalAdvance(text));
        return width;
    };
    QStringList kinds;
    for (const EstablishmentKind kind : establishmentKinds())
        kinds.append(establishmentKindLabel(kind));
    QStringList statuses;
    for (const AssessmentStatus status : {AssessmentStatus::Draft, AssessmentStatus::Validated})
        statuses.append(assessmentStatusLabel(status));
    // Each text measured once: the rows share their communes.
    QSet<QString> communeSet;
    QSet<QString> circonscriptionSet;
    for (qsizetype i = 0; i < std::min<qsizetype>(m_model->rows().size(), Sample); ++i) {
        communeSet.insert(m_model->rows().at(i).commune);
        circonscriptionSet.insert(m_model->rows().at(i).circonscription);
    }
    const QStringList communes(communeSet.cbegin(), communeSet.cend());
    const QStringList circonscriptions(circonscriptionSet.cbegin(), circonscriptionSet.cend());
    // A long commune or circonscription is cut (the tooltip has it whole)
    // rather than push the domains out of sight.
    const int longest = metrics.averageCharWidth() * 26;
    header->resizeSection(OverviewModel::Uai, fit(OverviewModel::Uai, uaiWidth(metrics)));
    header->resizeSection(OverviewModel::Kind, fit(OverviewModel::Kind, widest(kinds)));
    header->resizeSection(OverviewModel::Commune, fit(OverviewModel::Commune, std::min(widest(communes), longest)));
    header->resizeSection(OverviewModel::Circonscription,
        fit(OverviewModel::Circonscription, std::min(widest(circonscriptions), longest)));
    header->resizeSection(OverviewModel::Status, fit(OverviewModel::Status, widest(statuses)));
    // The paliers: a digit on its colour under the domain's code.
    for (int column = OverviewModel::Overall; column < m_model->completionColumn(); ++column)
        header->resizeSection(column, fit(column, metrics.horizontalAdvance(QStringLiteral("0"))));
    header->resizeSection(m_model->completionColumn(),
        fit(m_model->completionColumn(), metrics.horizontalAdvance(QStringLiteral("100 %"))));
    // Enough to tell two schools apart; more when the window has room.
    m_nameMinimum = 26 * metrics.averageCharWidth() + margin;
    m_otherColumnsWidth = -1;
    fitNameColumn();
}

void OverviewPage::fitNameColumn()
{
    QHeaderView *header = m_table->horizontalHeader();
    int others = 0;
    for (int column = 0; column < header->count(); ++column) {
        if (column != OverviewModel::Name && !header->isSectionHidden(column))
            others += header->sectionSize(column);
    }
    const int available = m_table->viewport()->width() - others;
    const int width = std::max(m_nameMinimum, available);
    if (header->sectionSize(OverviewModel::Name) != width)
        header->resizeSection(OverviewModel::Name, width);
}

void OverviewPage::setReferentialFilter(const QString &referentialId)
{
    m_referential->setCurrentIndex(std::max(0, m_referential->findData(referentialId)));
}

void OverviewPage::applyFilter()
{
    OverviewFilter filter;
    filter.referentialId = currentText(m_referential);
    if (filter.referentialId != m_model->columnsReferentialId()) {
        m_model->setColumnsFor(filter.referentialId);
        sizeColumns();
        if (!filter.referentialId.isEmpty())
            m_chartReferential->setCurrentIndex(std::max(0, m_chartReferential->findData(filter.referentialId)));
    }
    if (m_kind->currentIndex() > 0)
        filter.kind = establishmentKindFromKey(m_kind->currentData().toString());
    filter.circonscription = currentText(m_circonscription);
    filter.departement = currentText(m_departement);
    if (m_status->currentIndex() > 0)
        filter.status = assessmentStatusFromKey(m_status->currentData().toString());
    filter.search = m_search->text().trimmed();
    m_filter->setFilter(filter);
    if (m_loading) {
        // The first rows are those of the first order only; the rest of
        // the filter waits for the year.
        if (!showsFirstOrder())
            dropFirstRows();
        return;
    }
    if (schoolYear().isEmpty())
        m_count->setText(tr("No assessment in this database yet."));
    else
        m_count->setText(tr("%1 of %n assessment(s) of %2 shown", nullptr, m_model->rowCount())
                             .arg(m_filter->rowCount())
                             .arg(schoolYear()));
    updateActions();
    m_analysisTimer->start();
}

void OverviewPage::updateAnalysis()
{
    const Referential *referential = m_catalog.latest(m_chartReferential->currentData().toString());
    if (!referential)
        return;
    const int generation = ++m_analysisGeneration;
    m_analysing = true;
    // The rows are shared, not copied: the model replaces its list, it
    // never changes one in place.
    runOffThread<Analysis>(
        m_pool, this,
        [rows = m_model->rows(), shown = m_filter->acceptedSourceRows(), catalog = ReferentialCatalog(m_catalog),
            id = referential->id()] {
            const Referential *grid = catalog.latest(id);
            Analysis analysis;
            // Every row shown: the list itself (each function keeps the
            // grid's rows); else a copy of those shown, of this grid.
            QList<OverviewRow> selected;
            if (shown.size() == rows.size()) {
                selected = rows;
            } else {
                for (const int row : shown) {
                    if (rows.at(row).referentialId == id)
                        selected.append(rows.at(row));
                }
            }
            analysis.distribution = Consolidation::distribution(selected, *grid, catalog.versions(id));
            analysis.versions = Consolidation::versionsIn(selected, id);
            analysis.missing = Consolidation::mostMissing(selected, 20, id);
            return analysis;
        },
        [this, generation, id = referential->id()](
            const Analysis &analysis) { showAnalysis(generation, id, analysis); });
}

void OverviewPage::showAnalysis(int generation, const QString &referentialId, const Analysis &analysis)
{
    const Referential *referential = m_catalog.latest(referentialId);
    if (generation != m_analysisGeneration)
        return;
    m_analysing = false;
    if (!referential)
        return;
    QChart *chart = PaliersCharts::createDistributionChart(*referential, analysis.distribution);
    // The label above the chart says what it shows.
    chart->setTitle(QString());
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    PaliersCharts::setChart(m_chart, chart);
    // Several versions of the grid in the selection: said, with how they meet.
    QString key = PaliersCharts::domainKey(*referential);
    if (analysis.versions.size() > 1)
        key += u'\n'
            + tr("These assessments follow versions %1 of the grid: the domains are matched by their identifier.")
                  .arg(analysis.versions.join(QStringLiteral(", ")));
    m_chartKey->setText(key);

    m_missing->clear();
    for (const MissingCriterion &m : analysis.missing) {
        // A criterion that blocks may belong to an older version only.
        const Criterion *criterion = m_catalog.criterion(referential->id(), m.criterionId);
        auto *item = new QTreeWidgetItem(
            m_missing, {m.criterionId, QString::number(m.count), criterion ? criterion->text : QString()});
        item->setTextAlignment(1, Qt::AlignRight);
        item->setToolTip(2, criterion ? criterion->text : QString());
    }
    m_missing->resizeColumnToContents(0);
    m_missing->resizeColumnToContents(1);
    emit analysisShown();
}

QString OverviewPage::selectionText() const
{
    QStringList parts {schoolYear()};
    for (const QComboBox *box : {m_referential, m_kind, m_circonscription, m_departement, m_status}) {
        if (box->currentIndex() > 0)
            parts.append(box->currentText());
    }
    if (!m_search->text().trimmed().isEmpty())
        parts.append(tr("\"%1\"").arg(m_search->text().trimmed()));
    return parts.join(QLatin1String(", "));
}

qint64 OverviewPage::currentEstablishmentId() const
{
    const QModelIndex index = m_table->currentIndex();
    return index.isValid() ? index.data(OverviewModel::EstablishmentIdRole).toLongLong() : 0;
}

Status OverviewPage::exportPdf(const QString &path) const
{
    const QList<OverviewRow> rows = m_filter->acceptedRows();
    ConsolidatedRenderer renderer(rows, m_catalog, selectionText());
    if (m_session && !schoolYear().isEmpty()) {
        const OverviewFilter &filter = m_filter->filter();
        Result<CampaignReport> campaign = m_session->storage().campaignReport(
            campaignOfOverview(schoolYear(), filter), campaignLevelOfOverview(filter));
        if (!campaign)
            return Error {campaign.error()};
        renderer.setCampaign(std::move(campaign).value());
        Result<QList<Indicator>> indicators = m_session->storage().indicators();
        if (!indicators)
            return Error {indicators.error()};
        if (!indicators->isEmpty()) {
            Result<IndicatorTable> table = m_session->storage().indicatorTable(indicators.value());
            if (!table)
                return Error {table.error()};
            renderer.setIndicators(std::move(table).value());
        }
    }
    return renderer.writePdf(path);
}

Status OverviewPage::exportCsv(const QString &path) const
{
    return FileWriter::write(path, CsvExport::overview(m_filter->acceptedRows(), m_catalog));
}

void OverviewPage::chooseExport(bool pdf)
{
    const QString suffix = pdf ? QStringLiteral("pdf") : QStringLiteral("csv");
    // An empty database has no year: no trailing dash in the name.
    const QString name = schoolYear().isEmpty()
        ? QStringLiteral("paliers-consolidation.%1").arg(suffix)
        : QStringLiteral("paliers-consolidation-%1.%2").arg(schoolYear(), suffix);
    const QString proposed = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(name);
    QString path = QFileDialog::getSaveFileName(this, tr("Export the consolidation"), proposed,
        pdf ? tr("PDF documents (*.pdf)") : tr("CSV spreadsheets (*.csv)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + suffix;
    const Status written = pdf ? exportPdf(path) : exportCsv(path);
    if (!written)
        emit errorOccurred(written.error());
}

Status OverviewPage::exportReperes(const QString &path) const
{
    if (!m_session)
        return Error {tr("No database is open.")};
    // The choice made, without the year each repère carries anyway.
    QStringList choice = selectionText().split(QLatin1String(", "));
    choice.removeFirst();
    Result<QList<Reperes>> reperes
        = m_session->storage().reperesOf(m_filter->acceptedRows(), choice.join(QLatin1String(", ")));
    if (!reperes)
        return Error {reperes.error()};
    ReperesFile::Contents contents;
    contents.writtenAt = QDateTime::currentDateTimeUtc();
    contents.reperes = reperes.value();
    return FileWriter::write(path, ReperesFile::write(contents));
}

void OverviewPage::chooseReperes()
{
    const QString name = QStringLiteral("paliers-reperes-%1.json").arg(schoolYear());
    const QString proposed = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(name);
    QString path = QFileDialog::getSaveFileName(
        this, tr("Write the repères of the académie"), proposed, tr("Paliers repères (*.json)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".json");
    if (const Status written = exportReperes(path); !written)
        emit errorOccurred(written.error());
    else
        emit notice(tr("Repères written to %1: counts only, no school named. Each school imports them with "
                       "File → Import the académie's repères….")
                        .arg(QDir::toNativeSeparators(path)));
}

} // namespace Paliers
