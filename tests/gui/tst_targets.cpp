// A principal sets where the school aims, as a person does: the Summary's
// « Cibles… », a palier chosen with the keyboard, OK; then a simulation made
// the targets in one click. The académie's repères, imported before, draw
// the third series; a restart shows what was stored.

#include "analysis/targets.h"
#include "dialoghelper.h"
#include "establishmentspage.h"
#include "exchange/reperesfile.h"
#include "grideditor.h"
#include "indicatorspage.h"
#include "reportrenderer.h"
#include "session.h"
#include "storage/loaders.h"
#include "summaryview.h"
#include "targetsdialog.h"
#include "temporarydatabase.h"
#include "windowtesting.h"

#include <QAbstractSeries>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QTableWidget>
#include <QTabWidget>
#include <QToolButton>
#include <QTreeWidget>

using namespace Paliers;
using namespace Paliers::TestSupport;

namespace {

const QString Year = QStringLiteral("2025-2026");

class TargetsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        Result<ReferentialCatalog> catalog = ReferentialCatalog::bundled();
        ASSERT_TRUE(catalog.ok());
        m_catalog = std::move(catalog).value();
        Result<std::unique_ptr<Session>> session = Session::open(databasePath(), m_catalog);
        ASSERT_TRUE(session.ok());
        Storage &storage = (*session)->storage();
        const Result<qint64> school = storage.addEstablishment(sampleEcole());
        ASSERT_TRUE(school.ok());
        const Result<qint64> assessment = storage.createAssessment(
            {.establishmentId = *school, .referentialId = QStringLiteral("creteil-ecoles"), .schoolYear = Year});
        ASSERT_TRUE(assessment.ok());
        m_assessmentId = *assessment;
        // The académie's repères, as a school imports them: ten schools,
        // the median palier 1 in every domain.
        Reperes reperes;
        reperes.referentialId = QStringLiteral("creteil-ecoles");
        reperes.schoolYear = Year;
        reperes.scope = QStringLiteral("Académie : Créteil");
        reperes.schools = 10;
        for (const Domain &domain : m_catalog.latest(reperes.referentialId)->domains())
            reperes.domains.append({domain.id, {3, 5, 2, 0}, Reperes::median({3, 5, 2, 0})});
        ASSERT_TRUE(storage.storeReperes({reperes}).ok());
    }

    QString databasePath() const { return m_dir.filePath(QStringLiteral("ecole.sqlite")); }

    static QChart *radar(MainWindow &window)
    {
        for (QChartView *view : window.summaryView()->findChildren<QChartView *>()) {
            if (view->accessibleName() == QStringLiteral("Graphique radar des paliers par domaine"))
                return view->chart();
        }
        return nullptr;
    }

    static QStringList seriesNames(QChart *chart)
    {
        QStringList names;
        for (QAbstractSeries *series : chart->series())
            names.append(series->name());
        return names;
    }

    QList<DomainTarget> stored()
    {
        Result<std::unique_ptr<Session>> session = Session::open(databasePath(), m_catalog);
        EXPECT_TRUE(session.ok());
        return session ? (*session)->storage().targets(m_assessmentId).value() : QList<DomainTarget>();
    }

    QTemporaryDir m_dir;
    ReferentialCatalog m_catalog;
    qint64 m_assessmentId = 0;
};

} // namespace

TEST_F(TargetsTest, APrincipalSetsTargetsAndSeesThemBesideTheAcademie)
{
    {
        std::unique_ptr<MainWindow> window = startWindow(m_dir, databasePath());
        ASSERT_NE(window, nullptr);
        window->resize(1100, 760);
        openFirstAssessment(*window);
        QTest::keyClick(window.get(), Qt::Key_3, Qt::ControlModifier); // the Summary
        ASSERT_TRUE(QTest::qWaitFor([&] { return window->summaryView()->isVisible(); }, 2000));
        // Repères, no target yet: two series of the school and the median.
        ASSERT_NE(radar(*window), nullptr);
        EXPECT_TRUE(
            seriesNames(radar(*window)).contains(QStringLiteral("Médiane académique (2025-2026, 10 établissements)")))
            << seriesNames(radar(*window)).join(QLatin1Char('|')).toStdString();
        EXPECT_NE(window->summaryView()->targetsText().indexOf(QStringLiteral("Pas encore de cible")), -1);

        bool filled = false;
        onNextDialog<TargetsDialog>([&filled](TargetsDialog *dialog) {
            QComboBox *formation = nullptr;
            for (QComboBox *box : dialog->findChildren<QComboBox *>()) {
                if (box->accessibleName() == QStringLiteral("Cible : Formation"))
                    formation = box;
            }
            ASSERT_NE(formation, nullptr);
            formation->setFocus();
            // « Pas de cible » → « Palier 1 » → « Palier 2 ».
            QTest::keyClick(formation, Qt::Key_Down);
            QTest::keyClick(formation, Qt::Key_Down);
            filled = formation->currentText() == QStringLiteral("Palier 2");
            QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        });
        QTest::mouseClick(
            window->summaryView()->findChild<QPushButton *>(QStringLiteral("setTargets")), Qt::LeftButton);
        EXPECT_TRUE(filled);
        QTest::qWait(100);
        // Formation: FOR-1-01 and the four criteria of palier 2 to go.
        EXPECT_NE(window->summaryView()->targetsText().indexOf(
                      QStringLiteral("0 domaine sur 1 a atteint sa cible ; Formation : il reste 5 critères")),
            -1)
            << window->summaryView()->targetsText().toStdString();
        const QStringList names = seriesNames(radar(*window));
        EXPECT_TRUE(names.contains(QStringLiteral("Cible"))) << names.join(QLatin1Char('|')).toStdString();
        EXPECT_TRUE(names.contains(QStringLiteral("Palier atteint")));
        EXPECT_TRUE(names.contains(QStringLiteral("Médiane académique (2025-2026, 10 établissements)")));
    }
    // What was stored, read after the window closed: by next year.
    ASSERT_EQ(stored(), (QList<DomainTarget> {{QStringLiteral("FOR"), 2, QStringLiteral("2026-2027")}}));

    {
        // A restart shows it, and the PDF says it too.
        std::unique_ptr<MainWindow> window = startWindow(m_dir, databasePath());
        ASSERT_NE(window, nullptr);
        window->resize(1100, 760);
        openFirstAssessment(*window);
        // A simulation made the targets: PIL's palier 1 tried, one click.
        auto *simulate = window->gridEditor()->findChild<QToolButton *>(QStringLiteral("simulate"));
        ASSERT_NE(simulate, nullptr);
        QTest::mouseClick(simulate, Qt::LeftButton);
        ASSERT_TRUE(window->gridEditor()->isSimulating());
        auto *criteria = window->gridEditor()->findChild<QTreeWidget *>(QStringLiteral("criteria"));
        QTreeWidgetItem *first = nullptr;
        for (QTreeWidgetItemIterator it(criteria); *it; ++it) {
            if (!first && (*it)->toolTip(0).startsWith(QStringLiteral("PIL-1-01")))
                first = *it;
        }
        ASSERT_NE(first, nullptr);
        QTest::mouseClick(criteria->viewport(), Qt::LeftButton, {}, criteria->visualItemRect(first).center());
        for (int i = 0; i < 5; ++i)
            QTest::keyClick(criteria, Qt::Key_1); // atteint, and the next criterion
        auto *make = window->gridEditor()->findChild<QPushButton *>(QStringLiteral("simulationToTargets"));
        ASSERT_TRUE(QTest::qWaitFor([make] { return make->isVisible() && make->isEnabled(); }, 2000));
        QTest::mouseClick(make, Qt::LeftButton);
        QTest::qWait(100);
    }
    // The simulation's PIL palier joined the target typed before; nothing
    // simulated was stored as an answer.
    EXPECT_EQ(stored(),
        (QList<DomainTarget> {{QStringLiteral("PIL"), 1, QStringLiteral("2026-2027")},
            {QStringLiteral("FOR"), 2, QStringLiteral("2026-2027")}}));
    Result<std::unique_ptr<Session>> session = Session::open(databasePath(), m_catalog);
    ASSERT_TRUE(session.ok());
    EXPECT_TRUE((*session)->storage().answers(m_assessmentId).value().isEmpty());

    // The report prints the targets and where the school stands.
    const Result<AssessmentRecord> record = loadAssessmentRecord((*session)->storage(), m_assessmentId);
    ASSERT_TRUE(record.ok());
    const QString pdf = m_dir.filePath(QStringLiteral("rapport.pdf"));
    ASSERT_TRUE(ReportRenderer::writePdf(*record, ExportStamp::now(), pdf).ok());
    QProcess text;
    text.start(
        QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    ASSERT_TRUE(text.waitForFinished(30000));
    const QString printed = QString::fromUtf8(text.readAllStandardOutput()).simplified();
    EXPECT_NE(printed.indexOf(QStringLiteral("Où vise l'établissement, où se situe l'académie")), -1)
        << printed.toStdString();
    EXPECT_NE(printed.indexOf(QStringLiteral("2 en 2026-2027")), -1);
    EXPECT_NE(printed.indexOf(QStringLiteral("en dessous (médiane 1)")), -1);
    EXPECT_NE(printed.indexOf(QStringLiteral("0 domaine sur 2 a atteint sa cible")), -1);
    // The radar's legend, drawn as vector text.
    EXPECT_NE(printed.indexOf(QStringLiteral("Médiane académique (2025-2026, 10 établissements)")), -1);
}

TEST_F(TargetsTest, ADaneKeepsItsRoadmapsIndicatorsAndASchoolImportsTheRepères)
{
    // Two validated assessments of the écoles' grid, the charte in one.
    {
        Result<std::unique_ptr<Session>> session = Session::open(databasePath(), m_catalog);
        ASSERT_TRUE(session.ok());
        Storage &storage = (*session)->storage();
        ASSERT_TRUE(storage.editAnswer(m_assessmentId, {QStringLiteral("PIL-1-02"), AnswerStatus::Met, {}, {}}).ok());
        ASSERT_TRUE(storage.validateAssessment(m_assessmentId).ok());
        Establishment other = sampleEcole();
        other.uai = QStringLiteral("0750656F");
        other.name = QStringLiteral("École maternelle Voltaire");
        const Result<qint64> school = storage.addEstablishment(other);
        ASSERT_TRUE(school.ok());
        const Result<qint64> second = storage.createAssessment(
            {.establishmentId = *school, .referentialId = QStringLiteral("creteil-ecoles"), .schoolYear = Year});
        ASSERT_TRUE(second.ok());
        ASSERT_TRUE(storage.validateAssessment(*second).ok());
    }
    // New repères from the DANE, a file the school received.
    Reperes reperes;
    reperes.referentialId = QStringLiteral("creteil-ecoles");
    reperes.schoolYear = Year;
    reperes.scope = QStringLiteral("Académie : Créteil");
    reperes.schools = 40;
    for (const Domain &domain : m_catalog.latest(reperes.referentialId)->domains())
        reperes.domains.append({domain.id, {10, 20, 10, 0}, Reperes::median({10, 20, 10, 0})});
    ReperesFile::Contents contents;
    contents.issuer = QStringLiteral("DANE de Créteil");
    contents.writtenAt = QDateTime::currentDateTimeUtc();
    contents.reperes = {reperes};
    const QString reperesPath = m_dir.filePath(QStringLiteral("reperes-2025-2026.json"));
    QFile out(reperesPath);
    ASSERT_TRUE(out.open(QIODevice::WriteOnly));
    out.write(ReperesFile::write(contents));
    out.close();

    {
        std::unique_ptr<MainWindow> window = startWindow(m_dir, databasePath());
        ASSERT_NE(window, nullptr);
        window->resize(1100, 760);
        // File → Import the académie's repères…, the file named, Enter.
        QString told;
        onNextDialog<QFileDialog>([&](QFileDialog *dialog) {
            auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
            ASSERT_NE(name, nullptr);
            name->setText(reperesPath);
            onNextDialog<QMessageBox>([&told](QMessageBox *box) {
                told = box->text();
                box->accept();
            });
            QTest::keyClick(name, Qt::Key_Return);
        });
        window->findChild<QAction *>(QStringLiteral("importReperes"))->trigger();
        EXPECT_NE(told.indexOf(QStringLiteral("DANE de Créteil")), -1) << told.toStdString();
        EXPECT_NE(told.indexOf(QStringLiteral("2025-2026 : 40 établissements")), -1) << told.toStdString();

        // View → Indicators (Ctrl+7), the example taken in one click; the
        // window is active again once the dialogs closed.
        window->activateWindow();
        QApplication::setActiveWindow(window.get());
        ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
        QTest::keyClick(window.get(), Qt::Key_7, Qt::ControlModifier);
        IndicatorsPage *page = window->indicatorsPage();
        ASSERT_TRUE(QTest::qWaitFor([page] { return page->isVisible(); }, 2000));
        QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("exampleIndicators")), Qt::LeftButton);
        QTableWidget *table = page->table();
        ASSERT_EQ(table->rowCount(), 7);
        // The roadmap's 2013 and 2014, then 2025-2026, the target last.
        ASSERT_EQ(table->columnCount(), 5);
        EXPECT_EQ(table->horizontalHeaderItem(3)->text(), Year);
        EXPECT_EQ(table->item(0, 1)->text(), QStringLiteral("52 %"));
        EXPECT_EQ(table->horizontalHeaderItem(1)->text(), QStringLiteral("2012-2013\n(feuille de route)"));
        // The charte in one of the two validated écoles.
        EXPECT_EQ(table->item(0, 3)->text(), QStringLiteral("50 % (2)"));
        EXPECT_EQ(table->item(0, 4)->text(), QStringLiteral("100 % en 2016-2017"));

        // One of its own, written as a DANE reads it.
        onNextDialog<IndicatorDialog>([](IndicatorDialog *dialog) {
            auto *label = dialog->findChild<QLineEdit *>(QStringLiteral("indicatorLabel"));
            ASSERT_NE(label, nullptr);
            label->setFocus();
            QTest::keyClicks(label, QStringLiteral("Au moins un enseignant en formation"));
            // The criterion: type its id in the list, as a person jumps to it.
            QComboBox *subject = nullptr;
            for (QComboBox *box : dialog->findChildren<QComboBox *>()) {
                if (box->currentText().startsWith(QStringLiteral("PIL-1-01")))
                    subject = box;
            }
            ASSERT_NE(subject, nullptr);
            subject->setCurrentIndex(subject->findData(QStringLiteral("FOR-1-01")));
            QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        });
        QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("addIndicator")), Qt::LeftButton);
        ASSERT_EQ(table->rowCount(), 8);
        EXPECT_EQ(table->item(7, 0)->text(), QStringLiteral("Au moins un enseignant en formation"));
        EXPECT_EQ(table->item(7, 3)->text(), QStringLiteral("0 % (2)"));
    }
    // After a restart: kept, and the repères the Summary stands beside.
    Result<std::unique_ptr<Session>> session = Session::open(databasePath(), m_catalog);
    ASSERT_TRUE(session.ok());
    const QList<Indicator> kept = (*session)->storage().indicators().value();
    ASSERT_EQ(kept.size(), 8);
    EXPECT_EQ(kept.last().subject, QStringLiteral("FOR-1-01"));
    const std::optional<Reperes> standing
        = (*session)->storage().reperesFor(QStringLiteral("creteil-ecoles"), Year).value();
    ASSERT_TRUE(standing.has_value());
    EXPECT_EQ(standing->schools, 40);
}
