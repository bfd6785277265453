#pragma once

#include "analysis/consolidation.h"
#include "referential/referentialcatalog.h"

#include <functional>
#include <QPointer>
#include <QThreadPool>
#include <QWidget>

class QChartView;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QTableView;
class QTimer;
class QTreeWidget;

namespace Paliers {

class OverviewFilterModel;
class OverviewModel;
class Session;
class Storage;

// The IEN's and the DANE's view: every assessment of a school year in a
// table of establishments × domains, filtered and sorted; the distribution
// of the selection per domain and the criteria it most often lacks; the
// consolidated PDF and CSV of what is shown.
class OverviewPage : public QWidget
{
    Q_OBJECT

public:
    OverviewPage(const ReferentialCatalog &catalog, QWidget *parent = nullptr);

    void setSession(Session *session);
    // Reads the year again from the database, on a thread of its own: the
    // window answers meanwhile, and yearShown() says when the table holds
    // the year. When the table shows the year in its first order (by name,
    // nothing filtered), its first rows are read beside, and shown
    // (firstRowsShown()) while the rest is read.
    void reload();
    // The year is being read: the table is empty, or shows its first rows
    // only (nothing can be filtered, sorted or exported until it is read).
    bool isLoading() const { return m_loading; }
    // How many rows the first screen reads: more than a window shows.
    static constexpr int FirstScreenRows = 100;
    // Reading a year, or the analysis of what is shown not drawn yet.
    bool isBusy() const;

    OverviewModel *model() const { return m_model; }
    OverviewFilterModel *filterModel() const { return m_filter; }
    QString schoolYear() const;
    void setSchoolYear(const QString &year);
    void setSearchText(const QString &text);
    // Keeps only the assessments of one grid (empty: every grid); the
    // columns then follow that grid's domains or axes.
    void setReferentialFilter(const QString &referentialId);
    // A grid was added: the grids offered and the columns follow.
    void referentialsChanged();
    // The selection in words, for the consolidated documents.
    QString selectionText() const;
    qint64 currentEstablishmentId() const;

    Status exportPdf(const QString &path) const;
    Status exportCsv(const QString &path) const;
    // The académie's repères of the validated assessments shown.
    Status exportReperes(const QString &path) const;

signals:
    void assessmentActivated(qint64 assessmentId);
    void evolutionRequested(qint64 establishmentId);
    void errorOccurred(const QString &message);
    void notice(const QString &message);
    // The rows of the year chosen are in the table.
    void yearShown();
    // The first rows of the year are in the table, the rest still read.
    void firstRowsShown();
    // The chart and the criteria most often missing follow what is shown.
    void analysisShown();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fillYears();
    void fillFilterChoices(const QStringList &circonscriptions, const QStringList &departements);
    void fillGrids();
    void applyFilter();
    void sizeColumns();
    // The analysis of what is shown is computed on a thread of its own;
    // the chart and the list are drawn here when it comes back.
    void updateAnalysis();
    struct Analysis;
    void showAnalysis(int generation, const QString &referentialId, const Analysis &analysis);
    struct LoadedYear;
    // On a connection of the calling thread's own: the rows `read` gives,
    // with their keys; the error, said, when the database cannot be opened
    // or read.
    static LoadedYear readRows(const QString &path, const ReferentialCatalog &catalog,
        const std::function<Result<QList<OverviewRow>>(Storage &)> &read);
    void showYear(int generation, const LoadedYear &loaded);
    void showFirstRows(int generation, const LoadedYear &loaded);
    // The table shows the year in the order its first rows are read in.
    bool showsFirstOrder() const;
    // The first rows shown go: the user asks for another order or filter
    // before the whole year is read.
    void dropFirstRows();
    void chooseExport(bool pdf);
    void chooseReperes();
    void updateActions();
    // Gives the establishment's name the width the other columns leave.
    void fitNameColumn();

    const ReferentialCatalog &m_catalog;
    QPointer<Session> m_session;
    // Each reading and each analysis started has a number; what comes back
    // from an older one than the last is dropped.
    int m_generation = 0;
    int m_analysisGeneration = 0;
    bool m_loading = false;
    bool m_firstRows = false; // the table holds the year's first rows only
    bool m_analysing = false;
    OverviewModel *m_model;
    OverviewFilterModel *m_filter;
    QComboBox *m_year;
    QComboBox *m_referential;
    QComboBox *m_kind;
    QComboBox *m_circonscription;
    QComboBox *m_departement;
    QComboBox *m_status;
    QLineEdit *m_search;
    QLabel *m_count;
    QTableView *m_table;
    QComboBox *m_chartReferential;
    QChartView *m_chart;
    QLabel *m_chartKey;
    QTreeWidget *m_missing;
    QTimer *m_analysisTimer;
    QPushButton *m_evolution;
    QPushButton *m_pdf;
    QPushButton *m_csv;
    QPushButton *m_reperes;
    QSplitter *m_splitter;
    QSplitter *m_analysis;
    // The widths sizeColumns() chose, before the name takes what is left.
    int m_otherColumnsWidth = 0;
    int m_nameMinimum = 0;
    // The threads that read a year and analyse it. Last: destroyed first,
    // it waits for what runs, so that no reading outlives the page (nor,
    // when the window closes, the application).
    QThreadPool m_pool;
};

} // namespace Paliers
