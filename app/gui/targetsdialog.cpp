#include "targetsdialog.h"

#include "referential/referential.h"
#include "screenfit.h"
#include "storage/storage.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace Paliers {

TargetsDialog::TargetsDialog(Storage &storage, qint64 assessmentId, const Referential &referential,
    const Evaluation &evaluation, const QString &schoolYear, const QList<DomainTarget> &targets, QWidget *parent)
    : QDialog(parent)
    , m_storage(storage)
    , m_assessmentId(assessmentId)
    , m_message(new QLabel(this))
{
    const bool rubric = referential.kind() == ReferentialKind::Rubric;
    setWindowTitle(tr("Targets of the school"));
    auto *intro = new QLabel(rubric ? tr("For each axis, the jalon to reach and the school year by which. "
                                         "The targets follow the school to next year's assessment.")
                                    : tr("For each domain, the palier to reach and the school year by which. "
                                         "The targets follow the school to next year's assessment."),
        this);
    intro->setWordWrap(true);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    // The years offered: this one and the four that follow.
    QStringList years;
    QString year = schoolYear;
    for (int i = 0; i < 5; ++i) {
        years.append(year);
        year = SchoolYear::next(year);
    }
    for (const Domain &domain : referential.domains()) {
        const DomainResult *result = evaluation.domain(domain.id);
        const DomainTarget *target = nullptr;
        for (const DomainTarget &t : targets) {
            if (t.domainId == domain.id)
                target = &t;
        }
        Row row {domain.id, new QComboBox(this), new QComboBox(this)};
        row.palier->addItem(tr("No target"), 0);
        for (int level = 1; level <= referential.maxLevel(); ++level)
            row.palier->addItem(rubric ? tr("Jalon %1").arg(level) : tr("Palier %1").arg(level), level);
        row.year->addItems(years);
        if (target) {
            row.palier->setCurrentIndex(row.palier->findData(target->palier));
            if (row.year->findText(target->schoolYear) < 0)
                row.year->insertItem(0, target->schoolYear);
            row.year->setCurrentText(target->schoolYear);
        } else {
            row.year->setCurrentIndex(std::min<int>(1, static_cast<int>(years.size()) - 1));
        }
        row.year->setEnabled(row.palier->currentData().toInt() > 0);
        connect(row.palier, &QComboBox::currentIndexChanged, row.year,
            [palier = row.palier, yearBox = row.year] { yearBox->setEnabled(palier->currentData().toInt() > 0); });
        const QString now = result ? QString::number(result->palier) : QStringLiteral("—");
        // The domain's name whole on one line; where it stands after the fields.
        auto *label = new QLabel(tr("%1:").arg(domain.title), this);
        // The label names the palier box for a screen reader (Qt 6.4 reads a
        // combo box's text otherwise); the year's box is named after it.
        label->setBuddy(row.palier);
        row.palier->setAccessibleName(tr("Target of %1").arg(domain.title));
        row.year->setAccessibleName(tr("Year by which, %1").arg(domain.title));
        auto *fields = new QHBoxLayout;
        fields->addWidget(row.palier);
        auto *by = new QLabel(tr("by"), this);
        fields->addWidget(by);
        fields->addWidget(row.year, 1);
        auto *current = new QLabel(rubric ? tr("now jalon %1").arg(now) : tr("now palier %1").arg(now), this);
        current->setEnabled(false); // muted: a reminder, not a field
        fields->addWidget(current);
        form->addRow(label, fields);
        m_rows.append(row);
    }

    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_message->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &TargetsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &TargetsDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resizeWithinScreen(this, sizeHint().expandedTo(QSize(560, 0)));
}

QList<DomainTarget> TargetsDialog::targets() const
{
    QList<DomainTarget> chosen;
    for (const Row &row : m_rows) {
        const int palier = row.palier->currentData().toInt();
        if (palier > 0)
            chosen.append({row.domainId, palier, row.year->currentText()});
    }
    return chosen;
}

void TargetsDialog::accept()
{
    if (Status stored = m_storage.setTargets(m_assessmentId, targets()); !stored) {
        m_message->setText(stored.error());
        m_message->show();
        return;
    }
    QDialog::accept();
}

} // namespace Paliers
