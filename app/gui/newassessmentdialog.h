#pragma once

#include "model/assessment.h"
#include "model/establishment.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace Paliers {

class Storage;

// Starts an assessment for an establishment: the grid that fits its kind
// (Annexe 7 for écoles, Annexe 1 for collèges and lycées), the school year,
// who fills it, and optionally last year's answers as a starting point.
class NewAssessmentDialog : public QDialog
{
    Q_OBJECT

public:
    NewAssessmentDialog(Storage &storage, Establishment establishment, QWidget *parent = nullptr);

    // The id of the assessment created, after the dialog was accepted.
    qint64 assessmentId() const { return m_assessmentId; }

    void accept() override;

private:
    void update();
    std::optional<Assessment> previousAssessment() const;

    Storage &m_storage;
    Establishment m_establishment;
    QList<Assessment> m_existing;
    qint64 m_assessmentId = 0;
    QComboBox *m_referential;
    QComboBox *m_schoolYear;
    QLineEdit *m_author;
    QComboBox *m_role;
    QCheckBox *m_copy;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
    bool m_copyTouched = false; // the person chose; a change of grid or year keeps it
};

} // namespace Paliers
