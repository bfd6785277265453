#include "registerimport.h"

#include "screenfit.h"
#include "session.h"
#include "workerprogress.h"

#include <atomic>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Paliers {

namespace {

QTreeWidget *newList(QWidget *parent, const QStringList &headers, const QString &name)
{
    auto *list = new QTreeWidget(parent);
    list->setHeaderLabels(headers);
    list->setRootIsDecorated(false);
    list->setAccessibleName(name);
    list->setUniformRowHeights(true);
    list->header()->setStretchLastSection(true);
    return list;
}

} // namespace

void RegisterChoices::fillKinds(QComboBox *box)
{
    box->addItem(RegisterImport::tr("Every kind"));
    box->addItem(RegisterImport::tr("Écoles (every kind)"), QStringLiteral("ecoles"));
    for (const EstablishmentKind kind : establishmentKinds())
        box->addItem(establishmentKindLabel(kind), establishmentKindKey(kind));
}

void RegisterChoices::fillSectors(QComboBox *box)
{
    box->addItem(RegisterImport::tr("Public and private"));
    box->addItem(RegisterImport::tr("Public"), QStringLiteral("public"));
    box->addItem(RegisterImport::tr("Private"), QStringLiteral("prive"));
}

void RegisterChoices::apply(const QComboBox *kind, const QComboBox *sector, RegisterFilter &filter)
{
    filter.kinds = RegisterFilter::kindsOfKey(kind->currentData().toString()).value_or(QList<EstablishmentKind>());
    filter.sector = RegisterFilter::sectorOfKey(sector->currentData().toString()).value_or(RegisterFilter::Sector::Any);
}

bool RegisterImport::run(QWidget *window, Session &session, const QString &path)
{
    session.flushPendingEdits();
    const QString fileName = QFileInfo(path).fileName();
    Result<AnnuaireFile> file = Error {QString()};
    runWithProgress(
        window, {tr("Reading the register %1…").arg(fileName)}, [&] { file = AnnuaireReader::readFile(path); });
    if (!file) {
        QMessageBox::warning(window, tr("Import the register"), file.error());
        return false;
    }
    Result<QList<Establishment>> existing = session.storage().establishments();
    if (!existing) {
        QMessageBox::warning(window, tr("Import the register"), existing.error());
        return false;
    }

    RegisterImportDialog review(fileName, std::move(file).value(), existing.value(), window);
    if (review.exec() != QDialog::Accepted)
        return false;
    const RegisterPlan plan = review.plan();

    const QString databasePath = session.path();
    const ReferentialCatalog catalog = session.storage().catalog();
    std::atomic<int> done = 0;
    std::atomic<bool> cancelled = false;
    Result<RegisterOutcome> outcome = Error {QString()};
    WorkerProgress progress {tr("Importing the register…"), static_cast<int>(plan.changes.size()), &done};
    progress.cancelled = &cancelled;
    runWithProgress(window, progress, [&] {
        Result<std::unique_ptr<Database>> database = Database::open(databasePath);
        if (!database) {
            outcome = Error {database.error()};
            return;
        }
        Storage storage(*database.value(), catalog);
        outcome = storage.applyRegister(plan, [&](int count, int) {
            done = count;
            return !cancelled;
        });
    });
    session.notifyEstablishmentsChanged();
    if (!outcome) {
        QMessageBox::warning(window, tr("Import the register"), outcome.error());
        return false;
    }
    QString report = tr("%n establishment(s) created", nullptr, outcome->created) + tr(", ")
        + tr("%n updated", nullptr, outcome->updated) + tr(".");
    if (!plan.rejected.isEmpty())
        report += QLatin1Char(' ')
            + tr("%n row(s) of the file refused (listed in the review).", nullptr,
                static_cast<int>(plan.rejected.size()));
    QMessageBox::information(window, tr("Import the register"), report);
    return true;
}

RegisterImportDialog::RegisterImportDialog(
    const QString &fileName, AnnuaireFile file, QList<Establishment> existing, QWidget *parent)
    : QDialog(parent)
    , m_file(std::move(file))
    , m_existing(std::move(existing))
    , m_academie(new QComboBox(this))
    , m_departement(new QComboBox(this))
    , m_kind(new QComboBox(this))
    , m_sector(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_changes(newList(this, {tr("Line"), tr("UAI"), tr("Establishment"), tr("Field"), tr("Before"), tr("After")},
          tr("What the import creates and changes")))
    , m_rejected(newList(this, {tr("Line"), tr("Reason")}, tr("Rows refused")))
{
    setWindowTitle(tr("Import the register of schools"));
    setObjectName(QStringLiteral("registerImportDialog"));

    // The choices the file offers, each with how many rows it holds.
    QMap<QString, int> academies;
    QMap<QString, QString> departements; // code → name
    for (const AnnuaireRecord &record : std::as_const(m_file.records)) {
        if (!record.academie.isEmpty())
            ++academies[record.academie];
        if (!record.departementCode.isEmpty() || !record.departement.isEmpty())
            departements.insert(
                record.departementCode.isEmpty() ? record.departement : record.departementCode, record.departement);
    }
    m_academie->addItem(tr("Every académie"));
    for (auto it = academies.cbegin(); it != academies.cend(); ++it)
        m_academie->addItem(it.key(), it.key());
    m_departement->addItem(tr("Every département"));
    for (auto it = departements.cbegin(); it != departements.cend(); ++it)
        m_departement->addItem(
            it.value().isEmpty() ? it.key() : QStringLiteral("%1 %2").arg(it.key(), it.value()), it.key());
    RegisterChoices::fillKinds(m_kind);
    RegisterChoices::fillSectors(m_sector);
    m_academie->setObjectName(QStringLiteral("registerAcademie"));
    m_departement->setObjectName(QStringLiteral("registerDepartement"));
    m_kind->setObjectName(QStringLiteral("registerKind"));
    m_sector->setObjectName(QStringLiteral("registerSector"));

    auto *read = new QLabel(
        tr("%1 (%2): %n row(s) read.", nullptr, static_cast<int>(m_file.records.size() + m_file.rejected.size()))
            .arg(fileName, m_file.encoding),
        this);
    read->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Académie:"), m_academie);
    form->addRow(tr("&Département:"), m_departement);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Sector:"), m_sector);
    m_summary->setObjectName(QStringLiteral("registerSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_changes->setObjectName(QStringLiteral("registerChanges"));
    m_rejected->setObjectName(QStringLiteral("registerRejected"));
    auto *tabs = new QTabWidget(this);
    tabs->addTab(m_changes, tr("&Changes"));
    tabs->addTab(m_rejected, tr("&Refused rows"));
    auto *note = new QLabel(tr("Establishments are matched by their UAI. The head, the référent and every assessment "
                               "are left as they are; an establishment closed in the register is marked closed, "
                               "never deleted."),
        this);
    note->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("registerApply"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(read);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(tabs, 1);
    layout->addWidget(note);
    layout->addWidget(buttons);

    for (QComboBox *box : {m_academie, m_departement, m_kind, m_sector})
        connect(box, &QComboBox::currentIndexChanged, this, &RegisterImportDialog::replan);
    replan();
    resizeWithinScreen(this, QSize(fontMetrics().averageCharWidth() * 100, fontMetrics().height() * 30));
}

RegisterFilter RegisterImportDialog::filter() const
{
    RegisterFilter filter;
    filter.academie = m_academie->currentData().toString();
    filter.departement = m_departement->currentData().toString();
    RegisterChoices::apply(m_kind, m_sector, filter);
    return filter;
}

void RegisterImportDialog::replan()
{
    m_plan = RegisterPlanner::plan(m_existing, m_file, filter());
    QString summary = tr("To create: %1 · to update: %2 · unchanged: %3 · not chosen: %4 · rows refused: %5")
                          .arg(m_plan.created())
                          .arg(m_plan.updated())
                          .arg(m_plan.unchanged)
                          .arg(m_plan.filteredOut)
                          .arg(m_plan.rejected.size());
    if (m_plan.closed() > 0)
        summary += QLatin1Char('\n')
            + tr("%n establishment(s) closed in the register: marked closed, not deleted.", nullptr, m_plan.closed());
    m_summary->setText(summary);

    m_changes->clear();
    QList<QTreeWidgetItem *> items;
    for (const RegisterChange &change : std::as_const(m_plan.changes)) {
        const Establishment &e = change.establishment;
        if (change.kind == RegisterChange::Kind::Create) {
            items.append(new QTreeWidgetItem({QString::number(change.line), e.uai, e.name, tr("(new)"), QString(),
                QStringLiteral("%1 · %2").arg(establishmentKindLabel(e.kind), e.commune)}));
            continue;
        }
        for (const FieldChange &field : change.fields)
            items.append(new QTreeWidgetItem({QString::number(change.line), change.establishment.uai,
                change.establishment.name, field.field, field.before, field.after}));
    }
    m_changes->addTopLevelItems(items);
    m_rejected->clear();
    QList<QTreeWidgetItem *> refused;
    for (const AnnuaireRejection &rejection : std::as_const(m_plan.rejected))
        refused.append(new QTreeWidgetItem({QString::number(rejection.line), rejection.reason}));
    m_rejected->addTopLevelItems(refused);
    m_import->setEnabled(!m_plan.changes.isEmpty());
}

} // namespace Paliers
