#include "mainwindow.h"

#include "actionplanview.h"
#include "analysis/assessmentrecord.h"
#include "analysis/progress.h"
#include "analysis/targets.h"
#include "campaignpage.h"
#include "establishmentdialog.h"
#include "establishmentspage.h"
#include "evolutiondialog.h"
#include "exchange/referentialinstaller.h"
#include "exchange/reperesfile.h"
#include "exportactions.h"
#include "grideditor.h"
#include "i18n.h"
#include "indicatorspage.h"
#include "newassessmentdialog.h"
#include "overviewpage.h"
#include "referentialview.h"
#include "registerimport.h"
#include "screenfit.h"
#include "session.h"
#include "storage/exampledata.h"
#include "storage/fileidentity.h"
#include "storage/loaders.h"
#include "summaryview.h"
#include "targetsdialog.h"
#include "welcomepage.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QToolBar>
#include <QUndoGroup>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Paliers {

namespace {

const QString DatabaseFilter = QStringLiteral("*.sqlite *.db");

QString databaseFilter()
{
    return MainWindow::tr("Paliers databases (%1);;All files (*)").arg(DatabaseFilter);
}

// The splitters a user can move keep their place from one start to the next;
// each is found by its object name.
void restoreSplitters(const QWidget *root, const QSettings &settings)
{
    for (QSplitter *splitter : root->findChildren<QSplitter *>()) {
        if (!splitter->objectName().isEmpty())
            splitter->restoreState(settings.value(QStringLiteral("splitters/") + splitter->objectName()).toByteArray());
    }
}

void saveSplitters(const QWidget *root, QSettings &settings)
{
    for (const QSplitter *splitter : root->findChildren<QSplitter *>()) {
        if (!splitter->objectName().isEmpty())
            settings.setValue(QStringLiteral("splitters/") + splitter->objectName(), splitter->saveState());
    }
}

} // namespace

MainWindow::MainWindow(ReferentialCatalog catalog, const QString &settingsFile, QWidget *parent)
    : QMainWindow(parent)
    , m_catalog(std::move(catalog))
    , m_settings(settingsFile.isEmpty() ? std::make_unique<QSettings>(
                     QSettings::IniFormat, QSettings::UserScope, QStringLiteral("paliers"), QStringLiteral("paliers"))
                                        : std::make_unique<QSettings>(settingsFile, QSettings::IniFormat))
    , m_pages(new QStackedWidget(this))
    , m_establishmentsPage(new EstablishmentsPage(this))
    , m_savedLabel(new QLabel(this))
    , m_databaseLabel(new QLabel(this))
    , m_noticeLabel(new QLabel(this))
    , m_noticeTimer(new QTimer(this))
    , m_undoGroup(new QUndoGroup(this))
{
    // The welcome page is built when it is shown (welcomePage()): a
    // database with establishments opens on their list.
    m_pages->addWidget(m_establishmentsPage);
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->addWidget(m_pages);
    setCentralWidget(central);

    m_savedLabel->setAccessibleName(tr("Last saved"));
    m_databaseLabel->setTextFormat(Qt::PlainText);
    // A long path must not make the window wider than the screen: the label
    // takes what room there is, and its tooltip gives the whole path.
    m_databaseLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_databaseLabel->setMinimumWidth(1);
    statusBar()->addWidget(m_databaseLabel, 1);
    // Notices take the place of the path for a few seconds. They are a label,
    // not QStatusBar::showMessage(): Qt 6.4 paints a status bar's message
    // but never gives it to the accessibility tree, so a screen reader
    // would not hear it.
    m_noticeLabel->setTextFormat(Qt::PlainText);
    m_noticeLabel->setObjectName(QStringLiteral("notice"));
    m_noticeLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_noticeLabel->setMinimumWidth(1);
    m_noticeLabel->hide();
    statusBar()->addWidget(m_noticeLabel, 1);
    statusBar()->addPermanentWidget(m_savedLabel);
    m_noticeTimer->setSingleShot(true);
    connect(m_noticeTimer, &QTimer::timeout, this, [this] {
        m_noticeLabel->hide();
        m_noticeLabel->clear();
        m_databaseLabel->show();
    });

    createActions();

    connect(m_establishmentsPage, &EstablishmentsPage::newEstablishmentRequested, this, &MainWindow::newEstablishment);
    connect(
        m_establishmentsPage, &EstablishmentsPage::editEstablishmentRequested, this, &MainWindow::editEstablishment);
    connect(m_establishmentsPage, &EstablishmentsPage::newAssessmentRequested, this, &MainWindow::newAssessment);
    connect(m_establishmentsPage, &EstablishmentsPage::assessmentActivated, this, &MainWindow::showAssessment);
    connect(m_establishmentsPage, &EstablishmentsPage::errorOccurred, this, &MainWindow::showError);
    connect(m_establishmentsPage, &EstablishmentsPage::currentEstablishmentChanged, this, &MainWindow::updateActions);
    connect(m_establishmentsPage, &EstablishmentsPage::currentAssessmentChanged, this, &MainWindow::updateActions);
    connect(m_pages, &QStackedWidget::currentChanged, this, [this] {
        flushPendingEdits();
        updateUndoStack();
        updateActions();
    });

    // A small laptop, or one at 150 %, gets the window maximised rather than
    // larger than its screen; a geometry kept from a larger screen is shrunk.
    const QSize preferred(1100, 760);
    resizeWithinScreen(this, preferred);
    const bool restored = restoreGeometry(m_settings->value(QStringLiteral("window/geometry")).toByteArray());
    const QSize room = availableScreenSize(this);
    if (restored && (width() > room.width() || height() > room.height()))
        resizeWithinScreen(this, size());
    if (!restored && (preferred.width() > room.width() || preferred.height() > room.height()))
        setWindowState(windowState() | Qt::WindowMaximized);
    restoreState(m_settings->value(QStringLiteral("window/state")).toByteArray());
    restoreSplitters(this, *m_settings);
    updateTitle();
    updateUndoStack();
    updateActions();
}

void MainWindow::buildAssessmentPage()
{
    if (m_assessmentPage)
        return;
    m_assessmentPage = new QWidget(this);
    m_assessmentHeader = new QLabel(m_assessmentPage);
    m_assessmentTabs = new QTabWidget(m_assessmentPage);
    m_gridEditor = new GridEditor(m_assessmentPage);
    m_summaryView = new SummaryView(m_assessmentPage);
    m_actionPlanView = new ActionPlanView(m_assessmentPage);
    m_undoGroup->addStack(m_gridEditor->undoStack());
    m_undoGroup->addStack(m_actionPlanView->undoStack());
    m_assessmentHeader->setTextFormat(Qt::PlainText);
    m_assessmentHeader->setWordWrap(true);
    QFont headerFont = m_assessmentHeader->font();
    headerFont.setBold(true);
    m_assessmentHeader->setFont(headerFont);
    m_assessmentTabs->addTab(m_gridEditor, tr("&Grid"));
    m_assessmentTabs->addTab(m_summaryView, tr("&Summary"));
    m_assessmentTabs->addTab(m_actionPlanView, tr("Action &plan"));
    m_assessmentTabs->setDocumentMode(true);
    auto *assessmentLayout = new QVBoxLayout(m_assessmentPage);
    assessmentLayout->setContentsMargins(0, 0, 0, 0);
    assessmentLayout->addWidget(m_assessmentHeader);
    assessmentLayout->addWidget(m_assessmentTabs, 1);
    m_pages->addWidget(m_assessmentPage);
    restoreSplitters(m_assessmentPage, *m_settings);

    connect(m_gridEditor, &GridEditor::errorOccurred, this, &MainWindow::showError);
    // Moved to another version of its grid (or back, by undo): the title and
    // the actions follow.
    connect(m_gridEditor->editor(), &AssessmentEditor::assessmentChanged, this, [this] {
        updateActions();
        updateTitle();
    });
    connect(m_gridEditor, &GridEditor::notice, this, [this](const QString &message) { showNotice(message, 5000); });
    connect(m_summaryView, &SummaryView::targetsRequested, this, &MainWindow::editTargets);
    connect(m_gridEditor, &GridEditor::targetsFromSimulationRequested, this, &MainWindow::targetsFromSimulation);
    connect(m_actionPlanView, &ActionPlanView::errorOccurred, this, &MainWindow::showError);
    connect(
        m_actionPlanView, &ActionPlanView::notice, this, [this](const QString &message) { showNotice(message, 5000); });
    connect(m_gridEditor, &GridEditor::evaluationChanged, this, [this] {
        // The summary and the proposals are redrawn when they are looked at,
        // not on every key press.
        if (m_assessmentTabs->currentWidget() == m_summaryView)
            updateSummary();
        if (m_assessmentTabs->currentWidget() == m_actionPlanView)
            m_actionPlanView->setEvaluation(m_gridEditor->storedEvaluation());
    });
    connect(m_assessmentTabs, &QTabWidget::currentChanged, this, [this] {
        flushPendingEdits();
        if (m_assessmentTabs->currentWidget() == m_summaryView)
            updateSummary();
        if (m_assessmentTabs->currentWidget() == m_actionPlanView)
            m_actionPlanView->setEvaluation(m_gridEditor->storedEvaluation());
        updateUndoStack();
        updateActions();
    });
}

GridEditor *MainWindow::gridEditor()
{
    buildAssessmentPage();
    return m_gridEditor;
}

SummaryView *MainWindow::summaryView()
{
    buildAssessmentPage();
    return m_summaryView;
}

ActionPlanView *MainWindow::actionPlanView()
{
    buildAssessmentPage();
    return m_actionPlanView;
}

qint64 MainWindow::openAssessmentId() const
{
    return m_gridEditor ? m_gridEditor->assessmentId() : 0;
}

MainWindow::~MainWindow()
{
    // While the views are still there: they write what is pending and let go.
    closeSession();
}

void MainWindow::closeSession()
{
    m_session.reset();
}

void MainWindow::flushPendingEdits()
{
    if (m_session)
        m_session->flushPendingEdits();
}

void MainWindow::updateUndoStack()
{
    QUndoStack *stack = nullptr;
    if (m_assessmentPage && m_pages->currentWidget() == m_assessmentPage) {
        if (m_assessmentTabs->currentWidget() == m_gridEditor)
            stack = m_gridEditor->undoStack();
        else if (m_assessmentTabs->currentWidget() == m_actionPlanView)
            stack = m_actionPlanView->undoStack();
    }
    m_undoGroup->setActiveStack(stack);
}

QString MainWindow::examplePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QLatin1String("/exemple.sqlite");
}

void MainWindow::createActions()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    m_newEstablishmentAction = fileMenu->addAction(
        QIcon::fromTheme(QStringLiteral("list-add")), tr("New &establishment…"), this, &MainWindow::newEstablishment);
    m_newEstablishmentAction->setShortcut(QKeySequence::New);
    m_newAssessmentAction = fileMenu->addAction(
        QIcon::fromTheme(QStringLiteral("document-new")), tr("New &assessment…"), this, &MainWindow::newAssessment);
    m_newAssessmentAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_newAssessmentAction->setObjectName(QStringLiteral("newAssessment"));
    fileMenu->addSeparator();
    QAction *open = fileMenu->addAction(
        QIcon::fromTheme(QStringLiteral("document-open")), tr("&Open a database…"), this, &MainWindow::chooseDatabase);
    open->setShortcut(QKeySequence::Open);
    fileMenu->addAction(tr("Create a &new database…"), this, &MainWindow::createDatabase);
    fileMenu->addAction(tr("Back to the &default database"), this, [this] { openDatabase(Database::defaultPath()); });
    fileMenu->addAction(tr("Open the e&xample"), this, &MainWindow::openExample);
    fileMenu->addSeparator();
    fileMenu->addAction(tr("Add a &grid…"), this, &MainWindow::chooseReferential)
        ->setObjectName(QStringLiteral("addReferential"));
    m_importRegisterAction
        = fileMenu->addAction(tr("Import the &register of schools…"), this, &MainWindow::chooseRegister);
    m_importRegisterAction->setObjectName(QStringLiteral("importRegister"));
    m_importReperesAction
        = fileMenu->addAction(tr("Import t&he académie's repères…"), this, &MainWindow::chooseReperes);
    m_importReperesAction->setObjectName(QStringLiteral("importReperes"));
    fileMenu->addSeparator();
    m_exportActions = new ExportActions(this);
    connect(m_exportActions, &ExportActions::errorOccurred, this, &MainWindow::showError);
    connect(m_exportActions, &ExportActions::referentialAdded, this, &MainWindow::adoptReferential);
    connect(
        m_exportActions, &ExportActions::notice, this, [this](const QString &message) { showNotice(message, 8000); });
    fileMenu->addAction(m_exportActions->exportPdfAction());
    fileMenu->addAction(m_exportActions->exportJsonAction());
    fileMenu->addAction(m_exportActions->exportCsvAction());
    fileMenu->addAction(m_exportActions->printAction());
    fileMenu->addAction(m_exportActions->importAction());
    fileMenu->addSeparator();
    fileMenu->addAction(m_exportActions->commissionAction());
    fileMenu->addSeparator();
    QAction *quit
        = fileMenu->addAction(QIcon::fromTheme(QStringLiteral("application-exit")), tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *editMenu = menuBar()->addMenu(tr("&Edit"));
    // Undo and redo act on the history of the page on screen (updateUndoStack),
    // after what is being typed is written: it is then the last step.
    auto *undo = new QAction(QIcon::fromTheme(QStringLiteral("edit-undo")), tr("&Undo"), this);
    undo->setShortcut(QKeySequence::Undo);
    undo->setObjectName(QStringLiteral("undo"));
    auto *redo = new QAction(tr("&Redo"), this);
    redo->setShortcuts(QKeySequence::Redo);
    connect(undo, &QAction::triggered, this, [this] {
        flushPendingEdits();
        m_undoGroup->undo();
    });
    connect(redo, &QAction::triggered, this, [this] {
        flushPendingEdits();
        m_undoGroup->redo();
    });
    const auto label = [](const QString &verb, const QString &step) {
        return step.isEmpty() ? verb : tr("%1 %2", "undo or redo, then the step it undoes or redoes").arg(verb, step);
    };
    // The toolbar's button keeps one short text, so that the toolbar never
    // overflows as steps with longer names come; its tooltip names the step.
    auto *undoButton = new QAction(undo->icon(), tr("Undo"), this);
    undoButton->setObjectName(QStringLiteral("undoButton"));
    undoButton->setEnabled(false);
    connect(undoButton, &QAction::triggered, undo, &QAction::trigger);
    connect(m_undoGroup, &QUndoGroup::undoTextChanged, undo, [undo, undoButton, label](const QString &step) {
        undo->setText(label(tr("&Undo"), step));
        undoButton->setToolTip(label(tr("Undo"), step));
    });
    connect(m_undoGroup, &QUndoGroup::canUndoChanged, undoButton, &QAction::setEnabled);
    connect(m_undoGroup, &QUndoGroup::redoTextChanged, redo,
        [redo, label](const QString &step) { redo->setText(label(tr("&Redo"), step)); });
    connect(m_undoGroup, &QUndoGroup::canUndoChanged, undo, &QAction::setEnabled);
    connect(m_undoGroup, &QUndoGroup::canRedoChanged, redo, &QAction::setEnabled);
    undo->setEnabled(false);
    redo->setEnabled(false);
    redo->setObjectName(QStringLiteral("redo"));
    redo->setIcon(QIcon::fromTheme(QStringLiteral("edit-redo")));
    editMenu->addAction(undo);
    editMenu->addAction(redo);
    editMenu->addSeparator();
    m_editEstablishmentAction
        = editMenu->addAction(tr("Edit the &establishment…"), this, &MainWindow::editEstablishment);

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    m_showEstablishmentsAction = viewMenu->addAction(tr("&Establishments"), this, &MainWindow::showEstablishments);
    m_showEstablishmentsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    m_showGridAction = viewMenu->addAction(tr("&Grid"), this, &MainWindow::showGrid);
    m_showGridAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    m_showSummaryAction = viewMenu->addAction(tr("&Summary"), this, &MainWindow::showSummary);
    m_showSummaryAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
    m_showPlanAction = viewMenu->addAction(tr("Action &plan"), this, &MainWindow::showActionPlan);
    m_showPlanAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_4)); // the assessment's pages: Ctrl+2 to 4
    m_showPlanAction->setObjectName(QStringLiteral("showActionPlan"));
    m_showOverviewAction = viewMenu->addAction(tr("&Overview of the schools"), this, &MainWindow::showOverview);
    m_showOverviewAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_5));
    m_showOverviewAction->setObjectName(QStringLiteral("showOverview"));
    m_showOverviewAction->setIconText(tr("Overview"));
    m_showCampaignAction = viewMenu->addAction(tr("&Campaign"), this, &MainWindow::showCampaign);
    m_showCampaignAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_6));
    m_showCampaignAction->setObjectName(QStringLiteral("showCampaign"));
    m_showIndicatorsAction = viewMenu->addAction(tr("&Indicators of the roadmap"), this, &MainWindow::showIndicators);
    m_showIndicatorsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_7));
    m_showIndicatorsAction->setObjectName(QStringLiteral("showIndicators"));
    viewMenu->addSeparator();
    viewMenu->addAction(tr("&Referentials…"), this, &MainWindow::showReferentials);
    // The language is chosen once the windows exist: it takes effect at the
    // next start (every window would otherwise have to rebuild its texts).
    QMenu *languageMenu = viewMenu->addMenu(tr("&Language"));
    auto *languages = new QActionGroup(this);
    const QString chosen = I18n::startLanguage(m_settings->value(QStringLiteral("ui/language")).toString());
    for (const auto &[code, name] : {std::pair {QStringLiteral("fr"), QStringLiteral("Français")},
             std::pair {QStringLiteral("en"), QStringLiteral("English")}}) {
        QAction *action = languageMenu->addAction(name);
        action->setCheckable(true);
        action->setChecked(code == chosen);
        action->setObjectName(QStringLiteral("language-%1").arg(code));
        languages->addAction(action);
        connect(action, &QAction::triggered, this, [this, code = code] {
            m_settings->setValue(QStringLiteral("ui/language"), code);
            m_settings->sync();
            showNotice(tr("The language will change the next time Paliers starts."), 8000);
        });
    }

    QMenu *assessmentMenu = menuBar()->addMenu(tr("&Assessment"));
    m_validateAction = assessmentMenu->addAction(QIcon::fromTheme(QStringLiteral("dialog-ok")),
        tr("&Validate the assessment…"), this, &MainWindow::validateAssessment);
    m_validateAction->setIconText(tr("Validate…"));
    m_validateAction->setObjectName(QStringLiteral("validate"));
    m_reopenAction = assessmentMenu->addAction(tr("&Reopen the assessment…"), this, &MainWindow::reopenAssessment);
    assessmentMenu->addSeparator();
    m_moveVersionAction = assessmentMenu->addAction(
        tr("Move to the latest version of the &grid…"), this, &MainWindow::moveToLatestVersion);
    m_moveVersionAction->setObjectName(QStringLiteral("moveVersion"));

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *help = helpMenu->addAction(
        QIcon::fromTheme(QStringLiteral("help-contents")), tr("Paliers &help"), this, &MainWindow::showHelp);
    help->setShortcut(QKeySequence::HelpContents);
    help->setObjectName(QStringLiteral("help"));
    helpMenu->addAction(QIcon::fromTheme(QStringLiteral("help-about")), tr("&About Paliers"), this, &MainWindow::about);
    QAction *privacy = helpMenu->addAction(tr("&Personal data (GDPR)…"), this, &MainWindow::showPrivacyNote);
    privacy->setObjectName(QStringLiteral("privacyNote"));
    helpMenu->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);

    QToolBar *toolBar = addToolBar(tr("Main toolbar"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    // Short, fixed texts (QAction::iconText), so that the toolbar fits a
    // 1024-pixel screen; the menus keep the full names.
    toolBar->addAction(m_showEstablishmentsAction);
    toolBar->addAction(m_showGridAction);
    toolBar->addAction(m_showSummaryAction);
    toolBar->addAction(m_showOverviewAction);
    toolBar->addSeparator();
    toolBar->addAction(undoButton);
    toolBar->addSeparator();
    toolBar->addAction(m_validateAction);
    toolBar->addAction(m_exportActions->exportPdfAction());
    toolBar->addAction(m_exportActions->commissionAction());
}

void MainWindow::updateActions()
{
    const bool writable = m_session && !m_session->isReadOnly();
    const bool hasEstablishment = m_establishmentsPage->currentEstablishment() != nullptr;
    const qint64 openAssessment = openAssessmentId();
    const bool inAssessment = openAssessment != 0 && m_pages->currentWidget() == m_assessmentPage;
    const AssessmentStatus status = inAssessment ? m_gridEditor->assessment().status : AssessmentStatus::Draft;
    m_newEstablishmentAction->setEnabled(writable);
    m_editEstablishmentAction->setEnabled(hasEstablishment);
    m_newAssessmentAction->setEnabled(writable && hasEstablishment);
    m_showEstablishmentsAction->setEnabled(m_session != nullptr);
    m_showOverviewAction->setEnabled(m_session != nullptr);
    m_showCampaignAction->setEnabled(m_session != nullptr);
    m_showIndicatorsAction->setEnabled(m_session != nullptr);
    m_importRegisterAction->setEnabled(writable);
    m_importReperesAction->setEnabled(writable);
    m_exportActions->setSession(m_session.get());
    m_exportActions->setAssessment(openAssessment);
    // The assessment's pages: the one open, else the one selected on the
    // establishments page (Ctrl+2 opens it).
    const bool atHand = openAssessment != 0 || m_establishmentsPage->currentAssessmentId() != 0;
    m_showGridAction->setEnabled(atHand);
    m_showSummaryAction->setEnabled(atHand);
    m_showPlanAction->setEnabled(atHand);
    m_validateAction->setEnabled(writable && inAssessment && status == AssessmentStatus::Draft);
    m_reopenAction->setEnabled(writable && inAssessment && status == AssessmentStatus::Validated);
    const Referential *newer = inAssessment ? m_gridEditor->editor()->newerVersion() : nullptr;
    m_moveVersionAction->setEnabled(newer != nullptr);
    m_moveVersionAction->setText(newer ? tr("Move to version %1 of the &grid…").arg(newer->version())
                                       : tr("Move to the latest version of the &grid…"));
}

void MainWindow::updateTitle()
{
    if (!m_session) {
        setWindowTitle(tr("No database"));
        m_databaseLabel->clear();
        return;
    }
    const QString name = QFileInfo(m_session->path()).fileName();
    setWindowTitle(m_session->isReadOnly() ? tr("%1 (read-only)").arg(name) : name);
    m_databaseLabel->setText(tr("Database: %1").arg(QDir::toNativeSeparators(m_session->path())));
    m_databaseLabel->setToolTip(QDir::toNativeSeparators(m_session->path()));
}

void MainWindow::showNotice(const QString &message, int timeoutMs)
{
    m_databaseLabel->hide();
    m_noticeLabel->setText(message);
    m_noticeLabel->setToolTip(message); // the whole of it, when the status bar cuts it
    m_noticeLabel->show();
    m_noticeTimer->start(timeoutMs);
}

void MainWindow::showError(const QString &message)
{
    QMessageBox::warning(this, tr("Paliers"), message);
}

void MainWindow::openInitialDatabase(const QString &path)
{
    // Said once the database is open, so that its own notice does not hide it.
    const auto reportSkipped = qScopeGuard([this] {
        const QStringList &skipped = m_catalog.skipped();
        if (!skipped.isEmpty())
            showNotice(tr("%n added grid(s) could not be read and were left out: %1", nullptr,
                           static_cast<int>(skipped.size()))
                           .arg(skipped.join(QStringLiteral(" ; "))),
                20000);
    });
    if (!path.isEmpty()) {
        openDatabase(path);
        return;
    }
    const QString last = m_settings->value(QStringLiteral("database/last")).toString();
    if (!last.isEmpty() && QFileInfo::exists(last) && openDatabase(last))
        return;
    const QString folder = QFileInfo(Database::defaultPath()).absolutePath();
    if (!QDir().mkpath(folder)) {
        welcomePage()->setHasDatabase(
            false, tr("Cannot create the folder \"%1\" for the database.").arg(QDir::toNativeSeparators(folder)));
        m_pages->setCurrentWidget(welcomePage());
        return;
    }
    openDatabase(Database::defaultPath());
}

MainWindow::FileArguments MainWindow::sortFiles(const QStringList &paths)
{
    FileArguments files;
    for (const QString &path : paths) {
        const FileIdentity identity = FileIdentity::of(path);
        const QString shown = QDir::toNativeSeparators(path);
        switch (identity.kind) {
        case FileIdentity::Kind::Database:
            if (files.database.isEmpty())
                files.database = path;
            else
                files.refused.append(tr("\"%1\": Paliers opens one database at a time, and opened \"%2\".")
                                         .arg(shown, QDir::toNativeSeparators(files.database)));
            break;
        case FileIdentity::Kind::AssessmentExport:
            files.exports.append(path);
            break;
        case FileIdentity::Kind::Reperes:
            files.reperes.append(path);
            break;
        case FileIdentity::Kind::Referential:
            files.grids.append(path);
            break;
        case FileIdentity::Kind::Indicators:
            files.refused.append(tr("\"%1\" is %2: open it from View → Indicators of the roadmap, « Open… ».")
                                     .arg(shown, FileIdentity::describe(identity.kind)));
            break;
        case FileIdentity::Kind::Missing:
        case FileIdentity::Kind::Unreadable:
        case FileIdentity::Kind::Other:
            files.refused.append(identity.reason);
            break;
        }
    }
    return files;
}

void MainWindow::openFiles(const FileArguments &files)
{
    const QString &database = files.database;
    const QStringList &refused = files.refused;
    const QStringList &exports = files.exports;
    const QStringList &reperes = files.reperes;
    const QStringList &grids = files.grids;
    const auto sameFile = [](const QString &a, const QString &b) {
        return QFileInfo(a).canonicalFilePath() == QFileInfo(b).canonicalFilePath();
    };
    if (!database.isEmpty() && !(m_session && sameFile(m_session->path(), database)))
        openDatabase(database);
    if (!refused.isEmpty()) {
        QMessageBox box(QMessageBox::Warning, tr("Files not opened"),
            tr("Paliers opens its databases and imports its exports; it did not open:") + QLatin1String("\n\n")
                + refused.join(QLatin1Char('\n')),
            QMessageBox::Ok, this);
        box.setObjectName(QStringLiteral("filesRefused"));
        box.setTextFormat(Qt::PlainText);
        box.exec();
    }
    if ((!exports.isEmpty() || !reperes.isEmpty()) && (!m_session || m_session->isReadOnly())) {
        showError(tr("%n file(s) to import, but the database open cannot be written: open a database of your own, "
                     "then import them with File → Import exports.",
            nullptr, static_cast<int>(exports.size() + reperes.size())));
        return;
    }
    for (const QString &path : std::as_const(grids))
        addReferential(path);
    if (!exports.isEmpty()) {
        QStringList names;
        for (const QString &path : std::as_const(exports))
            names.append(QFileInfo(path).fileName());
        QMessageBox question(QMessageBox::Question, tr("Import"),
            tr("Import %n export(s) into the database \"%1\"?", nullptr, static_cast<int>(exports.size()))
                .arg(QDir::toNativeSeparators(m_session->path())),
            QMessageBox::Yes | QMessageBox::No, this);
        question.setObjectName(QStringLiteral("importQuestion"));
        question.setTextFormat(Qt::PlainText);
        question.setInformativeText(names.join(QLatin1Char('\n')));
        question.setDefaultButton(QMessageBox::Yes);
        if (question.exec() == QMessageBox::Yes)
            m_exportActions->importAndReport(exports);
    }
    for (const QString &path : std::as_const(reperes))
        importReperes(path);
}

bool MainWindow::openDatabase(const QString &path)
{
    flushPendingEdits();
    Result<std::unique_ptr<Session>> session = Session::open(path, m_catalog);
    if (!session) {
        if (m_session) {
            showError(session.error());
        } else {
            welcomePage()->setHasDatabase(false, session.error());
            m_pages->setCurrentWidget(welcomePage());
            updateActions();
        }
        return false;
    }
    const bool onOverview = m_overviewPage && m_pages->currentWidget() == m_overviewPage;
    closeSession();
    m_session = std::move(session).value();
    connect(m_session.get(), &Session::aboutToClose, this, [this] {
        // What the window itself shows of the assessment.
        if (m_assessmentPage) {
            m_summaryView->clear();
            m_assessmentHeader->clear();
        }
    });
    connect(m_session.get(), &Session::written, this, [this](const QDateTime &at) {
        // Hours, minutes and seconds: no time zone in a desktop application.
        m_savedLabel->setText(tr("Saved at %1").arg(QLocale().toString(at.time(), QStringLiteral("HH:mm:ss"))));
    });
    // The page first, so that it has read the establishments when the window
    // decides between it and the welcome page (an import into an empty
    // database).
    m_establishmentsPage->setSession(m_session.get());
    connect(m_session.get(), &Session::establishmentsChanged, this, &MainWindow::afterDatabaseChange);
    m_settings->setValue(QStringLiteral("database/last"), m_session->path());
    m_savedLabel->setText(m_session->isReadOnly() ? tr("Read-only") : tr("Every change is saved at once"));
    if (m_welcomePage)
        m_welcomePage->setHasDatabase(true);
    updateTitle();
    // Nothing of the previous database is on screen any more.
    if (onOverview)
        showOverview();
    else
        showEstablishments();
    return true;
}

void MainWindow::afterDatabaseChange()
{
    if (m_overviewPage && m_pages->currentWidget() == m_overviewPage)
        m_overviewPage->setSession(m_session.get());
    else if (m_campaignPage && m_pages->currentWidget() == m_campaignPage)
        m_campaignPage->setSession(m_session.get());
    else if (m_indicatorsPage && m_pages->currentWidget() == m_indicatorsPage)
        m_indicatorsPage->setSession(m_session.get());
    else if (m_pages->currentWidget() != m_assessmentPage)
        showEstablishments();
    updateActions();
}

WelcomePage *MainWindow::welcomePage()
{
    if (!m_welcomePage) {
        m_welcomePage = new WelcomePage(this);
        m_pages->addWidget(m_welcomePage);
        connect(m_welcomePage, &WelcomePage::createEstablishmentRequested, this, &MainWindow::newEstablishment);
        connect(m_welcomePage, &WelcomePage::openExampleRequested, this, &MainWindow::openExample);
        connect(m_welcomePage, &WelcomePage::openDatabaseRequested, this, &MainWindow::chooseDatabase);
        connect(m_welcomePage, &WelcomePage::newDatabaseRequested, this, &MainWindow::createDatabase);
    }
    return m_welcomePage;
}

OverviewPage *MainWindow::overviewPage()
{
    if (!m_overviewPage) {
        m_overviewPage = new OverviewPage(m_catalog, this);
        m_pages->addWidget(m_overviewPage);
        restoreSplitters(m_overviewPage, *m_settings);
        connect(m_overviewPage, &OverviewPage::assessmentActivated, this, &MainWindow::showAssessment);
        connect(m_overviewPage, &OverviewPage::evolutionRequested, this, &MainWindow::showEvolution);
        connect(m_overviewPage, &OverviewPage::errorOccurred, this, &MainWindow::showError);
        connect(m_overviewPage, &OverviewPage::notice, this,
            [this](const QString &message) { showNotice(message, 10000); });
    }
    return m_overviewPage;
}

void MainWindow::showOverview()
{
    if (!m_session)
        return;
    flushPendingEdits();
    OverviewPage *page = overviewPage();
    page->setSession(m_session.get()); // reads the year again: answers may have changed
    m_pages->setCurrentWidget(page);
    updateActions();
}

void MainWindow::showEvolution(qint64 establishmentId)
{
    if (!m_session)
        return;
    flushPendingEdits();
    EvolutionDialog dialog(*m_session, establishmentId, this);
    dialog.exec();
}

bool MainWindow::openExample()
{
    const QString path = examplePath();
    const QString versionKey = QStringLiteral("example/version");
    // An example made by another edition of Paliers is made again: its
    // content is Paliers' own, never the user's work.
    if (QFileInfo::exists(path) && m_settings->value(versionKey).toInt() == ExampleData::Version)
        return openDatabase(path);
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        showError(tr("Cannot create the folder \"%1\".").arg(QFileInfo(path).absolutePath()));
        return false;
    }
    // Made aside, then put in place: a failure leaves the previous example.
    const QString fresh = path + QLatin1String(".new");
    const auto removeDatabase = [](const QString &file) {
        bool removed = true;
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            removed = (!QFileInfo::exists(file + suffix) || QFile::remove(file + suffix)) && removed;
        return removed;
    };
    removeDatabase(fresh);
    QString problem;
    {
        Result<std::unique_ptr<Session>> example = Session::open(fresh, m_catalog);
        if (!example)
            problem = example.error();
        else if (Status done = ExampleData::populate((*example)->storage()); !done)
            problem = done.error();
    } // closed: SQLite has folded its journal into the file
    if (problem.isEmpty()) {
        if (m_session && QFileInfo(m_session->path()) == QFileInfo(path))
            closeSession(); // the old example is on screen
        if (!removeDatabase(path) || !QFile::rename(fresh, path))
            problem = tr("\"%1\" could not be replaced.").arg(QDir::toNativeSeparators(path));
    }
    if (!problem.isEmpty()) {
        removeDatabase(fresh);
        showError(tr("The example could not be created: %1").arg(problem));
        if (!m_session)
            openInitialDatabase();
        return false;
    }
    m_settings->setValue(versionKey, ExampleData::Version);
    return openDatabase(path);
}

void MainWindow::chooseDatabase()
{
    const QString start = m_session ? QFileInfo(m_session->path()).absolutePath() : QDir::homePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a database"), start, databaseFilter());
    if (!path.isEmpty())
        openDatabase(path);
}

void MainWindow::createDatabase()
{
    const QString start = m_session ? QFileInfo(m_session->path()).absolutePath() : QDir::homePath();
    QString path = QFileDialog::getSaveFileName(
        this, tr("Create a database"), start + QLatin1String("/paliers.sqlite"), databaseFilter());
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1String(".sqlite");
    if (QFileInfo::exists(path) && QFileInfo(path).size() > 0) {
        showError(
            tr("\"%1\" already exists. Use File → Open a database to open it.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    openDatabase(path);
}

void MainWindow::showEstablishments()
{
    flushPendingEdits();
    if (!m_session) {
        m_pages->setCurrentWidget(welcomePage());
        return;
    }
    const bool empty = m_establishmentsPage->visibleCount() == 0 && !m_establishmentsPage->currentEstablishment();
    m_pages->setCurrentWidget(empty ? static_cast<QWidget *>(welcomePage()) : m_establishmentsPage);
    updateActions();
}

bool MainWindow::showAssessment(qint64 assessmentId)
{
    if (!m_session)
        return false;
    buildAssessmentPage();
    if (!m_gridEditor->setAssessment(m_session.get(), assessmentId))
        return false;
    updateAssessmentHeader();
    m_actionPlanView->setAssessment(
        m_session.get(), m_gridEditor->assessment(), m_gridEditor->referential(), m_gridEditor->evaluation());
    m_pages->setCurrentWidget(m_assessmentPage);
    m_assessmentTabs->setCurrentWidget(m_gridEditor);
    m_gridEditor->focusWork(); // keys 1 to 4 answer at once
    updateUndoStack();
    updateActions();
    return true;
}

// The assessment open, else the one selected on the establishments page,
// opened: a page shortcut never does nothing when an assessment is there.
bool MainWindow::assessmentAtHand()
{
    if (openAssessmentId() != 0)
        return true;
    const qint64 selected = m_establishmentsPage->currentAssessmentId();
    return selected != 0 && showAssessment(selected);
}

void MainWindow::showGrid()
{
    if (!assessmentAtHand())
        return;
    m_pages->setCurrentWidget(m_assessmentPage);
    m_assessmentTabs->setCurrentWidget(m_gridEditor);
}

void MainWindow::showSummary()
{
    if (!assessmentAtHand())
        return;
    m_pages->setCurrentWidget(m_assessmentPage);
    if (m_assessmentTabs->currentWidget() == m_summaryView)
        updateSummary();
    else
        m_assessmentTabs->setCurrentWidget(m_summaryView); // the tab change updates it
}

void MainWindow::updateSummary()
{
    // The summary shows what is stored, even while the grid simulates, with
    // where the school aims and where the académie stands.
    std::optional<Progress> progress;
    RadarComparison comparison;
    QString schoolYear;
    if (!m_assessmentPage)
        return;
    if (m_session && m_gridEditor->assessmentId() != 0) {
        const Result<AssessmentRecord> report
            = loadAssessmentRecord(m_session->storage(), m_gridEditor->assessmentId());
        if (report) {
            comparison.targets = report->targets;
            comparison.reperes = report->reperes;
            schoolYear = report->assessment.schoolYear;
        }
        Result<std::optional<Progress>> loaded = report ? loadProgress(m_session->storage(), report.value())
                                                        : Result<std::optional<Progress>>(Error {report.error()});
        if (loaded)
            progress = std::move(loaded).value();
        else
            showNotice(loaded.error(), 8000);
    }
    m_summaryView->setEvaluation(m_gridEditor->referential(), m_gridEditor->storedEvaluation(), comparison, schoolYear);
    m_summaryView->setProgress(m_gridEditor->referential(), progress);
}

void MainWindow::editTargets()
{
    if (!m_session || openAssessmentId() == 0 || !m_gridEditor->referential())
        return;
    flushPendingEdits();
    Storage &storage = m_session->storage();
    const Result<Assessment> assessment = storage.assessment(m_gridEditor->assessmentId());
    const Result<QList<DomainTarget>> targets = storage.targets(m_gridEditor->assessmentId());
    if (!assessment || !targets) {
        showError(assessment ? targets.error() : assessment.error());
        return;
    }
    TargetsDialog dialog(storage, assessment->id, *m_gridEditor->referential(), m_gridEditor->storedEvaluation(),
        assessment->schoolYear, targets.value(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    showNotice(tr("Targets saved."), 4000);
    updateSummary();
    m_actionPlanView->setTargets(dialog.targets());
}

void MainWindow::targetsFromSimulation()
{
    if (!m_session || openAssessmentId() == 0 || !m_gridEditor->referential() || !m_gridEditor->isSimulating())
        return;
    Storage &storage = m_session->storage();
    const Result<Assessment> assessment = storage.assessment(m_gridEditor->assessmentId());
    const Result<QList<DomainTarget>> current = storage.targets(m_gridEditor->assessmentId());
    if (!assessment || !current) {
        showError(assessment ? current.error() : assessment.error());
        return;
    }
    // What the simulation reaches, to be reached by next year.
    const QList<DomainTarget> targets
        = Targets::fromSimulation(*m_gridEditor->referential(), m_gridEditor->storedEvaluation(),
            m_gridEditor->evaluation(), current.value(), SchoolYear::next(assessment->schoolYear));
    if (targets == current.value()) {
        showNotice(tr("The simulation reaches no palier above those stored: the targets are unchanged."), 6000);
        return;
    }
    if (Status stored = storage.setTargets(assessment->id, targets); !stored) {
        showError(stored.error());
        return;
    }
    QStringList said;
    for (const DomainTarget &target : targets) {
        const Domain *domain = m_gridEditor->referential()->domain(target.domainId);
        said.append(tr("%1: %2").arg(domain ? domain->title : target.domainId, Targets::describe(target)));
    }
    showNotice(tr("Targets set from the simulation: %1").arg(said.join(QStringLiteral(" ; "))), 8000);
    m_actionPlanView->setTargets(targets);
}

void MainWindow::showActionPlan()
{
    if (!assessmentAtHand())
        return;
    m_pages->setCurrentWidget(m_assessmentPage);
    m_assessmentTabs->setCurrentWidget(m_actionPlanView);
}

void MainWindow::updateAssessmentHeader()
{
    if (!m_assessmentPage)
        return;
    const Assessment &assessment = m_gridEditor->assessment();
    if (!m_session || assessment.id == 0) {
        m_assessmentHeader->clear();
        return;
    }
    const Result<Establishment> establishment = m_session->storage().establishment(assessment.establishmentId);
    const Referential *referential = m_gridEditor->referential();
    QString status = assessmentStatusLabel(assessment.status);
    if (assessment.status == AssessmentStatus::Validated)
        status = tr("validated on %1")
                     .arg(QLocale().toString(assessment.validatedAt.toLocalTime().date(), QLocale::LongFormat));
    m_assessmentHeader->setText(
        tr("%1 (%2) — %3 — %4 — %5")
            .arg(establishment ? establishment->name : QString(), establishment ? establishment->uai : QString(),
                referential ? referential->title() : assessment.referentialId, assessment.schoolYear, status));
}

void MainWindow::newEstablishment()
{
    if (!m_session || m_session->isReadOnly())
        return;
    Establishment fresh;
    fresh.kind = EstablishmentKind::EcoleElementaire;
    EstablishmentDialog dialog(m_session->storage(), fresh, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_session->notifyEstablishmentsChanged();
    m_establishmentsPage->select(dialog.establishment().id);
    showEstablishments();
}

void MainWindow::editEstablishment()
{
    const Establishment *current = m_establishmentsPage->currentEstablishment();
    if (m_assessmentPage && m_pages->currentWidget() == m_assessmentPage && m_session) {
        if (Result<Establishment> e = m_session->storage().establishment(m_gridEditor->assessment().establishmentId)) {
            EstablishmentDialog dialog(m_session->storage(), *e, this);
            if (dialog.exec() == QDialog::Accepted) {
                m_session->notifyEstablishmentsChanged();
                updateAssessmentHeader();
            }
        }
        return;
    }
    if (!m_session || !current)
        return;
    EstablishmentDialog dialog(m_session->storage(), *current, this);
    if (m_session->isReadOnly())
        dialog.setEnabled(false);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_session->notifyEstablishmentsChanged();
    m_establishmentsPage->select(dialog.establishment().id);
}

void MainWindow::newAssessment()
{
    const Establishment *current = m_establishmentsPage->currentEstablishment();
    if (!m_session || m_session->isReadOnly() || !current)
        return;
    NewAssessmentDialog dialog(m_session->storage(), *current, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_session->notifyAssessmentChanged(dialog.assessmentId());
    showAssessment(dialog.assessmentId());
}

void MainWindow::validateAssessment()
{
    const qint64 id = openAssessmentId();
    if (!m_session || id == 0)
        return;
    m_gridEditor->setSimulation(false); // validate what is stored, and say so
    flushPendingEdits();
    const Evaluation &evaluation = m_gridEditor->evaluation();
    QString text = tr("Validate this assessment? It becomes read-only; it can be reopened later, and the "
                      "reopening is recorded.");
    if (evaluation.answered < evaluation.total)
        text += QLatin1String("\n\n")
            + tr("%n criterion(s) have no answer yet.", nullptr, evaluation.total - evaluation.answered);

    // The person who validates gives their name, as they sign the report:
    // not the computer's login.
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("validateDialog"));
    dialog.setWindowTitle(tr("Validate the assessment"));
    auto *explanation = new QLabel(text, &dialog);
    explanation->setWordWrap(true);
    auto *name = new QLineEdit(&dialog);
    name->setObjectName(QStringLiteral("validatedBy"));
    name->setMaxLength(Storage::MaxFieldLength);
    name->setText(m_gridEditor->assessment().author);
    name->setPlaceholderText(tr("e.g. Mme Durand, directrice"));
    auto *form = new QFormLayout;
    auto *nameLabel = new QLabel(tr("Validated &by:"), &dialog);
    nameLabel->setBuddy(name);
    form->addRow(nameLabel, name);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Validate"));
    const auto updateOk = [buttons, name] {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!name->text().trimmed().isEmpty());
    };
    connect(name, &QLineEdit::textChanged, &dialog, updateOk);
    updateOk();
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(explanation);
    layout->addLayout(form);
    layout->addWidget(buttons);
    name->setFocus();
    name->selectAll();
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (Status done = m_session->storage().validateAssessment(id, name->text()); !done) {
        showError(done.error());
        return;
    }
    m_session->notifyAssessmentChanged(id);
    QWidget *page = m_assessmentTabs->currentWidget(); // validating does not change the page
    showAssessment(id);
    m_assessmentTabs->setCurrentWidget(page);
    showNotice(tr("The assessment is validated."), 5000);
}

void MainWindow::reopenAssessment()
{
    const qint64 id = openAssessmentId();
    if (!m_session || id == 0)
        return;
    bool ok = false;
    const QString reason = QInputDialog::getText(this, tr("Reopen the assessment"),
        tr("The assessment was validated. Reopening it makes it editable again and is recorded.\n"
           "Why is it reopened?"),
        QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    if (Status done = m_session->storage().reopenAssessment(id, reason.trimmed()); !done) {
        showError(done.error());
        return;
    }
    m_session->notifyAssessmentChanged(id);
    QWidget *page = m_assessmentTabs->currentWidget();
    showAssessment(id);
    m_assessmentTabs->setCurrentWidget(page);
    showNotice(tr("The assessment is open for changes again."), 5000);
}

void MainWindow::moveToLatestVersion()
{
    if (!m_gridEditor)
        return;
    AssessmentEditor *editor = m_gridEditor->editor();
    const Referential *newer = editor->newerVersion();
    if (!newer)
        return;
    const QMessageBox::StandardButton answer = QMessageBox::question(this, tr("Move to another version of the grid"),
        tr("This draft follows version %1 of the grid. Move it to version %2?\n\nIts answers, comments and evidence "
           "are carried over as version %2 says; what it cannot carry is listed afterwards (« What changed… »). "
           "The move is in the history and Edit → Undo takes it back.")
            .arg(editor->referential()->version(), newer->version()),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Yes);
    if (answer != QMessageBox::Yes)
        return;
    editor->moveToLatestVersion();
    updateActions();
    updateTitle();
}

CampaignPage *MainWindow::campaignPage()
{
    if (!m_campaignPage) {
        m_campaignPage = new CampaignPage(m_catalog, this);
        m_pages->addWidget(m_campaignPage);
        restoreSplitters(m_campaignPage, *m_settings);
        connect(m_campaignPage, &CampaignPage::errorOccurred, this, &MainWindow::showError);
        connect(m_campaignPage, &CampaignPage::importRegisterRequested, this, &MainWindow::chooseRegister);
    }
    return m_campaignPage;
}

IndicatorsPage *MainWindow::indicatorsPage()
{
    if (!m_indicatorsPage) {
        m_indicatorsPage = new IndicatorsPage(m_catalog, this);
        m_pages->addWidget(m_indicatorsPage);
        connect(m_indicatorsPage, &IndicatorsPage::errorOccurred, this, &MainWindow::showError);
        connect(m_indicatorsPage, &IndicatorsPage::notice, this,
            [this](const QString &message) { showNotice(message, 8000); });
    }
    return m_indicatorsPage;
}

void MainWindow::showIndicators()
{
    if (!m_session)
        return;
    flushPendingEdits();
    IndicatorsPage *page = indicatorsPage();
    page->setSession(m_session.get());
    m_pages->setCurrentWidget(page);
    updateActions();
}

void MainWindow::showCampaign()
{
    if (!m_session)
        return;
    flushPendingEdits();
    CampaignPage *page = campaignPage();
    page->setSession(m_session.get());
    m_pages->setCurrentWidget(page);
    updateActions();
}

void MainWindow::chooseRegister()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import the register of schools"), QDir::homePath(),
        tr("Annuaire de l'éducation (*.csv);;All files (*)"));
    if (!path.isEmpty())
        importRegister(path);
}

void MainWindow::chooseReperes()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import the académie's repères"), QDir::homePath(), tr("Paliers repères (*.json);;All files (*)"));
    if (!path.isEmpty())
        importReperes(path);
}

bool MainWindow::importReperes(const QString &path)
{
    if (!m_session || m_session->isReadOnly())
        return false;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showError(tr("Cannot open \"%1\": %2.").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    const Result<ReperesFile::Contents> read
        = ReperesFile::read(file.read(ReperesFile::MaxFileSize + 1), QFileInfo(path).fileName());
    if (!read) {
        showError(read.error());
        return false;
    }
    if (Status stored = m_session->storage().storeReperes(read->reperes); !stored) {
        showError(stored.error());
        return false;
    }
    QStringList said;
    for (const Reperes &reperes : read->reperes) {
        const Referential *grid = m_catalog.latest(reperes.referentialId);
        said.append(tr("%1, %2: %n school(s)", nullptr, reperes.schools)
                        .arg(grid ? grid->title() : reperes.referentialId, reperes.schoolYear));
    }
    QMessageBox::information(this, tr("Repères imported"),
        tr("The académie's repères are kept in this database (%1). The Summary and the report of each assessment of "
           "these grids now show where it stands beside the académie's median.\n\n%2")
            .arg(read->issuer.isEmpty() ? tr("from %1").arg(QFileInfo(path).fileName()) : read->issuer,
                said.join(QLatin1Char('\n'))));
    if (m_assessmentPage && m_pages->currentWidget() == m_assessmentPage
        && m_assessmentTabs->currentWidget() == m_summaryView)
        updateSummary();
    return true;
}

bool MainWindow::importRegister(const QString &path)
{
    if (!m_session || m_session->isReadOnly())
        return false;
    const bool imported = RegisterImport::run(this, *m_session, path);
    if (imported && m_pages->currentWidget() != m_campaignPage)
        showCampaign();
    return imported;
}

void MainWindow::chooseReferential()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Add a grid"), QDir::homePath(), tr("Paliers referentials (*.json);;All files (*)"));
    if (!path.isEmpty())
        addReferential(path);
}

bool MainWindow::addReferential(const QString &path)
{
    const Result<ReferentialInstaller::Installed> installed = ReferentialInstaller::installFile(path, m_catalog);
    if (!installed) {
        showError(installed.error());
        return false;
    }
    const Referential &referential = *installed->referential;
    if (installed->alreadyThere) {
        showNotice(tr("Version %1 of the grid « %2 » was already there; nothing changed.")
                       .arg(referential.version(), referential.title()),
            8000);
        return true;
    }
    adoptReferential(installed->referential);
    showNotice(tr("Grid « %1 », version %2, added (%n criteria): new assessments are offered it.", nullptr,
                   static_cast<int>(referential.criteria().size()))
                   .arg(referential.title(), referential.version()),
        8000);
    return true;
}

void MainWindow::adoptReferential(const std::shared_ptr<const Referential> &referential)
{
    static_cast<void>(m_catalog.add(referential, true)); // refused only when already there
    if (m_session) {
        m_session->storage().adoptReferential(referential);
        // Assessments made with it can now be shown with their grid's name.
        m_session->notifyEstablishmentsChanged();
    }
    if (m_overviewPage)
        m_overviewPage->referentialsChanged();
}

void MainWindow::showReferentials()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Referentials"));
    auto *box = new QComboBox(&dialog);
    auto *view = new ReferentialView(&dialog);
    for (const Referential *referential : m_catalog.referentials())
        box->addItem(referential->title(), referential->id());
    box->setAccessibleName(tr("Referential"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Referential:"), box);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addLayout(form);
    layout->addWidget(view, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    const auto show = [this, box, view](int index) {
        if (const Referential *referential = m_catalog.latest(box->itemData(index).toString()))
            view->setReferential(*referential);
    };
    connect(box, &QComboBox::currentIndexChanged, &dialog, show);
    show(0);
    resizeWithinScreen(&dialog, QSize(900, 650));
    dialog.exec();
}

QIcon MainWindow::applicationIcon()
{
    return QIcon(QStringLiteral(":/icons/fr.paliers.Paliers.svg"));
}

void MainWindow::about()
{
    QMessageBox box(this);
    box.setWindowTitle(tr("About Paliers"));
    box.setIconPixmap(applicationIcon().pixmap(64, 64));
    box.setTextFormat(Qt::RichText);
    box.setText(tr("<h3>Paliers %1</h3>"
                   "<p>Fill in the académie's grid of digital maturity levels (paliers de maturité "
                   "numérique), see the palier reached in each domain and plan what comes next.</p>"
                   "<p>Your data stays on this computer, in the database shown in the status bar. What "
                   "Paliers stores about people, where, and how to delete it: the personal data note "
                   "(Help → Personal data).</p>"
                   "<p>Free software under the GNU General Public License, version 3 or later.</p>")
                    .arg(QCoreApplication::applicationVersion()));
    QPushButton *privacy = box.addButton(tr("Personal data…"), QMessageBox::HelpRole);
    box.addButton(QMessageBox::Close);
    box.exec();
    if (box.clickedButton() == privacy)
        showPrivacyNote();
}

void MainWindow::showHelp()
{
    // The page of the language the window speaks.
    const QString language = QLocale().language() == QLocale::English ? QStringLiteral("en") : QStringLiteral("fr");
    showDocument(QStringLiteral(":/docs/help.%1.md").arg(language), tr("Paliers help"), QStringLiteral("helpText"),
        tr("The help page is missing from this build."));
}

void MainWindow::showPrivacyNote()
{
    // The note is French: it is written for the French administration.
    showDocument(QStringLiteral(":/docs/privacy.md"), tr("Personal data (GDPR)"), QStringLiteral("privacyText"),
        tr("The privacy note is missing from this build."));
}

void MainWindow::showDocument(
    const QString &resource, const QString &title, const QString &objectName, const QString &missing)
{
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly)) {
        showError(missing);
        return;
    }
    QDialog dialog(this);
    dialog.setWindowTitle(title);
    resizeWithinScreen(&dialog, QSize(760, 640));
    auto *text = new QTextBrowser(&dialog);
    text->setObjectName(objectName);
    text->setMarkdown(QString::fromUtf8(file.readAll()));
    text->setOpenExternalLinks(false);
    text->setAccessibleName(title);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(text);
    layout->addWidget(buttons);
    text->setFocus();
    dialog.exec();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    flushPendingEdits();
    saveSplitters(this, *m_settings);
    m_settings->setValue(QStringLiteral("window/geometry"), saveGeometry());
    m_settings->setValue(QStringLiteral("window/state"), saveState());
    m_settings->sync();
    QMainWindow::closeEvent(event);
}

} // namespace Paliers
