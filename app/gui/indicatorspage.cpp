#include "indicatorspage.h"

#include "exchange/csvexport.h"
#include "exchange/filewriter.h"
#include "exchange/indicatorfile.h"
#include "focusframe.h"
#include "screenfit.h"
#include "session.h"
#include "storage/storage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Paliers {

namespace {

// The kinds an indicator counts, as the register's filter names them.
const char *const KindKeys[] = {"", "ecoles", "college", "lycee", "lycee_professionnel"};

QString kindLabel(const QString &key)
{
    if (key.isEmpty())
        return IndicatorDialog::tr("Every establishment of the grid");
    if (key == QLatin1String("ecoles"))
        return IndicatorDialog::tr("Écoles");
    const std::optional<EstablishmentKind> kind = establishmentKindFromKey(key);
    return kind ? establishmentKindLabel(*kind) : key;
}

} // namespace

IndicatorDialog::IndicatorDialog(const ReferentialCatalog &catalog, const Indicator &indicator, QWidget *parent)
    : QDialog(parent)
    , m_catalog(catalog)
    , m_original(indicator)
    , m_label(new QLineEdit(indicator.label, this))
    , m_grid(new QComboBox(this))
    , m_condition(new QComboBox(this))
    , m_subject(new QComboBox(this))
    , m_palier(new QSpinBox(this))
    , m_kind(new QComboBox(this))
    , m_departement(new QLineEdit(indicator.scope.departement, this))
    , m_circonscription(new QLineEdit(indicator.scope.circonscription, this))
    , m_hasTarget(new QCheckBox(tr("A &target of"), this))
    , m_target(new QSpinBox(this))
    , m_targetYear(new QLineEdit(indicator.targetYear, this))
    , m_message(new QLabel(this))
{
    setWindowTitle(indicator.label.isEmpty() ? tr("New indicator") : tr("Indicator"));
    m_label->setObjectName(QStringLiteral("indicatorLabel"));
    m_label->setPlaceholderText(tr("Pourcentage d'écoles qui…"));
    for (const Referential *grid : catalog.referentials())
        m_grid->addItem(grid->title(), grid->id());
    m_grid->setCurrentIndex(std::max(0, m_grid->findData(indicator.referentialId)));
    m_condition->addItem(tr("A criterion is met"), Indicator::conditionKey(Indicator::Condition::Criterion));
    m_condition->addItem(
        tr("A domain is at the palier or above"), Indicator::conditionKey(Indicator::Condition::Domain));
    m_condition->addItem(
        tr("The overall palier is at the palier or above"), Indicator::conditionKey(Indicator::Condition::Overall));
    m_condition->setCurrentIndex(std::max(0, m_condition->findData(Indicator::conditionKey(indicator.condition))));
    m_palier->setRange(1, 9);
    m_palier->setValue(indicator.palier);
    for (const char *key : KindKeys)
        m_kind->addItem(kindLabel(QLatin1String(key)), QLatin1String(key));
    QString kindKey;
    if (indicator.scope.kinds.size() == 1)
        kindKey = establishmentKindKey(indicator.scope.kinds.constFirst());
    else if (!indicator.scope.kinds.isEmpty())
        kindKey = QStringLiteral("ecoles");
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(kindKey)));
    m_target->setRange(0, 100);
    m_target->setSuffix(tr(" %"));
    m_target->setValue(indicator.target ? qRound(*indicator.target) : 100);
    m_hasTarget->setChecked(indicator.target.has_value());
    m_targetYear->setPlaceholderText(QStringLiteral("2027-2028"));
    m_targetYear->setAccessibleName(tr("Target's school year"));
    m_target->setAccessibleName(tr("Target, in percent"));

    fillSubjects();
    connect(m_grid, &QComboBox::currentIndexChanged, this, &IndicatorDialog::fillSubjects);
    connect(m_condition, &QComboBox::currentIndexChanged, this, &IndicatorDialog::fillSubjects);
    const auto targetEnabled = [this] {
        m_target->setEnabled(m_hasTarget->isChecked());
        m_targetYear->setEnabled(m_hasTarget->isChecked());
    };
    connect(m_hasTarget, &QCheckBox::toggled, this, targetEnabled);
    targetEnabled();

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Label:"), m_label);
    form->addRow(tr("&Grid:"), m_grid);
    form->addRow(tr("&Condition:"), m_condition);
    form->addRow(tr("&Of:"), m_subject);
    form->addRow(tr("&Palier:"), m_palier);
    form->addRow(tr("Co&unting:"), m_kind);
    form->addRow(tr("&Département:"), m_departement);
    form->addRow(tr("Circo&nscription:"), m_circonscription);
    auto *target = new QHBoxLayout;
    target->addWidget(m_hasTarget);
    target->addWidget(m_target);
    auto *by = new QLabel(tr("by &year"), this);
    by->setBuddy(m_targetYear);
    target->addWidget(by);
    target->addWidget(m_targetYear, 1);
    form->addRow(target);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_message->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &IndicatorDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &IndicatorDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resizeWithinScreen(this, sizeHint().expandedTo(QSize(620, 0)));
}

void IndicatorDialog::fillSubjects()
{
    const QString previous = m_subject->count() > 0 ? m_subject->currentData().toString() : m_original.subject;
    m_subject->clear();
    const Referential *grid = m_catalog.latest(m_grid->currentData().toString());
    const std::optional<Indicator::Condition> condition
        = Indicator::conditionFromKey(m_condition->currentData().toString());
    if (grid && condition == Indicator::Condition::Criterion) {
        for (const Criterion &criterion : grid->criteria())
            m_subject->addItem(tr("%1 — %2").arg(criterion.id, criterion.text.left(90)), criterion.id);
    } else if (grid && condition == Indicator::Condition::Domain) {
        for (const Domain &domain : grid->domains())
            m_subject->addItem(domain.title, domain.id);
    }
    m_subject->setEnabled(m_subject->count() > 0);
    m_subject->setCurrentIndex(std::max(0, m_subject->findData(previous)));
    m_palier->setEnabled(condition != Indicator::Condition::Criterion);
    if (grid)
        m_palier->setMaximum(grid->maxLevel());
}

Indicator IndicatorDialog::indicator() const
{
    Indicator indicator = m_original;
    indicator.label = m_label->text().trimmed();
    indicator.referentialId = m_grid->currentData().toString();
    indicator.condition
        = Indicator::conditionFromKey(m_condition->currentData().toString()).value_or(Indicator::Condition::Criterion);
    indicator.subject
        = indicator.condition == Indicator::Condition::Overall ? QString() : m_subject->currentData().toString();
    indicator.palier = m_palier->value();
    indicator.scope.kinds
        = RegisterFilter::kindsOfKey(m_kind->currentData().toString()).value_or(QList<EstablishmentKind>());
    indicator.scope.departement = m_departement->text().trimmed();
    indicator.scope.circonscription = m_circonscription->text().trimmed();
    if (m_hasTarget->isChecked()) {
        indicator.target = m_target->value();
        indicator.targetYear = m_targetYear->text().trimmed();
    } else {
        indicator.target.reset();
        indicator.targetYear.clear();
    }
    return indicator;
}

void IndicatorDialog::accept()
{
    if (Status valid = indicator().check(m_catalog); !valid) {
        m_message->setText(valid.error());
        m_message->show();
        return;
    }
    QDialog::accept();
}

IndicatorsPage::IndicatorsPage(const ReferentialCatalog &catalog, QWidget *parent)
    : QWidget(parent)
    , m_catalog(catalog)
    , m_intro(new QLabel(this))
    , m_table(new QTableWidget(this))
    , m_add(new QPushButton(tr("&Add…"), this))
    , m_edit(new QPushButton(tr("&Change…"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_import(new QPushButton(tr("&Open a file…"), this))
    , m_save(new QPushButton(tr("&Save as a file…"), this))
    , m_csv(new QPushButton(tr("CS&V…"), this))
    , m_example(new QPushButton(tr("E&xample"), this))
{
    m_intro->setWordWrap(true);
    m_intro->setTextFormat(Qt::PlainText);
    m_table->setObjectName(QStringLiteral("indicatorsTable"));
    m_table->setAccessibleName(tr("Indicators of the roadmap"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(true);
    m_table->setTabKeyNavigation(false);
    showFocusFrame(m_table);
    m_add->setObjectName(QStringLiteral("addIndicator"));
    m_edit->setObjectName(QStringLiteral("editIndicator"));
    m_remove->setObjectName(QStringLiteral("removeIndicator"));
    m_import->setObjectName(QStringLiteral("importIndicators"));
    m_save->setObjectName(QStringLiteral("saveIndicators"));
    m_csv->setObjectName(QStringLiteral("indicatorsCsv"));
    m_example->setObjectName(QStringLiteral("exampleIndicators"));
    m_example->setToolTip(tr("Add the indicators of the Aix-Marseille roadmap that match criteria of the grids"));

    // Two rows of buttons: the indicators, then the files; one row would
    // be wider than a small screen at 150 %.
    auto *buttons = new QHBoxLayout;
    for (QPushButton *button : {m_add, m_edit, m_remove})
        buttons->addWidget(button);
    buttons->addStretch(1);
    auto *files = new QHBoxLayout;
    for (QPushButton *button : {m_example, m_import, m_save, m_csv})
        files->addWidget(button);
    files->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addLayout(files);

    connect(m_add, &QPushButton::clicked, this, &IndicatorsPage::addIndicator);
    connect(m_edit, &QPushButton::clicked, this, &IndicatorsPage::editCurrent);
    connect(m_remove, &QPushButton::clicked, this, &IndicatorsPage::removeCurrent);
    connect(m_import, &QPushButton::clicked, this, &IndicatorsPage::chooseImport);
    connect(m_example, &QPushButton::clicked, this,
        [this] { importFile(QStringLiteral(":/indicators/aix-marseille-2014.json")); });
    connect(m_save, &QPushButton::clicked, this, &IndicatorsPage::chooseSave);
    connect(m_csv, &QPushButton::clicked, this, &IndicatorsPage::chooseCsv);
    connect(m_table, &QTableWidget::itemActivated, this, &IndicatorsPage::editCurrent);
    connect(m_table, &QTableWidget::currentCellChanged, this, &IndicatorsPage::updateButtons);
    updateButtons();
}

void IndicatorsPage::setSession(Session *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (session) {
        // Schools validated or imported elsewhere change the shares.
        connect(session, &Session::assessmentChanged, this, &IndicatorsPage::reload);
        connect(session, &Session::aboutToClose, this, [this] { setSession(nullptr); });
    }
    reload();
}

bool IndicatorsPage::isWritable() const
{
    return m_session && !m_session->isReadOnly();
}

void IndicatorsPage::reload()
{
    m_indicators.clear();
    m_computed = IndicatorTable();
    if (m_session) {
        Result<QList<Indicator>> indicators = m_session->storage().indicators();
        if (!indicators) {
            emit errorOccurred(indicators.error());
        } else {
            m_indicators = indicators.value();
            Result<IndicatorTable> table = m_session->storage().indicatorTable(m_indicators);
            if (table)
                m_computed = std::move(table).value();
            else
                emit errorOccurred(table.error());
        }
    }
    fillTable();
}

void IndicatorsPage::fillTable()
{
    const int current = m_table->currentRow();
    m_table->clear();
    // A year Paliers has no data for shows the roadmap's own figures: its
    // column says so once, rather than every cell.
    QStringList header {tr("Indicator")};
    for (qsizetype column = 0; column < m_computed.years.size(); ++column) {
        bool roadmapOnly = !m_computed.rows.isEmpty();
        for (const IndicatorRow &row : m_computed.rows) {
            const IndicatorValue &value = row.values.at(column);
            roadmapOnly = roadmapOnly && value.schools == 0;
        }
        header.append(roadmapOnly ? tr("%1\n(roadmap)").arg(m_computed.years.at(column)) : m_computed.years.at(column));
    }
    header.append(tr("Target"));
    m_table->setColumnCount(static_cast<int>(header.size()));
    m_table->setHorizontalHeaderLabels(header);
    m_table->setRowCount(static_cast<int>(m_computed.rows.size()));
    const QColor reached(0xd4, 0xed, 0xda);
    for (int row = 0; row < m_computed.rows.size(); ++row) {
        const IndicatorRow &line = m_computed.rows.at(row);
        auto *label = new QTableWidgetItem(line.indicator.label);
        QString tip = line.indicator.describeCondition(m_catalog);
        if (!line.indicator.scope.isEmpty())
            tip += tr(" — %1").arg(line.indicator.scope.describe());
        if (!line.indicator.note.isEmpty())
            tip += QLatin1Char('\n') + line.indicator.note;
        label->setToolTip(tip);
        m_table->setItem(row, 0, label);
        int column = 1;
        for (const IndicatorValue &value : line.values) {
            auto *cell = new QTableWidgetItem;
            if (value.schools > 0) {
                cell->setText(IndicatorTable::cell(value));
                cell->setToolTip(tr("%1 of %n establishment(s)", nullptr, value.schools).arg(value.meeting));
            } else if (value.recorded) {
                // The roadmap's figure, in italics: not computed by Paliers.
                cell->setText(IndicatorTable::percent(*value.recorded));
                QFont italic = cell->font();
                italic.setItalic(true);
                cell->setFont(italic);
                cell->setToolTip(IndicatorTable::cell(value));
                cell->setData(Qt::AccessibleTextRole, IndicatorTable::cell(value));
            } else {
                cell->setText(IndicatorTable::cell(value));
            }
            cell->setTextAlignment(Qt::AlignCenter);
            m_table->setItem(row, column++, cell);
        }
        auto *target = new QTableWidgetItem(IndicatorTable::targetCell(line));
        target->setTextAlignment(Qt::AlignCenter);
        if (line.targetReached()) {
            target->setBackground(reached);
            target->setForeground(Qt::black);
        }
        m_table->setItem(row, column, target);
    }
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->resizeRowsToContents();
    if (m_table->rowCount() > 0)
        m_table->setCurrentCell(std::clamp(current, 0, m_table->rowCount() - 1), 0);
    m_intro->setText(m_computed.rows.isEmpty()
            ? tr("No indicator yet. Add one, open a file of indicators, or take the example built from the "
                 "Aix-Marseille roadmap (« Example »).")
            : tr("The indicators of the roadmap: the share of the establishments with a validated assessment that "
                 "meet a condition of the grid, year after year, in brackets the number they rest on, the target "
                 "last."));
    updateButtons();
}

void IndicatorsPage::updateButtons()
{
    const bool writable = isWritable();
    const bool chosen = m_table->currentRow() >= 0 && m_table->currentRow() < m_indicators.size();
    m_add->setEnabled(writable);
    m_edit->setEnabled(writable && chosen);
    m_remove->setEnabled(writable && chosen);
    m_import->setEnabled(writable);
    m_example->setEnabled(writable);
    m_save->setEnabled(!m_indicators.isEmpty());
    m_csv->setEnabled(!m_indicators.isEmpty());
}

bool IndicatorsPage::store(const QList<Indicator> &indicators)
{
    if (!m_session)
        return false;
    if (Status stored = m_session->storage().setIndicators(indicators); !stored) {
        emit errorOccurred(stored.error());
        return false;
    }
    reload();
    return true;
}

void IndicatorsPage::addIndicator()
{
    Indicator fresh;
    fresh.referentialId = m_catalog.referentials().isEmpty() ? QString() : m_catalog.referentials().constFirst()->id();
    IndicatorDialog dialog(m_catalog, fresh, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QList<Indicator> indicators = m_indicators;
    indicators.append(dialog.indicator());
    if (store(indicators))
        m_table->setCurrentCell(m_table->rowCount() - 1, 0);
}

void IndicatorsPage::editCurrent()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_indicators.size() || !isWritable())
        return;
    IndicatorDialog dialog(m_catalog, m_indicators.at(row), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QList<Indicator> indicators = m_indicators;
    indicators[row] = dialog.indicator();
    store(indicators);
}

void IndicatorsPage::removeCurrent()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_indicators.size() || !isWritable())
        return;
    const QMessageBox::StandardButton answer = QMessageBox::question(this, tr("Remove the indicator"),
        tr("Remove « %1 »? Its figures are computed from the assessments, which stay.")
            .arg(m_indicators.at(row).label));
    if (answer != QMessageBox::Yes)
        return;
    QList<Indicator> indicators = m_indicators;
    indicators.removeAt(row);
    store(indicators);
}

bool IndicatorsPage::importFile(const QString &path)
{
    if (!m_session)
        return false;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        emit errorOccurred(tr("Cannot open \"%1\": %2.").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    const Result<IndicatorFile::Contents> read = IndicatorFile::read(
        file.read(IndicatorFile::MaxFileSize + 1), m_session->storage().catalog(), QFileInfo(path).fileName());
    if (!read) {
        emit errorOccurred(read.error());
        return false;
    }
    // The file's indicators join those kept, after them.
    QList<Indicator> indicators = m_indicators;
    indicators += read->indicators;
    if (!store(indicators))
        return false;
    emit notice(tr("%n indicator(s) added from %1.", nullptr, static_cast<int>(read->indicators.size()))
                    .arg(QFileInfo(path).fileName()));
    return true;
}

bool IndicatorsPage::saveFile(const QString &path)
{
    IndicatorFile::Contents contents;
    contents.indicators = m_indicators;
    if (Status written = FileWriter::write(path, IndicatorFile::write(contents)); !written) {
        emit errorOccurred(written.error());
        return false;
    }
    return true;
}

bool IndicatorsPage::exportCsv(const QString &path)
{
    if (Status written = FileWriter::write(path, CsvExport::indicators(m_computed)); !written) {
        emit errorOccurred(written.error());
        return false;
    }
    return true;
}

void IndicatorsPage::chooseImport()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open a file of indicators"), QDir::homePath(), tr("Paliers indicators (*.json);;All files (*)"));
    if (!path.isEmpty())
        importFile(path);
}

void IndicatorsPage::chooseSave()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = QFileDialog::getSaveFileName(this, tr("Save the indicators as a file"),
        QDir(folder).filePath(QStringLiteral("indicateurs.json")), tr("Paliers indicators (*.json)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".json");
    saveFile(path);
}

void IndicatorsPage::chooseCsv()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = QFileDialog::getSaveFileName(this, tr("Export the indicators' table"),
        QDir(folder).filePath(QStringLiteral("indicateurs.csv")), tr("CSV spreadsheets (*.csv)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".csv");
    exportCsv(path);
}

} // namespace Paliers
