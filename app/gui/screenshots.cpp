#include "screenshots.h"

#include "establishmentdialog.h"
#include "establishmentspage.h"
#include "evolutiondialog.h"
#include "exportactions.h"
#include "grideditor.h"
#include "mainwindow.h"
#include "overviewpage.h"
#include "session.h"
#include "storage/datagenerator.h"

#include <cstdio>
#include <cstdlib>
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QPixmap>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace Paliers::Screenshots {

namespace {

bool save(QWidget *widget, const QString &path)
{
    QApplication::processEvents();
    if (widget->grab().save(path))
        return true;
    std::fprintf(
        stderr, "%s\n", qPrintable(QApplication::translate("main", "Cannot write the picture \"%1\".").arg(path)));
    return false;
}

// The overview reads its year and draws its chart off the GUI thread:
// the picture waits for them (a minute at most).
void showOverviewShown(MainWindow &window)
{
    window.showOverview();
    QElapsedTimer waited;
    waited.start();
    while (window.overviewPage()->isBusy() && waited.elapsed() < 60000)
        QApplication::processEvents(QEventLoop::AllEvents, 50);
}

} // namespace

int saveAll(ReferentialCatalog catalog, const QString &folder)
{
    if (!QDir().mkpath(folder)) {
        std::fprintf(stderr, "%s\n",
            qPrintable(QApplication::translate("main", "Cannot create the folder \"%1\".").arg(folder)));
        return EXIT_FAILURE;
    }
    // The example goes into a throwaway application-data folder.
    QTemporaryDir home;
    if (!home.isValid())
        return EXIT_FAILURE;
    qputenv("XDG_DATA_HOME", home.filePath(QStringLiteral("data")).toLocal8Bit());
    qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral("config")).toLocal8Bit());

    MainWindow window(std::move(catalog), home.filePath(QStringLiteral("settings.ini")));
    window.resize(1200, 820);
    window.openInitialDatabase(home.filePath(QStringLiteral("empty.sqlite")));
    window.show();
    bool ok = save(&window, folder + QLatin1String("/welcome.png"));

    if (!window.openExample())
        return EXIT_FAILURE;
    ok = save(&window, folder + QLatin1String("/establishments.png")) && ok;

    // The école's current draft, on a domain with some of everything.
    EstablishmentsPage *page = window.establishmentsPage();
    const Result<QList<Assessment>> assessments = window.session()->storage().assessments();
    qint64 draft = 0;
    if (assessments) {
        for (const Assessment &a : *assessments) {
            if (a.status == AssessmentStatus::Draft && a.referentialId == QLatin1String("creteil-ecoles"))
                draft = a.id;
        }
    }
    if (draft == 0 || !window.showAssessment(draft))
        return EXIT_FAILURE;
    window.gridEditor()->selectCriterion(QStringLiteral("FOR-2-01"));
    ok = save(&window, folder + QLatin1String("/grid.png")) && ok;
    window.showSummary();
    ok = save(&window, folder + QLatin1String("/summary.png")) && ok;
    // The charts' labels and legends on a small screen.
    window.resize(1024, 768);
    ok = save(&window, folder + QLatin1String("/summary-1024x768.png")) && ok;
    window.resize(1200, 820);
    window.showActionPlan();
    ok = save(&window, folder + QLatin1String("/action-plan.png")) && ok;
    // What if the training planned (FOR-2-01) and the parents' information
    // (FOR-2-04) were done this year?
    window.showGrid();
    window.gridEditor()->setSimulation(true);
    window.gridEditor()->setStatus(QStringLiteral("FOR-2-01"), AnswerStatus::Met);
    window.gridEditor()->setStatus(QStringLiteral("FOR-2-04"), AnswerStatus::Met);
    window.gridEditor()->selectCriterion(QStringLiteral("FOR-2-04"));
    ok = save(&window, folder + QLatin1String("/simulation.png")) && ok;
    window.gridEditor()->setSimulation(false);
    // The pack of the commission numérique of that draft.
    CommissionMeeting meeting;
    meeting.date = QDate(2026, 1, 20);
    meeting.members = QApplication::translate("main",
        "Claire Martin, school director\nKarim Benali, digital "
        "referent\nERUN of the circonscription\nTown hall of "
        "Vitry-sur-Seine, school affairs");
    if (Status written
        = window.exportActions()->exportCommission(folder + QLatin1String("/commission-example.pdf"), meeting);
        !written) {
        std::fprintf(stderr, "%s\n", qPrintable(written.error()));
        ok = false;
    }
    // The report of that draft, as File → Export the PDF report writes it.
    if (Status written = window.exportActions()->exportPdf(folder + QLatin1String("/report-example.pdf")); !written) {
        std::fprintf(stderr, "%s\n", qPrintable(written.error()));
        ok = false;
    }

    // The collège's jalons (annexe 8): their page, their summary, their report.
    qint64 jalons = 0;
    if (assessments) {
        for (const Assessment &a : *assessments) {
            if (a.referentialId == QLatin1String("creteil-jalons"))
                jalons = a.id;
        }
    }
    if (jalons != 0 && window.showAssessment(jalons)) {
        ok = save(&window, folder + QLatin1String("/jalons.png")) && ok;
        window.showSummary();
        ok = save(&window, folder + QLatin1String("/jalons-summary.png")) && ok;
        if (Status written = window.exportActions()->exportPdf(folder + QLatin1String("/report-jalons.pdf"));
            !written) {
            std::fprintf(stderr, "%s\n", qPrintable(written.error()));
            ok = false;
        }
    } else {
        ok = false;
    }

    if (const Establishment *e = page->currentEstablishment()) {
        Establishment wrong = *e;
        wrong.id = 0;
        wrong.uai = QStringLiteral("0941712B");
        EstablishmentDialog dialog(window.session()->storage(), wrong, &window);
        dialog.show();
        ok = save(&dialog, folder + QLatin1String("/establishment-dialog.png")) && ok;
    }

    // An IEN's circonscription, made up by the generator, for the overview.
    if (window.openDatabase(home.filePath(QStringLiteral("circonscription.sqlite")))) {
        const QStringList years = DataGenerator::lastYears(2);
        if (DataGenerator(window.session()->storage().catalog(), 2026)
                .populate(window.session()->storage(), 80, years)) {
            window.session()->notifyEstablishmentsChanged();
            showOverviewShown(window);
            ok = save(&window, folder + QLatin1String("/overview.png")) && ok;
            const qint64 school = window.session()->storage().overview(years.last()).value().value(3).establishmentId;
            EvolutionDialog evolution(*window.session(), school, &window);
            evolution.show();
            ok = save(&evolution, folder + QLatin1String("/evolution.png")) && ok;
        } else {
            ok = false;
        }
    }
    // A circonscription of 40 schools on the small screens of a school: the
    // table, the chart and the buttons all within the window.
    if (window.openDatabase(home.filePath(QStringLiteral("forty.sqlite")))) {
        const QStringList years = DataGenerator::lastYears(2);
        if (DataGenerator(window.session()->storage().catalog(), 40).populate(window.session()->storage(), 40, years)) {
            window.session()->notifyEstablishmentsChanged();
            showOverviewShown(window);
            for (const QSize size : {QSize(1366, 768), QSize(1024, 768)}) {
                window.resize(size);
                const QString name = QStringLiteral("/overview-40-%1x%2.png").arg(size.width()).arg(size.height());
                ok = save(&window, folder + name) && ok;
            }
        } else {
            ok = false;
        }
    }
    return ok ? EXIT_SUCCESS : EXIT_FAILURE;
}

} // namespace Paliers::Screenshots
