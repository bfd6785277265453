#pragma once

#include "analysis/indicators.h"
#include "referential/referentialcatalog.h"

#include <QDialog>
#include <QPointer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace Paliers {

class Session;

// One indicator of the roadmap, written as a DANE reads it: a label, the
// grid, the condition (a criterion met, a domain or the overall palier at
// a palier or above), the establishments it counts, the target.
class IndicatorDialog : public QDialog
{
    Q_OBJECT

public:
    IndicatorDialog(const ReferentialCatalog &catalog, const Indicator &indicator, QWidget *parent = nullptr);

    Indicator indicator() const;
    void accept() override;

private:
    void fillSubjects();

    const ReferentialCatalog &m_catalog;
    Indicator m_original;
    QLineEdit *m_label;
    QComboBox *m_grid;
    QComboBox *m_condition;
    QComboBox *m_subject;
    QSpinBox *m_palier;
    QComboBox *m_kind;
    QLineEdit *m_departement;
    QLineEdit *m_circonscription;
    QCheckBox *m_hasTarget;
    QSpinBox *m_target;
    QLineEdit *m_targetYear;
    QLabel *m_message;
};

// The DANE's roadmap table: each indicator for each school year of the
// database (and the years its roadmap gives figures for), with the
// establishments it rests on, the target last and marked when reached.
// The indicators are kept in the database, read from and written to a
// file (IndicatorFile), and the table goes out as CSV.
class IndicatorsPage : public QWidget
{
    Q_OBJECT

public:
    IndicatorsPage(const ReferentialCatalog &catalog, QWidget *parent = nullptr);

    void setSession(Session *session);
    // Reads the indicators and computes the table again.
    void reload();
    QTableWidget *table() const { return m_table; }
    const IndicatorTable &indicatorTable() const { return m_computed; }

    // What the buttons do; public for the tests and the other views.
    bool importFile(const QString &path);
    bool saveFile(const QString &path);
    bool exportCsv(const QString &path);
    bool store(const QList<Indicator> &indicators);

signals:
    void errorOccurred(const QString &message);
    void notice(const QString &message);

private:
    void fillTable();
    void updateButtons();
    void addIndicator();
    void editCurrent();
    void removeCurrent();
    void chooseImport();
    void chooseSave();
    void chooseCsv();
    bool isWritable() const;

    const ReferentialCatalog &m_catalog;
    QPointer<Session> m_session;
    QList<Indicator> m_indicators;
    IndicatorTable m_computed;
    QLabel *m_intro;
    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_remove;
    QPushButton *m_import;
    QPushButton *m_save;
    QPushButton *m_csv;
    QPushButton *m_example;
};

} // namespace Paliers
