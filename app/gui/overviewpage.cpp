#include "overviewpage.h"

#include "consolidatedrenderer.h"
#include "csvexport.h"
#include "filewriter.h"
#include "overviewmodel.h"
#include "palierscharts.h"
#include "session.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Paliers {

namespace {

QString currentText(const QComboBox *box)
{
    return box->currentIndex() <= 0 ? QString() : box->currentData().toString();
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
    , m_missing(new QTreeWidget(this))
    , m_analysisTimer(new QTimer(this))
{
    m_filter->setSourceModel(m_model);
    m_year->setObjectName(QStringLiteral("overviewYear"));
    m_year->setAccessibleName(tr("School year"));
    m_referential->setAccessibleName(tr("Grid"));
    m_referential->addItem(tr("All grids"));
    for (const Referential &referential : catalog.referentials()) {
        m_referential->addItem(referential.title(), referential.id());
        m_chartReferential->addItem(referential.title(), referential.id());
    }
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

    m_table->setObjectName(QStringLiteral("overviewTable"));
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(OverviewModel::Name, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_table->setAccessibleName(tr("Establishments and their paliers"));
    // Widths from the font, never from the contents: measuring 60,000 rows
    // would freeze the window.
    sizeColumns();


    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumSize(380, 260);
    m_chart->setAccessibleName(tr("Establishments per palier, by domain"));
    m_missing->setObjectName(QStringLiteral("mostMissing"));
    m_missing->setColumnCount(3);
    m_missing->setHeaderLabels({tr("Criterion"), tr("Schools"), tr("Wording")});
    m_missing->setRootIsDecorated(false);
    m_missing->setAccessibleName(tr("Criteria most often missing for the next palier"));

    auto *firstRow = new QHBoxLayout;
    firstRow->addWidget(new QLabel(tr("Year:"), this));
    firstRow->addWidget(m_year);
    firstRow->addWidget(m_referential);
    firstRow->addWidget(m_search, 1);
    auto *secondRow = new QHBoxLayout;
    secondRow->addWidget(m_kind);
    secondRow->addWidget(m_circonscription);
    secondRow->addWidget(m_departement);
    secondRow->addWidget(m_status);
    secondRow->addStretch(1);
    auto *filters = new QVBoxLayout;
    filters->addLayout(firstRow);
    filters->addLayout(secondRow);

    auto *pdf = new QPushButton(tr("Consolidation PDF…"), this);
    auto *csv = new QPushButton(tr("CSV…"), this);
    auto *evolution = new QPushButton(tr("Evolution of the school…"), this);
    evolution->setObjectName(QStringLiteral("evolution"));
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_count, 1);
    actions->addWidget(evolution);
    actions->addWidget(pdf);
    actions->addWidget(csv);

    // Below the table: the distribution of the selection and what it lacks.
    auto *chartSide = new QWidget(this);
    auto *chartLayout = new QVBoxLayout(chartSide);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    chartLayout->addWidget(m_chartReferential);
    chartLayout->addWidget(m_chart, 1);
    auto *missingSide = new QWidget(this);
    auto *missingLayout = new QVBoxLayout(missingSide);
    missingLayout->setContentsMargins(0, 0, 0, 0);
    missingLayout->addWidget(new QLabel(tr("Most often missing for the next palier (what to train or fund first):"),
                                        this));
    missingLayout->addWidget(m_missing, 1);
    auto *analysis = new QSplitter(Qt::Horizontal, this);
    analysis->addWidget(chartSide);
    analysis->addWidget(missingSide);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(analysis);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);
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
    connect(evolution, &QPushButton::clicked, this, [this] {
        if (const qint64 id = currentEstablishmentId())
            emit evolutionRequested(id);
    });
    connect(pdf, &QPushButton::clicked, this, [this] { chooseExport(true); });
    connect(csv, &QPushButton::clicked, this, [this] { chooseExport(false); });
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
    if (!m_session) {
        m_model->setRows({});
        return;
    }
    if (m_year->count() == 0)
        fillYears();
    Result<QList<OverviewRow>> rows = m_session->storage().overview(schoolYear());
    if (!rows) {
        emit errorOccurred(rows.error());
        return;
    }
    m_model->setRows(std::move(rows).value());
    fillFilterChoices();
    applyFilter();
    // A new year is analysed at once; typing in the search waits a moment.
    m_analysisTimer->stop();
    updateAnalysis();
}

void OverviewPage::fillFilterChoices()
{
    QSet<QString> circonscriptions;
    QSet<QString> departements;
    for (const OverviewRow &row : m_model->rows()) {
        if (!row.circonscription.isEmpty())
            circonscriptions.insert(row.circonscription);
        if (!row.departement.isEmpty())
            departements.insert(row.departement);
    }
    const auto fill = [](QComboBox *box, const QString &all, const QSet<QString> &values) {
        const QSignalBlocker blocker(box);
        const QString previous = currentText(box);
        QStringList sorted(values.cbegin(), values.cend());
        std::sort(sorted.begin(), sorted.end(),
                  [](const QString &a, const QString &b) { return QString::localeAwareCompare(a, b) < 0; });
        box->clear();
        box->addItem(all);
        for (const QString &value : sorted)
            box->addItem(value, value);
        const int index = box->findData(previous);
        box->setCurrentIndex(index >= 0 ? index : 0);
    };
    fill(m_circonscription, tr("All circonscriptions"), circonscriptions);
    fill(m_departement, tr("All départements"), departements);
}

void OverviewPage::sizeColumns()
{
    const int character = m_table->fontMetrics().averageCharWidth();
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->resizeSection(OverviewModel::Name, 34 * character);
    header->resizeSection(OverviewModel::Uai, 10 * character);
    header->resizeSection(OverviewModel::Kind, 15 * character);
    header->resizeSection(OverviewModel::Commune, 14 * character);
    header->resizeSection(OverviewModel::Circonscription, 15 * character);
    header->resizeSection(OverviewModel::Status, 10 * character);
    for (int column = OverviewModel::Overall; column <= m_model->completionColumn(); ++column)
        header->resizeSection(column, 6 * character);
    header->resizeSection(OverviewModel::Overall, 8 * character);
    header->resizeSection(m_model->completionColumn(), 12 * character);
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
    m_count->setText(tr("%n assessment(s) shown", nullptr, m_filter->rowCount())
                     + tr(" of %1 for %2").arg(m_model->rowCount()).arg(schoolYear()));
    m_analysisTimer->start();
}

void OverviewPage::updateAnalysis()
{
    const Referential *referential = m_catalog.find(m_chartReferential->currentData().toString());
    if (!referential)
        return;
    QList<OverviewRow> rows;
    for (const OverviewRow &row : m_filter->acceptedRows()) {
        if (row.referentialId == referential->id())
            rows.append(row);
    }
    PaliersCharts::setChart(m_chart, PaliersCharts::createDistributionChart(*referential,
                                                                 Consolidation::distribution(rows, *referential)));
    m_missing->clear();
    for (const MissingCriterion &m : Consolidation::mostMissing(rows, 20)) {
        const Criterion *criterion = referential->criterion(m.criterionId);
        auto *item = new QTreeWidgetItem(m_missing, {m.criterionId, QString::number(m.count),
                                                     criterion ? criterion->text : QString()});
        item->setTextAlignment(1, Qt::AlignRight);
        item->setToolTip(2, criterion ? criterion->text : QString());
    }
    m_missing->resizeColumnToContents(0);
    m_missing->resizeColumnToContents(1);
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
    return ConsolidatedRenderer(rows, m_catalog, selectionText()).writePdf(path);
}

Status OverviewPage::exportCsv(const QString &path) const
{
    return FileWriter::write(path, CsvExport::overview(m_filter->acceptedRows(), m_catalog));
}

void OverviewPage::chooseExport(bool pdf)
{
    const QString suffix = pdf ? QStringLiteral("pdf") : QStringLiteral("csv");
    const QString proposed = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                 .filePath(QStringLiteral("paliers-consolidation-%1.%2").arg(schoolYear(), suffix));
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

} // namespace Paliers
