#include "newassessmentdialog.h"

#include "storage/storage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Paliers {

NewAssessmentDialog::NewAssessmentDialog(Storage &storage, Establishment establishment, QWidget *parent)
    : QDialog(parent)
    , m_storage(storage)
    , m_establishment(std::move(establishment))
    , m_referential(new QComboBox(this))
    , m_schoolYear(new QComboBox(this))
    , m_author(new QLineEdit(this))
    , m_role(new QComboBox(this))
    , m_copy(new QCheckBox(this))
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("New assessment — %1").arg(m_establishment.name));
    if (Result<QList<Assessment>> existing = storage.assessments(m_establishment.id))
        m_existing = std::move(existing).value();

    // The grid that fits the kind comes first; the others stay available
    // (an "other" establishment may use either).
    const Audience fitting = isFirstDegree(m_establishment.kind) ? Audience::Ecole : Audience::Etablissement;
    for (const Referential *referential : storage.catalog().referentials()) {
        if (referential->audience() == fitting || m_establishment.kind == EstablishmentKind::Other)
            m_referential->addItem(referential->title(), referential->id());
    }
    m_referential->setAccessibleName(tr("Grid"));
    m_referential->setObjectName(QStringLiteral("referential"));
    m_schoolYear->setObjectName(QStringLiteral("schoolYear"));

    const QString current = SchoolYear::containing(QDate::currentDate());
    const QString previous = SchoolYear::previous(current);
    m_schoolYear->setEditable(true);
    m_schoolYear->addItems({current, previous, SchoolYear::previous(previous)});
    m_schoolYear->setCurrentIndex(0);
    m_schoolYear->setAccessibleName(tr("School year"));
    // The text field of an editable combo box is a control of its own for a
    // screen reader: it needs the name too.
    m_schoolYear->lineEdit()->setAccessibleName(tr("School year"));

    m_author->setText(m_establishment.headName);
    m_author->setAccessibleName(tr("Filled in by"));
    // The head's title chosen with the establishment comes first, then the
    // others who fill a grid.
    const QString headTitle = headTitleOf(m_establishment);
    QStringList roles = headTitleChoices(m_establishment.kind);
    if (!headTitle.isEmpty())
        roles.prepend(headTitle);
    roles << tr("référent numérique") << tr("IEN");
    roles.removeDuplicates();
    m_role->setEditable(true);
    m_role->setInsertPolicy(QComboBox::NoInsert);
    m_role->addItems(roles);
    // Said only when known: a guess would be printed in the report.
    m_role->setEditText(m_establishment.headName.isEmpty() ? QString() : headTitle);
    m_role->setAccessibleName(tr("Role"));
    m_role->setObjectName(QStringLiteral("role"));
    m_role->lineEdit()->setAccessibleName(tr("Role"));
    m_copy->setChecked(true);
    connect(m_copy, &QCheckBox::clicked, this, [this] { m_copyTouched = true; });

    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);

    auto *form = new QFormLayout;
    form->addRow(tr("&Grid:"), m_referential);
    form->addRow(tr("&School year:"), m_schoolYear);
    form->addRow(tr("&Filled in by:"), m_author);
    form->addRow(tr("&Role:"), m_role);
    form->addRow(QString(), m_copy);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &NewAssessmentDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &NewAssessmentDialog::reject);
    connect(m_referential, &QComboBox::currentIndexChanged, this, &NewAssessmentDialog::update);
    connect(m_schoolYear, &QComboBox::currentTextChanged, this, &NewAssessmentDialog::update);
    update();
    setMinimumWidth(fontMetrics().averageCharWidth() * 70);
}

std::optional<Assessment> NewAssessmentDialog::previousAssessment() const
{
    // The latest earlier year of the same grid (the list is newest first).
    const QString referentialId = m_referential->currentData().toString();
    const QString year = m_schoolYear->currentText().trimmed();
    for (const Assessment &assessment : m_existing) {
        if (assessment.referentialId == referentialId && assessment.schoolYear < year)
            return assessment;
    }
    return std::nullopt;
}

void NewAssessmentDialog::update()
{
    const QString year = m_schoolYear->currentText().trimmed();
    QString problem;
    if (m_referential->count() == 0)
        problem = tr("No grid fits this kind of establishment.");
    else if (!SchoolYear::isValid(year))
        problem = SchoolYear::invalidMessage(year);
    else {
        for (const Assessment &assessment : m_existing) {
            if (assessment.referentialId == m_referential->currentData().toString() && assessment.schoolYear == year)
                problem = tr("This establishment already has an assessment of this grid for %1.").arg(year);
        }
    }
    m_message->setText(problem);
    m_message->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());

    const std::optional<Assessment> previous = problem.isEmpty() ? previousAssessment() : std::nullopt;
    m_copy->setEnabled(previous.has_value());
    if (!previous)
        m_copy->setChecked(false); // greyed and ticked would promise a copy
    else if (!m_copyTouched)
        m_copy->setChecked(true);
    // Made with an older version of the grid: said, since the answers then
    // go through the new version's correspondence.
    const Referential *latest = m_storage.catalog().latest(m_referential->currentData().toString());
    if (previous && latest && previous->referentialVersion != latest->version())
        m_copy->setText(
            tr("Start from the answers of %1 (grid %2)").arg(previous->schoolYear, previous->referentialVersion));
    else
        m_copy->setText(previous ? tr("Start from the answers of %1").arg(previous->schoolYear)
                                 : tr("Start from an earlier year's answers (there is none)"));
}

void NewAssessmentDialog::accept()
{
    const std::optional<Assessment> previous = previousAssessment();
    NewAssessment request;
    request.establishmentId = m_establishment.id;
    request.referentialId = m_referential->currentData().toString();
    request.schoolYear = m_schoolYear->currentText().trimmed();
    request.author = m_author->text().trimmed();
    request.authorRole = m_role->currentText().trimmed();
    if (previous && m_copy->isChecked())
        request.copyFrom = previous->id;
    const Result<qint64> id = m_storage.createAssessment(request);
    if (!id) {
        m_message->setText(id.error());
        m_message->show();
        return;
    }
    m_assessmentId = *id;
    QDialog::accept();
}

} // namespace Paliers
