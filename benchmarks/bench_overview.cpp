// The overview of 60,000 schools as a person uses it, in the real window:
// asking for it (Ctrl+5), typing in its search box, changing a filter,
// sorting a column, changing the year. Each step is timed from the input
// to the table repainted, with the longest time the window could not
// answer while the step finished (off-thread work counts only for the
// moments it blocks the GUI thread). Then the peak memory of Paliers with
// the overview open, in a process of its own, and of `paliers-cli
// consolidate` on the same database, against their targets.
//
//   bench_overview [FILE]   keeps the database in FILE (made once)
#include "i18n.h"
#include "largedatabase.h"
#include "mainwindow.h"
#include "overviewmodel.h"
#include "overviewpage.h"
#include "session.h"
#include "storage/storage.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <functional>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QLineEdit>
#include <QProcess>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

using namespace Paliers;

namespace {

constexpr int Schools = 60000;
constexpr double FrameMs = 16.0;
constexpr double FirstScreenMs = 150.0;
constexpr int FirstRows = 100;
// Peak memory targets, in MiB. The overview keeps one row per assessment
// in memory (names, commune, circonscription, paliers: about 1 KiB with
// Qt's containers), so 60,000 rows weigh some 60 MiB over what Qt Widgets,
// Qt Charts and the fonts take (about 60 MiB for a bare window here); a DANE's
// laptop with 4 GiB keeps that without swapping. The CLI has no widgets:
// the same rows and the report's charts.
constexpr double GuiPeakMiB = 200.0;
constexpr double CliPeakMiB = 150.0;

bool g_allWithinTarget = true;

double elapsedMs(const QElapsedTimer &timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

struct Step
{
    double answerMs = 0; // from the input to the table repainted with the answer
    double blockedMs = 0; // the longest moment the event loop did not run
};

// Runs `input`, then the event loop until `done()` holds and nothing is
// pending, and repaints the window. The time `input` itself takes counts
// as blocked: it is the GUI thread's.
Step measure(QWidget *window, const std::function<void()> &input, const std::function<bool()> &done)
{
    Step step;
    QElapsedTimer total;
    total.start();
    QElapsedTimer slice;
    slice.start();
    input();
    step.blockedMs = elapsedMs(slice);
    do {
        slice.restart();
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        step.blockedMs = std::max(step.blockedMs, elapsedMs(slice));
        if (elapsedMs(total) > 120000)
            qFatal("the overview did not answer within two minutes");
    } while (!done());
    slice.restart();
    window->repaint();
    step.blockedMs = std::max(step.blockedMs, elapsedMs(slice));
    step.answerMs = elapsedMs(total);
    return step;
}

// What the window does on its own after a step (the analysis after a
// pause in the typing, say): the longest moment it does not answer.
double idleBlockedMs(int forMs)
{
    double worst = 0;
    QElapsedTimer total;
    total.start();
    while (elapsedMs(total) < forMs) {
        QElapsedTimer slice;
        slice.start();
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        worst = std::max(worst, elapsedMs(slice));
    }
    return worst;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values.at(values.size() / 2);
}

void report(const char *what, double measured, double target)
{
    const bool ok = measured <= target;
    g_allWithinTarget = g_allWithinTarget && ok;
    std::printf("  %-52s %9.1f ms  target %6.0f ms  %s\n", what, measured, target, ok ? "ok" : "OVER TARGET");
}

void reportMiB(const char *what, double measured, double yardstick, double target)
{
    const bool ok = measured <= target;
    g_allWithinTarget = g_allWithinTarget && ok;
    std::printf("  %-40s %7.1f MiB  (bare: %6.1f MiB, ratio %.2f)  target %5.0f MiB  %s\n", what, measured, yardstick,
        yardstick > 0 ? measured / yardstick : 0.0, target, ok ? "ok" : "OVER TARGET");
}

// This process's peak resident memory, from the kernel.
double peakMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').constFirst().toDouble() / 1024.0;
    }
    return 0;
}

// `bench_overview --peak-of PROGRAM ARGS...`: runs PROGRAM and prints its
// peak resident memory in KiB, as wait4() reports it. A child forked from
// this process with the overview open would count the parent's pages until
// its exec: the measure is taken from a fresh, small process instead.
int printPeakOf(char *argv[])
{
    const pid_t pid = fork();
    if (pid == 0) {
        const int null = open("/dev/null", O_WRONLY);
        if (null >= 0)
            dup2(null, STDOUT_FILENO);
        execv(argv[0], argv);
        std::_Exit(127);
    }
    int status = 0;
    rusage usage {};
    if (pid < 0 || wait4(pid, &status, 0, &usage) != pid || !WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        std::fprintf(stderr, "%s failed\n", argv[0]);
        return EXIT_FAILURE;
    }
    std::printf("%ld\n", usage.ru_maxrss);
    return EXIT_SUCCESS;
}

// Runs `program` through `bench_overview --peak-of` and returns its peak
// resident memory in MiB.
double peakOfProcessMiB(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(
        QCoreApplication::applicationFilePath(), QStringList {QStringLiteral("--peak-of"), program} + arguments);
    bool ok = process.waitForFinished(600000) && process.exitCode() == 0;
    const double kib = process.readAllStandardOutput().trimmed().toDouble(&ok);
    if (!ok)
        qFatal("cannot measure the memory of %s", qPrintable(program));
    return kib / 1024.0;
}

// `bench_overview --overview-of FILE`: what the peak memory is taken of.
// Paliers as a person starts it on FILE: the window, the overview of the
// latest year shown whole, then the year before. Alone in its process, so
// that what this benchmark builds to time the reading (three years of rows
// freed on the GUI thread, kept by the allocator for that thread) does not
// count as the window's.
int showOverviewOf(const QString &path, const ReferentialCatalog &catalog, const QString &settings)
{
    MainWindow window(catalog, settings);
    window.openInitialDatabase(path);
    window.resize(1280, 800);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return EXIT_FAILURE;
    window.findChild<QAction *>(QStringLiteral("showOverview"))->trigger();
    auto *page = window.findChild<OverviewPage *>();
    const auto yearShown = [&] {
        return page && !page->isLoading() && page->filterModel()->rowCount() == Schools;
    };
    if (!page || !QTest::qWaitFor(yearShown, 120000))
        return EXIT_FAILURE;
    auto *year = page->findChild<QComboBox *>(QStringLiteral("overviewYear"));
    year->setCurrentIndex(year->currentIndex() == 0 ? 1 : 0);
    if (!QTest::qWaitFor(yearShown, 120000))
        return EXIT_FAILURE;
    // The analysis drawn for that year.
    QTest::qWait(600);
    return EXIT_SUCCESS;
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc > 2 && std::strcmp(argv[1], "--peak-of") == 0)
        return printPeakOf(argv + 2);
    if (!qEnvironmentVariableIsSet("DISPLAY") && !qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setApplicationVersion(QStringLiteral(PALIERS_VERSION));
    // French, as Paliers starts: names sorted as a French reader expects
    // (ICU's collation, not the code points of the C locale).
    if (!I18n::install(QStringLiteral("fr")))
        qFatal("the French catalogue is missing");
    QTemporaryDir dir;
    const ReferentialCatalog catalog = ReferentialCatalog::bundled().value();
    if (argc > 2 && std::strcmp(argv[1], "--overview-of") == 0)
        return showOverviewOf(QString::fromLocal8Bit(argv[2]), catalog, dir.filePath(QStringLiteral("settings.ini")));
    const QStringList arguments = QCoreApplication::arguments();
    const QString path = arguments.size() > 1 ? arguments.at(1) : dir.filePath(QStringLiteral("overview.sqlite"));
    if (!QFileInfo::exists(path))
        Bench::LargeDatabase::create(path, catalog, Schools, 2);
    const QStringList years {QStringLiteral("2024-2025"), QStringLiteral("2023-2024")};
    {
        // The first overview of a year computes and keeps every summary:
        // once per database, not measured.
        std::unique_ptr<Database> database = Database::open(path).value();
        Storage storage(*database, catalog);
        for (const QString &year : years) {
            if (storage.overview(year).value().size() != Schools)
                qFatal("the database is not as expected");
        }
    }

    {
        // Where the first screen's time goes: the reading thread's phases,
        // each timed alone here (median of 3).
        std::vector<double> opening;
        std::vector<double> reading;
        std::vector<double> keying;
        std::vector<double> firstRows;
        for (int run = 0; run < 3; ++run) {
            QElapsedTimer timer;
            timer.start();
            std::unique_ptr<Database> database = Database::open(path).value();
            opening.push_back(elapsedMs(timer));
            timer.restart();
            Storage storage(*database, catalog);
            const QList<OverviewRow> rows = storage.overview(years.constFirst()).value();
            reading.push_back(elapsedMs(timer));
            timer.restart();
            const OverviewKeys keys = OverviewKeys::of(rows);
            keying.push_back(elapsedMs(timer));
            timer.restart();
            const QList<OverviewRow> first = storage.overviewFirstRows(years.constFirst(), FirstRows).value();
            firstRows.push_back(elapsedMs(timer));
            // The first screen is the table's, as its proxy sorts the year.
            OverviewModel model(catalog);
            model.setRows(rows, keys);
            OverviewFilterModel sorted;
            sorted.setSourceModel(&model);
            sorted.sort(OverviewModel::Name);
            for (int row = 0; row < FirstRows; ++row) {
                if (first.at(row).assessmentId != sorted.acceptedRows().at(row).assessmentId)
                    qFatal("the first rows are not those the table shows first (row %d)", row);
            }
        }
        std::printf("the reading thread's phases, for %d schools\n", Schools);
        std::printf("  %-52s %9.1f ms\n", "opening the database (its checks)", median(opening));
        std::printf("  %-52s %9.1f ms\n", "Storage::overview (the query, the rows)", median(reading));
        std::printf("  %-52s %9.1f ms\n", "OverviewKeys::of (sort keys, search text)", median(keying));
        std::printf("  %-52s %9.1f ms\n", "Storage::overviewFirstRows (the first screen)", median(firstRows));
    }

    MainWindow window(catalog, dir.filePath(QStringLiteral("settings.ini")));
    window.openInitialDatabase(path);
    window.resize(1280, 800);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        qFatal("the window was not shown");
    QTest::qWait(200);

    std::printf("overview of %d schools, in the window (1280x800)\n", Schools);
    QAction *showOverview = window.findChild<QAction *>(QStringLiteral("showOverview"));
    OverviewPage *page = nullptr;
    // The first screen: the table's first rows in its order, the rest
    // still read; then the whole year (searching, sorting, exporting).
    const auto firstScreen = [&] {
        page = window.findChild<OverviewPage *>();
        return page && page->isVisible() && page->filterModel()->rowCount() > 0;
    };
    const auto shown = [&] {
        page = window.findChild<OverviewPage *>();
        return page && page->isVisible() && !page->isLoading() && page->filterModel()->rowCount() == Schools;
    };
    const Step first = measure(
        &window, [&] { showOverview->trigger(); }, firstScreen);
    report("first screen, from Ctrl+5", first.answerMs, FirstScreenMs);
    report("  longest the window did not answer meanwhile", first.blockedMs, FrameMs);
    QList<qint64> firstIds;
    for (int row = 0; row < page->filterModel()->rowCount(); ++row)
        firstIds.append(page->filterModel()->index(row, 0).data(OverviewModel::AssessmentIdRole).toLongLong());
    const Step whole = measure(
        &window, [] {}, shown);
    std::printf("  %-40s %9.1f ms\n", "the whole year read, from Ctrl+5", first.answerMs + whole.answerMs);
    report("  longest the window did not answer meanwhile", whole.blockedMs, FrameMs);
    for (int row = 0; row < firstIds.size(); ++row) {
        if (page->filterModel()->index(row, 0).data(OverviewModel::AssessmentIdRole).toLongLong() != firstIds.at(row))
            qFatal("the first screen showed other rows than the year read whole (row %d)", row);
    }
    report("  then, on its own (the analysis drawn)", idleBlockedMs(600), FrameMs);

    auto *search = page->findChild<QLineEdit *>(QStringLiteral("overviewSearch"));
    auto *table = page->findChild<QTableView *>(QStringLiteral("overviewTable"));
    search->setFocus();
    // Typing a commune's start, erasing it, typing a UAI's start.
    std::vector<double> keystrokes;
    double keystrokeBlocked = 0;
    const auto type = [&](Qt::Key key, char character) {
        const QString before = search->text();
        const Step step = measure(
            &window, [&] { QTest::keyClick(search, key, Qt::NoModifier); }, [&] { return search->text() != before; });
        keystrokes.push_back(step.answerMs);
        keystrokeBlocked = std::max(keystrokeBlocked, step.blockedMs);
        Q_UNUSED(character);
    };
    for (const char character : QByteArrayLiteral("ecole")) {
        if (character)
            type(static_cast<Qt::Key>(Qt::Key_A + (character - 'a')), character);
    }
    for (int i = 0; i < 5; ++i)
        type(Qt::Key_Backspace, 0);
    type(Qt::Key_9, '9');
    type(Qt::Key_4, '4');
    type(Qt::Key_Backspace, 0);
    type(Qt::Key_Backspace, 0);
    const double afterTyping = idleBlockedMs(600);
    report("keystroke in the search box, worst", *std::max_element(keystrokes.begin(), keystrokes.end()), FrameMs);
    std::printf("  %-52s %9.1f ms\n", "keystroke in the search box, median", median(keystrokes));
    report("  longest the window did not answer meanwhile", keystrokeBlocked, FrameMs);
    report("  then, after the pause (the analysis drawn)", afterTyping, FrameMs);

    QComboBox *kind = nullptr;
    for (QComboBox *box : page->findChildren<QComboBox *>()) {
        if (box->accessibleName() == OverviewPage::tr("Kind"))
            kind = box;
    }
    if (!kind)
        qFatal("no kind filter");
    std::vector<double> filters;
    double filterBlocked = 0;
    for (int index : {1, 2, 0}) {
        const Step step = measure(
            &window, [&] { kind->setCurrentIndex(index); }, [] { return true; });
        filters.push_back(step.answerMs);
        filterBlocked = std::max(filterBlocked, step.blockedMs);
    }
    report("filter on the kind, worst", *std::max_element(filters.begin(), filters.end()), FrameMs);
    idleBlockedMs(400);

    QHeaderView *header = table->horizontalHeader();
    std::vector<double> sorts;
    double sortBlocked = 0;
    for (int column : {int(OverviewModel::Commune), int(OverviewModel::Overall), int(OverviewModel::FirstDomain),
             int(OverviewModel::Name), int(OverviewModel::Name)}) {
        const QPoint at(
            header->sectionViewportPosition(column) + header->sectionSize(column) / 2, header->height() / 2);
        const Step step = measure(
            &window, [&] { QTest::mouseClick(header->viewport(), Qt::LeftButton, Qt::NoModifier, at); },
            [] { return true; });
        sorts.push_back(step.answerMs);
        sortBlocked = std::max(sortBlocked, step.blockedMs);
    }
    report("sorting a column (header clicked), worst", *std::max_element(sorts.begin(), sorts.end()), FrameMs);
    std::printf("  %-52s %9.1f ms\n", "sorting a column, median", median(sorts));

    auto *year = page->findChild<QComboBox *>(QStringLiteral("overviewYear"));
    const int other = year->currentIndex() == 0 ? 1 : 0;
    const Step yearStep = measure(
        &window, [&] { year->setCurrentIndex(other); },
        [&] { return !page->isLoading() && page->filterModel()->rowCount() == Schools; });
    std::printf("  %-52s %9.1f ms\n", "another year, to its table shown", yearStep.answerMs);
    report("  longest the window did not answer meanwhile", yearStep.blockedMs, FrameMs);
    idleBlockedMs(600);

    std::printf("peak memory\n");
    const double bare = peakOfProcessMiB(QStringLiteral(BARE_WINDOW_EXECUTABLE), {});
    const double gui
        = peakOfProcessMiB(QCoreApplication::applicationFilePath(), {QStringLiteral("--overview-of"), path});
    reportMiB("Paliers with the overview of 60,000 open", gui, bare, GuiPeakMiB);
    std::printf("  %-40s %7.1f MiB\n", "this benchmark's process (reference)", peakMiB());
    const double cli = peakOfProcessMiB(QStringLiteral(PALIERS_CLI_EXECUTABLE),
        {QStringLiteral("--db"), path, QStringLiteral("consolidate"), QStringLiteral("--year"), years.constFirst(),
            QStringLiteral("--pdf"), dir.filePath(QStringLiteral("consolidation.pdf"))});
    const double sqlite = peakOfProcessMiB(
        QStringLiteral("/usr/bin/sqlite3"), {path, QStringLiteral("SELECT count(*) FROM assessment")});
    reportMiB("paliers-cli consolidate --pdf on 60,000", cli, sqlite, CliPeakMiB);
    return g_allWithinTarget ? EXIT_SUCCESS : EXIT_FAILURE;
}
