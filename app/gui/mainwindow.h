#pragma once

#include "referential/referentialcatalog.h"

#include <memory>
#include <QIcon>
#include <QMainWindow>
#include <QStringList>

class QAction;
class QLabel;
class QSettings;
class QStackedWidget;
class QTabWidget;
class QUndoGroup;

namespace Paliers {

class ActionPlanView;
class CampaignPage;
class EstablishmentsPage;
class ExportActions;
class OverviewPage;
class GridEditor;
class IndicatorsPage;
class Session;
class SummaryView;
class WelcomePage;

// The main window: the welcome page on an empty database, the establishments
// and their assessments, and the assessment being filled (grid and summary).
// It owns the open database (the Session) and turns every storage error into
// a dialog, never into lost work.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // `settingsFile` empty: the user's settings (window geometry, last database).
    explicit MainWindow(ReferentialCatalog catalog, const QString &settingsFile = QString(), QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens `path`, or else the last database used, or else the default one.
    void openInitialDatabase(const QString &path = QString());
    bool openDatabase(const QString &path);
    // The files of `paliers FILE...`, each read once (FileIdentity) and
    // sorted by what it is.
    struct FileArguments
    {
        QString database; // the first Paliers database: openInitialDatabase() opens it
        QStringList exports;
        QStringList reperes;
        QStringList grids;
        QStringList refused; // why each other file is not opened, naming it
    };
    // Paliers' icon: the windows', the About box's.
    static QIcon applicationIcon();
    static FileArguments sortFiles(const QStringList &paths);
    // Those files, once the window is shown: the database is opened (unless
    // it is already); exports are imported into the open database after a
    // question, with the import's report; repères are kept and grids added;
    // what is refused is said.
    void openFiles(const FileArguments &files);
    bool openExample();
    // Checks a referential file and keeps it among the added grids (File →
    // Add a grid…); says why when it is refused.
    bool addReferential(const QString &path);

    Session *session() const { return m_session.get(); }
    EstablishmentsPage *establishmentsPage() const { return m_establishmentsPage; }
    // The assessment's page (grid, summary, action plan) is built on first
    // use, not before the window shows: these build it.
    GridEditor *gridEditor();
    SummaryView *summaryView();
    ActionPlanView *actionPlanView();
    ExportActions *exportActions() const { return m_exportActions; }
    void showEstablishments();
    bool showAssessment(qint64 assessmentId);
    void showSummary();
    void showActionPlan();
    void showGrid();
    // What a window without a database or establishments shows (built on
    // first use).
    WelcomePage *welcomePage();
    // The overview of every assessment of a year (built on first use).
    void showOverview();
    OverviewPage *overviewPage();
    // The campaign: who is expected, who has answered (built on first use).
    void showCampaign();
    CampaignPage *campaignPage();
    // The roadmap's indicators over the years (built on first use).
    void showIndicators();
    IndicatorsPage *indicatorsPage();
    // Reads the register of schools at `path` and imports it after review.
    bool importRegister(const QString &path);
    // Keeps the académie's repères of a file a DANE wrote; says what they hold.
    bool importReperes(const QString &path);
    void showEvolution(qint64 establishmentId);

    // Where the built-in example database lives.
    static QString examplePath();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void updateActions();
    void updateTitle();
    void updateAssessmentHeader();
    // Builds the assessment's page and its tabs, the first time only.
    void buildAssessmentPage();
    // The assessment open in the grid; 0 when none (or no page built yet).
    qint64 openAssessmentId() const;
    void updateSummary();
    // « Cibles… » of the summary: the targets dialog, stored on OK.
    void editTargets();
    // The simulation's paliers made the targets, by next school year.
    void targetsFromSimulation();
    void chooseReperes();
    void showError(const QString &message);
    void showNotice(const QString &message, int timeoutMs);
    bool assessmentAtHand();
    void newEstablishment();
    void editEstablishment();
    void newAssessment();
    void validateAssessment();
    void reopenAssessment();
    void chooseDatabase();
    void createDatabase();
    void showReferentials();
    void chooseReferential();
    void chooseRegister();
    void moveToLatestVersion();
    void adoptReferential(const std::shared_ptr<const Paliers::Referential> &referential);
    void about();
    void showPrivacyNote();
    void showHelp();
    // A Markdown page of the resources in a dialog of its own.
    void showDocument(const QString &resource, const QString &title, const QString &objectName, const QString &missing);
    void afterDatabaseChange();
    // Closes the open database: every view lets go of it (Session::aboutToClose).
    void closeSession();
    // Whatever the user typed and is not written yet is written now.
    void flushPendingEdits();
    // The undo history that belongs to the page on screen (grid or plan).
    void updateUndoStack();

    ReferentialCatalog m_catalog;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<Session> m_session;

    QStackedWidget *m_pages;
    WelcomePage *m_welcomePage = nullptr;
    EstablishmentsPage *m_establishmentsPage;
    // Null until buildAssessmentPage().
    QWidget *m_assessmentPage = nullptr;
    QLabel *m_assessmentHeader = nullptr;
    QTabWidget *m_assessmentTabs = nullptr;
    GridEditor *m_gridEditor = nullptr;
    SummaryView *m_summaryView = nullptr;
    ActionPlanView *m_actionPlanView = nullptr;
    QLabel *m_savedLabel;
    QLabel *m_databaseLabel;
    QLabel *m_noticeLabel;
    QTimer *m_noticeTimer;
    ExportActions *m_exportActions = nullptr;
    QUndoGroup *m_undoGroup;

    QAction *m_newEstablishmentAction = nullptr;
    QAction *m_editEstablishmentAction = nullptr;
    QAction *m_newAssessmentAction = nullptr;
    QAction *m_validateAction = nullptr;
    QAction *m_reopenAction = nullptr;
    QAction *m_showEstablishmentsAction = nullptr;
    QAction *m_moveVersionAction = nullptr;
    QAction *m_showGridAction = nullptr;
    QAction *m_showSummaryAction = nullptr;
    QAction *m_showPlanAction = nullptr;
    QAction *m_showOverviewAction = nullptr;
    OverviewPage *m_overviewPage = nullptr;
    QAction *m_showCampaignAction = nullptr;
    QAction *m_importReperesAction = nullptr;
    QAction *m_showIndicatorsAction = nullptr;
    QAction *m_importRegisterAction = nullptr;
    CampaignPage *m_campaignPage = nullptr;
    IndicatorsPage *m_indicatorsPage = nullptr;
};

} // namespace Paliers
