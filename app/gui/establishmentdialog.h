#pragma once

#include "model/establishment.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace Paliers {

class Storage;

// Creates or edits an establishment. The UAI and the name are checked as
// they are typed, with the reason written under the field; the dialog stores
// the establishment itself and stays open with the message if storage
// refuses it (a UAI already used, a read-only database).
class EstablishmentDialog : public QDialog
{
    Q_OBJECT

public:
    EstablishmentDialog(Storage &storage, Establishment establishment, QWidget *parent = nullptr);

    // The establishment as stored, with its id, after the dialog was accepted.
    const Establishment &establishment() const { return m_establishment; }

    void accept() override;

private:
    bool validate();
    void offerHeadTitles();
    Establishment fromFields() const;

    Storage &m_storage;
    Establishment m_establishment;
    QLineEdit *m_uai;
    QLabel *m_uaiMessage;
    QLineEdit *m_name;
    QLabel *m_nameMessage;
    QComboBox *m_kind;
    QLineEdit *m_commune;
    QLineEdit *m_circonscription;
    QLineEdit *m_departement;
    QLineEdit *m_academie;
    QLineEdit *m_headName;
    QComboBox *m_headTitle;
    QString m_guessedTitle; // what the name's « Mme » or « M. » gave, replaced as the name changes
    QLineEdit *m_referentName;
    QLabel *m_storageMessage;
    QDialogButtonBox *m_buttons;
};

} // namespace Paliers
