// Cold start to the first painted main window, as whole processes:
// Paliers on a database of 5,000 establishments (3 years of assessments
// each) against a bare Qt Widgets + Qt Charts window, alternated in one run.
// Target: at most 1.2x (issue 23). Prints the medians and the ratio, the
// median of each run's ratio to the bare run next to it.
#include "largedatabase.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <vector>

namespace {

constexpr int Runs = 21;
constexpr double Target = 1.2;

// Milliseconds from starting the process to its "painted" line.
double runOnce(const QString &program, const QStringList &arguments, const QProcessEnvironment &environment)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    double painted = -1;
    while (painted < 0 && process.waitForReadyRead(60000)) {
        if (process.readAll().contains("painted"))
            painted = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    }
    if (painted < 0 || !process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0)
        qFatal("%s did not start, paint and quit cleanly", qPrintable(program));
    return painted;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    const Paliers::ReferentialCatalog catalog = Paliers::ReferentialCatalog::bundled().value();
    // `bench_startup FILE` keeps the database in FILE (made once), for profiling.
    const QStringList arguments = QCoreApplication::arguments();
    const QString database = arguments.size() > 1 && QFileInfo::exists(arguments.at(1))
        ? arguments.at(1)
        : Paliers::Bench::LargeDatabase::create(
            arguments.size() > 1 ? arguments.at(1) : dir.filePath(QStringLiteral("large.sqlite")), catalog);

    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (!environment.contains(QStringLiteral("DISPLAY")) && !environment.contains(QStringLiteral("WAYLAND_DISPLAY")))
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));

    const QString paliers = QStringLiteral(PALIERS_GUI_EXECUTABLE);
    const QStringList paliersArguments {
        QStringLiteral("--database"), database, QStringLiteral("--quit-after-first-paint")};
    const QString bare = QStringLiteral(BARE_WINDOW_EXECUTABLE);

    // One warm-up each (page cache, font cache), then alternate.
    runOnce(paliers, paliersArguments, environment);
    runOnce(bare, {}, environment);
    std::vector<double> measured;
    std::vector<double> baseline;
    for (int i = 0; i < Runs; ++i) {
        measured.push_back(runOnce(paliers, paliersArguments, environment));
        baseline.push_back(runOnce(bare, {}, environment));
    }
    // Each Paliers run against the bare run right after it: the two share
    // the machine's state of the moment (another process's burst, the CPU's
    // clock), which the medians of the two series, taken apart, do not.
    std::vector<double> ratios;
    for (int i = 0; i < Runs; ++i)
        ratios.push_back(measured.at(i) / baseline.at(i));
    const double ratio = median(ratios);
    std::printf("start-up to first paint, median of %d runs\n", Runs);
    std::printf("  Paliers on 5,000 establishments  %8.1f ms\n", median(measured));
    std::printf("  bare Qt Widgets + Charts window  %8.1f ms\n", median(baseline));
    std::printf("  ratio of the medians %.2f (reference)\n", median(measured) / median(baseline));
    std::printf("  ratio, median of the %d pairs %.2f (target %.2fx) %s\n", Runs, ratio, Target,
        ratio <= Target ? "ok" : "OVER TARGET");
    return ratio <= Target ? EXIT_SUCCESS : EXIT_FAILURE;
}
