// Changing one answer to seeing the new palier: the answer is written to the
// database, the domain re-evaluated, and the grid editor repainted, in one
// go. Target: within one frame (16 ms) median.
#include "grideditor.h"
#include "mainwindow.h"
#include "ratioreporter.h"
#include "session.h"

#include <benchmark/benchmark.h>
#include <QApplication>
#include <QTemporaryDir>

using namespace Paliers;

namespace {

void BM_AnswerToPalier(benchmark::State &state)
{
    QTemporaryDir dir;
    MainWindow window(ReferentialCatalog::bundled().value(), dir.filePath(QStringLiteral("settings.ini")));
    window.openInitialDatabase(dir.filePath(QStringLiteral("paliers.sqlite")));
    Storage &storage = window.session()->storage();
    Establishment school;
    school.uai = QStringLiteral("0750655E");
    school.name = QStringLiteral("École");
    school.kind = EstablishmentKind::EcoleElementaire;
    const qint64 schoolId = storage.addEstablishment(school).value();
    const qint64 id = storage
                          .createAssessment({schoolId, QStringLiteral("creteil-ecoles"), QStringLiteral("2025-2026"),
                              QString(), QString(), std::nullopt})
                          .value();
    window.resize(1100, 760);
    window.show();
    if (!window.showAssessment(id))
        qFatal("cannot show the assessment");
    QApplication::processEvents();
    GridEditor *grid = window.gridEditor();
    // PIL-1-01 to PIL-1-04 met: the fifth decides between palier 0 and 1.
    for (const char *criterion : {"PIL-1-01", "PIL-1-02", "PIL-1-03", "PIL-1-04"})
        grid->setStatus(QString::fromLatin1(criterion), AnswerStatus::Met);
    bool met = false;
    for (auto _ : state) {
        met = !met;
        grid->setStatus(QStringLiteral("PIL-1-05"), met ? AnswerStatus::Met : AnswerStatus::NotMet);
        grid->repaint(); // synchronous: what the user sees
        if (grid->evaluation().domain(QStringLiteral("PIL"))->palier != (met ? 1 : 0))
            qFatal("the palier did not follow the answer");
    }
}
BENCHMARK(BM_AnswerToPalier)->Unit(benchmark::kMillisecond)->MinTime(2.0);

} // namespace

int main(int argc, char *argv[])
{
    if (!qEnvironmentVariableIsSet("DISPLAY") && !qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    Paliers::Bench::RatioReporter reporter({}, {{"BM_AnswerToPalier", 16.0}});
    return Paliers::Bench::runBenchmarks(argc, argv, reporter);
}
