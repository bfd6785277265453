// Exporting the PDF report of a fully answered 67-criterion assessment, with
// its chart, against LibreOffice converting an equivalent document made from
// the same data (an HTML file with the same tables, texts and chart) to PDF.
// Target: Paliers at least 20 times faster, i.e. a ratio of at most 0.05.
// LibreOffice is installed for this benchmark only (scripts/dev.sh bench),
// never as a dependency of Paliers.
#include "analysis/assessmentrecord.h"
#include "palierscharts.h"
#include "ratioreporter.h"
#include "reportrenderer.h"
#include "storage/loaders.h"
#include "storage/storage.h"

#include <benchmark/benchmark.h>
#include <memory>
#include <QApplication>
#include <QBuffer>
#include <QChart>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUrl>

using namespace Paliers;

namespace {

struct Fixture
{
    QTemporaryDir dir;
    std::unique_ptr<Database> database;
    std::unique_ptr<Storage> storage;
    qint64 assessmentId = 0;
    AssessmentRecord report;
    QString html;
};

Fixture &fixture()
{
    static Fixture *instance = [] {
        auto *created = new Fixture;
        created->database = Database::open(created->dir.filePath(QStringLiteral("paliers.sqlite"))).value();
        created->storage = std::make_unique<Storage>(*created->database, ReferentialCatalog::bundled().value());
        Establishment school;
        school.uai = QStringLiteral("0941712A");
        school.name = QStringLiteral("École élémentaire des Tilleuls");
        school.kind = EstablishmentKind::EcoleElementaire;
        school.commune = QStringLiteral("Vitry-sur-Seine");
        school.circonscription = QStringLiteral("Vitry-sur-Seine Est");
        school.academie = QStringLiteral("Créteil");
        school.headName = QStringLiteral("Claire Martin");
        const qint64 schoolId = created->storage->addEstablishment(school).value();
        created->assessmentId
            = created->storage
                  ->createAssessment({schoolId, QStringLiteral("creteil-ecoles"), QStringLiteral("2025-2026"),
                      QStringLiteral("Claire Martin"), QStringLiteral("directrice"), std::nullopt})
                  .value();
        const Referential *referential = created->storage->catalog().latest(QStringLiteral("creteil-ecoles"));
        QList<AnswerEdit> edits;
        int i = 0;
        for (const Criterion &c : referential->criteria()) {
            const AnswerStatus status = c.level == 1 ? AnswerStatus::Met
                : c.level == 2                       ? (i % 3 ? AnswerStatus::Met : AnswerStatus::InProgress)
                                                     : (i % 2 ? AnswerStatus::NotMet : AnswerStatus::NotApplicable);
            edits.append({c.id, status,
                QStringLiteral("Constat de l'équipe pour %1 : discuté en conseil des maîtres, "
                               "à revoir au prochain conseil d'école.")
                    .arg(c.id),
                QStringLiteral("Compte rendu du conseil du 12 octobre, classeur numérique")});
            ++i;
        }
        if (!created->storage->editAnswers(created->assessmentId, edits))
            qFatal("cannot fill the assessment");
        created->report = loadAssessmentRecord(*created->storage, created->assessmentId).value();
        return created;
    }();
    return *instance;
}

QString escaped(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>"));
}

// The same content as the PDF report, as a document LibreOffice can convert:
// identity, palier table, the radar chart (as a picture), every criterion
// with status, comment and evidence, the next steps and the signatures.
QString equivalentHtml(const AssessmentRecord &report, const QString &chartPath)
{
    const Referential &r = *report.referential;
    QString html = QStringLiteral("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Paliers</title>"
                                  "<style>body{font-family:'DejaVu Sans';font-size:9pt}"
                                  "table{border-collapse:collapse;width:100%}td,th{border:1px solid #999;padding:3px}"
                                  "h1{page-break-before:always}</style></head><body>");
    html += QStringLiteral("<h2>Paliers de maturité numérique</h2><p>%1</p><table>").arg(escaped(r.title()));
    const Establishment &e = report.establishment;
    for (const auto &[label, value] :
        QList<std::pair<QString, QString>> {{QStringLiteral("Établissement"), e.name}, {QStringLiteral("UAI"), e.uai},
            {QStringLiteral("Commune"), e.commune}, {QStringLiteral("Circonscription"), e.circonscription},
            {QStringLiteral("Année scolaire"), report.assessment.schoolYear},
            {QStringLiteral("Statut"), QStringLiteral("Brouillon")}})
        html += QStringLiteral("<tr><th>%1</th><td>%2</td></tr>").arg(escaped(label), escaped(value));
    html += QStringLiteral("</table><h3>Paliers atteints</h3><table><tr><th>Domaine</th><th>Palier</th>"
                           "<th>P1</th><th>P2</th><th>P3</th></tr>");
    for (const DomainResult &d : report.evaluation.domains) {
        html += QStringLiteral("<tr><td>%1</td><td>%2</td>").arg(escaped(r.domain(d.domainId)->title)).arg(d.palier);
        for (const LevelTally &t : d.levels)
            html += QStringLiteral("<td>%1 / %2</td>").arg(t.met).arg(t.applicable());
        html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table><p><img src=\"%1\" width=\"500\"></p>").arg(chartPath);
    int number = 0;
    for (const Domain &domain : r.domains()) {
        html += QStringLiteral("<h1>%1. %2</h1>").arg(++number).arg(escaped(domain.title));
        for (const Level &level : r.levels()) {
            html += QStringLiteral("<h3>%1 — %2</h3><table>").arg(escaped(level.title), escaped(level.description));
            for (const Criterion *c : r.criteriaOf(domain.id, level.number)) {
                const Answer *a = report.answer(c->id);
                html += QStringLiteral("<tr><td>%1</td><td><b>%2</b><br>%3<br><i>Commentaire : %4</i><br>"
                                       "<i>Preuve : %5</i></td></tr>")
                            .arg(escaped(answerStatusLabel(a ? a->status : AnswerStatus::Unanswered)), c->id,
                                escaped(c->text), escaped(a ? a->comment : QString()),
                                escaped(a ? a->evidence : QString()));
            }
            html += QStringLiteral("</table>");
        }
    }
    html += QStringLiteral("<h1>Pour progresser</h1><ul>");
    for (const DomainResult &d : report.evaluation.domains) {
        for (const QString &id : d.blocking)
            html += QStringLiteral("<li>%1 — %2</li>").arg(id, escaped(r.criterion(id)->text));
    }
    html += QStringLiteral("</ul><h2>Signatures</h2><p>Fait à ____________, le ____ / ____ / ______</p>"
                           "<table><tr><td height=\"120\">La directrice ou le directeur d'école</td>"
                           "<td>Visa de l'IEN de la circonscription</td></tr></table></body></html>");
    return html;
}

QString sofficePath()
{
    for (const char *name : {"soffice", "libreoffice"}) {
        const QString path = QStandardPaths::findExecutable(QString::fromLatin1(name));
        if (!path.isEmpty())
            return path;
    }
    return QString();
}

void BM_PaliersReportPdf(benchmark::State &state)
{
    Fixture &f = fixture();
    const QString path = f.dir.filePath(QStringLiteral("rapport.pdf"));
    for (auto _ : state) {
        if (!ReportRenderer::writePdf(f.report, ExportStamp::now(), path))
            qFatal("the report was not written");
    }
}
BENCHMARK(BM_PaliersReportPdf)->Unit(benchmark::kMillisecond)->MinTime(1.0);

void runCli(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(PALIERS_CLI_EXECUTABLE), arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        qFatal(
            "paliers-cli %s failed: %s", qPrintable(arguments.join(u' ')), process.readAllStandardError().constData());
}

// The same export as a user runs it: a process that opens the database,
// reads the assessment and writes the PDF.
void BM_PaliersCliExport(benchmark::State &state)
{
    Fixture &f = fixture();
    const QString out = f.dir.filePath(QStringLiteral("rapport-cli.pdf"));
    for (auto _ : state)
        runCli({QStringLiteral("--db"), f.database->path(), QStringLiteral("export"), QString::number(f.assessmentId),
            QStringLiteral("--pdf"), out});
}
BENCHMARK(BM_PaliersCliExport)->Unit(benchmark::kMillisecond)->Iterations(3);

// What that process does before the PDF, as processes that stop sooner.
// The start: the libraries loaded, QApplication and its platform, the
// translations (paliers-cli --version).
void BM_PaliersCliStart(benchmark::State &state)
{
    for (auto _ : state)
        runCli({QStringLiteral("--version")});
}
BENCHMARK(BM_PaliersCliStart)->Unit(benchmark::kMillisecond)->Iterations(3);

// The start, then the catalogue, the database opened and checked and the
// assessment read: the same export with a JSON file instead of the PDF.
void BM_PaliersCliExportJson(benchmark::State &state)
{
    Fixture &f = fixture();
    const QString out = f.dir.filePath(QStringLiteral("rapport-cli.json"));
    for (auto _ : state)
        runCli({QStringLiteral("--db"), f.database->path(), QStringLiteral("export"), QString::number(f.assessmentId),
            QStringLiteral("--json"), out});
}
BENCHMARK(BM_PaliersCliExportJson)->Unit(benchmark::kMillisecond)->Iterations(3);

void BM_LibreOfficeConvert(benchmark::State &state)
{
    Fixture &f = fixture();
    const QString soffice = sofficePath();
    if (soffice.isEmpty()) {
        state.SkipWithError("LibreOffice is not installed (apt-get install libreoffice-writer-nogui)");
        return;
    }
    // The chart as a picture, and the document, written once.
    const QString chartPath = f.dir.filePath(QStringLiteral("radar.png"));
    {
        std::unique_ptr<QChart> chart(PaliersCharts::createRadarChart(*f.report.referential, f.report.evaluation));
        QImage image(1000, 700, QImage::Format_ARGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        PaliersCharts::render(chart.get(), &painter, QRectF(0, 0, 1000, 700));
        painter.end();
        image.save(chartPath);
    }
    const QString htmlPath = f.dir.filePath(QStringLiteral("rapport.html"));
    QFile html(htmlPath);
    if (!html.open(QIODevice::WriteOnly))
        qFatal("cannot write the HTML document");
    html.write(equivalentHtml(f.report, chartPath).toUtf8());
    html.close();
    const QString profile = QUrl::fromLocalFile(f.dir.filePath(QStringLiteral("lo-profile"))).toString();
    const QStringList arguments {QStringLiteral("-env:UserInstallation=%1").arg(profile), QStringLiteral("--headless"),
        QStringLiteral("--norestore"), QStringLiteral("--convert-to"), QStringLiteral("pdf:writer_web_pdf_Export"),
        QStringLiteral("--outdir"), f.dir.filePath(QStringLiteral("lo")), htmlPath};
    const auto convert = [&] {
        QProcess process;
        process.start(soffice, arguments);
        if (!process.waitForFinished(180000) || process.exitCode() != 0
            || !QFile::exists(f.dir.filePath(QStringLiteral("lo/rapport.pdf"))))
            qFatal("LibreOffice did not convert: %s", process.readAllStandardError().constData());
    };
    static bool warmedUp = false;
    if (!warmedUp) {
        convert(); // the first start creates LibreOffice's profile: not measured
        warmedUp = true;
    }
    for (auto _ : state)
        convert();
}
BENCHMARK(BM_LibreOfficeConvert)->Unit(benchmark::kMillisecond)->Iterations(1);

} // namespace

int main(int argc, char *argv[])
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setApplicationVersion(QStringLiteral(PALIERS_VERSION));
    // The phases of the CLI process, as shares of it, for reference.
    Paliers::Bench::RatioReporter reporter(
        {{"BM_PaliersReportPdf", "BM_LibreOfficeConvert", 0.05}, {"BM_PaliersCliExport", "BM_LibreOfficeConvert", 0.05},
            {"BM_PaliersCliStart", "BM_PaliersCliExport", 0}, {"BM_PaliersCliExportJson", "BM_PaliersCliExport", 0}});
    return Paliers::Bench::runBenchmarks(argc, argv, reporter);
}
