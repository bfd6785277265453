#include "establishmentdialog.h"

#include "model/uai.h"
#include "screenfit.h"
#include "storage/storage.h"

#include <algorithm>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace Paliers {

namespace {

QLabel *messageLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    QPalette palette = label->palette();
    // A dark red on light themes, a light red on dark ones: readable on both.
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    palette.setColor(QPalette::WindowText, dark ? QColor(0xFF, 0x8A, 0x80) : QColor(0xA8, 0x1C, 0x1C));
    label->setPalette(palette);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    return label;
}

void showMessage(QLabel *label, const QString &message)
{
    label->setText(message);
    // Word-wrapped labels do not make a dialog taller by themselves: ask for
    // the height the whole message needs across the dialog (the message's row
    // spans it). The room only grows: when the message goes, the fields below
    // stay where they are.
    if (message.isEmpty())
        return;
    const QWidget *dialog = label->window();
    const QMargins margins = dialog->layout() ? dialog->layout()->contentsMargins() : QMargins();
    const int width = std::max(label->width(), dialog->width() - margins.left() - margins.right());
    label->setMinimumHeight(std::max(label->minimumHeight(), label->heightForWidth(width)));
}

} // namespace

EstablishmentDialog::EstablishmentDialog(Storage &storage, Establishment establishment, QWidget *parent)
    : QDialog(parent)
    , m_storage(storage)
    , m_establishment(std::move(establishment))
    , m_uai(new QLineEdit(this))
    , m_uaiMessage(messageLabel(this))
    , m_name(new QLineEdit(this))
    , m_nameMessage(messageLabel(this))
    , m_kind(new QComboBox(this))
    , m_commune(new QLineEdit(this))
    , m_circonscription(new QLineEdit(this))
    , m_departement(new QLineEdit(this))
    , m_academie(new QLineEdit(this))
    , m_headName(new QLineEdit(this))
    , m_headTitle(new QComboBox(this))
    , m_referentName(new QLineEdit(this))
    , m_storageMessage(messageLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(m_establishment.id == 0 ? tr("New establishment") : tr("Edit establishment"));

    for (EstablishmentKind kind : establishmentKinds())
        m_kind->addItem(establishmentKindLabel(kind), static_cast<int>(kind));

    m_uai->setText(m_establishment.uai);
    m_uai->setPlaceholderText(tr("e.g. 0750655E"));
    m_uai->setMaxLength(12);
    m_name->setText(m_establishment.name);
    m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(m_establishment.kind)));
    m_commune->setText(m_establishment.commune);
    m_circonscription->setText(m_establishment.circonscription);
    m_departement->setText(m_establishment.departement);
    m_academie->setText(m_establishment.academie);
    m_headName->setText(m_establishment.headName);
    // Chosen once, then written as the head writes it in the report, the
    // assessments and the commission: « directrice d'école », « principal »…
    m_headTitle->setEditable(true);
    m_headTitle->setInsertPolicy(QComboBox::NoInsert);
    // As wide as the name above it: « directeur d'école chargé de classe ».
    m_headTitle->setSizePolicy(QSizePolicy::Expanding, m_headTitle->sizePolicy().verticalPolicy());
    offerHeadTitles();
    m_headTitle->setEditText(headTitleOf(m_establishment));
    m_referentName->setText(m_establishment.referentName);

    const struct
    {
        QWidget *widget;
        QString name;
    } accessible[] = {
        {m_uai, tr("UAI number")},
        {m_name, tr("Name")},
        {m_kind, tr("Kind")},
        {m_commune, tr("Commune")},
        {m_circonscription, tr("Circonscription, district or bassin")},
        {m_departement, tr("Département")},
        {m_academie, tr("Académie")},
        {m_headName, tr("Name of the head")},
        {m_headTitle, tr("Title of the head")},
        {m_headTitle->lineEdit(), tr("Title of the head")},
        {m_referentName, tr("Référent numérique")},
    };
    for (const auto &field : accessible)
        field.widget->setAccessibleName(field.name);
    m_uai->setObjectName(QStringLiteral("uai"));
    m_uaiMessage->setObjectName(QStringLiteral("uaiMessage"));
    m_name->setObjectName(QStringLiteral("name"));
    m_kind->setObjectName(QStringLiteral("kind"));
    m_commune->setObjectName(QStringLiteral("commune"));
    m_headName->setObjectName(QStringLiteral("headName"));
    m_headTitle->setObjectName(QStringLiteral("headTitle"));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow); // room for a school's whole name
    form->setRowWrapPolicy(QFormLayout::WrapLongRows); // a label above its field rather than a field too narrow
    form->addRow(tr("&UAI:"), m_uai);
    form->addRow(m_uaiMessage); // the whole width: fewer lines
    form->addRow(tr("&Name:"), m_name);
    form->addRow(m_nameMessage);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Commune:"), m_commune);
    form->addRow(tr("C&irconscription / district:"), m_circonscription);
    form->addRow(tr("&Département:"), m_departement);
    form->addRow(tr("&Académie:"), m_academie);
    form->addRow(tr("&Head (name):"), m_headName);
    form->addRow(tr("Head's &title:"), m_headTitle);
    form->addRow(tr("&Référent numérique:"), m_referentName);

    auto *layout = new QVBoxLayout(this);
    // A message longer than its two lines makes the dialog taller, never cut.
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    layout->addLayout(form);
    layout->addWidget(m_storageMessage);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &EstablishmentDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &EstablishmentDialog::reject);
    for (QLineEdit *edit : {m_uai, m_name})
        connect(edit, &QLineEdit::textChanged, this, &EstablishmentDialog::validate);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &EstablishmentDialog::offerHeadTitles);
    // « Mme … » or « M. … » typed as the name: the title that goes with it,
    // unless one was chosen or typed.
    connect(m_headName, &QLineEdit::textEdited, this, [this] {
        const QString shown = m_headTitle->currentText();
        if (!shown.isEmpty() && shown != m_guessedTitle)
            return;
        Establishment typed;
        typed.kind = static_cast<EstablishmentKind>(m_kind->currentData().toInt());
        typed.headName = m_headName->text();
        m_guessedTitle = headTitleOf(typed);
        m_headTitle->setEditText(m_guessedTitle);
    });
    validate();
    // Wide enough for a school's whole name (the layout keeps the minimum).
    resizeWithinScreen(this, QSize(fontMetrics().averageCharWidth() * 80, sizeHint().height()));
}

void EstablishmentDialog::offerHeadTitles()
{
    // The titles of the chosen kind. A title of the former kind becomes the
    // same one of the new kind (« directrice d'école » → « principale »);
    // what was typed by hand stays.
    const QString typed = m_headTitle->currentText();
    const int offered = m_headTitle->findText(typed);
    const QSignalBlocker blocker(m_headTitle);
    m_headTitle->clear();
    m_headTitle->addItems(headTitleChoices(static_cast<EstablishmentKind>(m_kind->currentData().toInt())));
    if (!typed.isEmpty() && offered >= 0 && offered < m_headTitle->count())
        m_headTitle->setCurrentIndex(offered);
    else
        m_headTitle->setEditText(typed);
}

bool EstablishmentDialog::validate()
{
    // Say nothing about an empty field until the user has typed in it: a
    // fresh form covered in red is unwelcoming. The OK button tells already.
    QString uaiProblem;
    if (!m_uai->text().trimmed().isEmpty()) {
        const Result<QString> uai = Uai::normalize(m_uai->text());
        if (!uai)
            uaiProblem = uai.error();
    }
    showMessage(m_uaiMessage, uaiProblem);
    showMessage(m_nameMessage,
        m_name->isModified() && m_name->text().trimmed().isEmpty() ? tr("The name is required.") : QString());
    showMessage(m_storageMessage, QString());
    const bool valid = Uai::normalize(m_uai->text()).ok() && !m_name->text().trimmed().isEmpty();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(valid);
    return valid;
}

Establishment EstablishmentDialog::fromFields() const
{
    Establishment e = m_establishment;
    e.uai = m_uai->text();
    e.name = m_name->text();
    e.kind = static_cast<EstablishmentKind>(m_kind->currentData().toInt());
    e.commune = m_commune->text();
    e.circonscription = m_circonscription->text();
    e.departement = m_departement->text();
    e.academie = m_academie->text();
    e.headName = m_headName->text();
    e.headTitle = m_headTitle->currentText().trimmed();
    e.referentName = m_referentName->text();
    return e;
}

void EstablishmentDialog::accept()
{
    if (!validate())
        return;
    Establishment e = fromFields();
    if (e.id == 0) {
        const Result<qint64> id = m_storage.addEstablishment(e);
        if (!id) {
            showMessage(m_storageMessage, id.error());
            return;
        }
        e.id = *id;
    } else if (Status done = m_storage.updateEstablishment(e); !done) {
        showMessage(m_storageMessage, done.error());
        return;
    }
    Result<Establishment> stored = m_storage.establishment(e.id);
    m_establishment = stored ? std::move(stored).value() : e;
    QDialog::accept();
}

} // namespace Paliers
