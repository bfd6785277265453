#pragma once

#include "exchange/registerplan.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace Paliers {

class Session;

// The choices of kind and sector both the register's import and the
// Campagne page offer, and the filter they make.
namespace RegisterChoices {
void fillKinds(QComboBox *box);
void fillSectors(QComboBox *box);
// The kinds and sector chosen in boxes filled above.
void apply(const QComboBox *kind, const QComboBox *sector, RegisterFilter &filter);
} // namespace RegisterChoices

// Importing the ministry's register (Annuaire de l'éducation): the file is
// read on a worker thread, what it would create and change is shown and
// chosen (académie, département, kind, sector) before anything is written,
// then it is written on a worker thread with its own connection, with a
// progress dialog that can cancel it (nothing is then changed).
class RegisterImport
{
    Q_DECLARE_TR_FUNCTIONS(RegisterImport)

public:
    // Returns false when nothing was imported (refused file, cancelled);
    // messages are shown in `window`.
    static bool run(QWidget *window, Session &session, const QString &path);
};

// The review of an import: its counts, its changes and the rows refused.
class RegisterImportDialog : public QDialog
{
    Q_OBJECT

public:
    RegisterImportDialog(
        const QString &fileName, AnnuaireFile file, QList<Establishment> existing, QWidget *parent = nullptr);

    const RegisterPlan &plan() const { return m_plan; }
    RegisterFilter filter() const;

private:
    void replan();

    AnnuaireFile m_file;
    QList<Establishment> m_existing;
    RegisterPlan m_plan;
    QComboBox *m_academie;
    QComboBox *m_departement;
    QComboBox *m_kind;
    QComboBox *m_sector;
    QLabel *m_summary;
    QTreeWidget *m_changes;
    QTreeWidget *m_rejected;
    QPushButton *m_import;
};

} // namespace Paliers
