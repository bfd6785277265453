#include "clitool.h"
#include "commissionrenderer.h"
#include "exportfixture.h"
#include "reportstyle.h"
#include "storage/loaders.h"
#include "temporarydatabase.h"

#include <gtest/gtest.h>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>

using namespace Paliers;
using namespace Paliers::TestSupport;

namespace {

QString tr(const char *text)
{
    return squeezed(QCoreApplication::translate("CommissionRenderer", text));
}

// Last year's écoles assessment and this year's, started from it: FOR rises
// to palier 1 (FOR-1-01 met), PIL-1-02 is lost (a regression), one action of
// last year's plan was done and an open one carried over.
class CommissionTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        Storage &storage = m_db.storage();
        const qint64 school = storage.addEstablishment(sampleEcole()).value();
        m_last = storage
                     .createAssessment({school, QStringLiteral("creteil-ecoles"), QStringLiteral("2024-2025"),
                         QStringLiteral("Mme Durand"), QStringLiteral("directrice"), std::nullopt})
                     .value();
        QList<AnswerEdit> edits;
        for (const char *id : {"PIL-1-01", "PIL-1-02", "PIL-1-03", "PIL-1-04", "PIL-1-05", "EQU-1-01"})
            edits.append({QString::fromLatin1(id), AnswerStatus::Met, std::nullopt, std::nullopt});
        ASSERT_TRUE(storage.editAnswers(m_last, edits).ok());
        ActionItem done;
        done.assessmentId = m_last;
        done.title = QStringLiteral("Réunir le conseil des maîtres sur la charte");
        done.status = ActionStatus::Done;
        ASSERT_TRUE(storage.addActionItem(done).ok());
        ActionItem open;
        open.assessmentId = m_last;
        open.criterionId = QStringLiteral("FOR-2-01");
        open.title = QStringLiteral("Animation pédagogique sur l'ENT");
        open.owner = QStringLiteral("M. Petit, ERUN");
        open.dueDate = QDate(2025, 5, 20);
        ASSERT_TRUE(storage.addActionItem(open).ok());
        ASSERT_TRUE(storage.validateAssessment(m_last).ok());

        m_current = storage
                        .createAssessment({school, QStringLiteral("creteil-ecoles"), QStringLiteral("2025-2026"),
                            QStringLiteral("Mme Durand"), QStringLiteral("directrice"), m_last})
                        .value();
        ASSERT_TRUE(storage
                        .editAnswers(m_current,
                            {{QStringLiteral("PIL-1-02"), AnswerStatus::InProgress, {}, {}},
                                {QStringLiteral("FOR-1-01"), AnswerStatus::Met, {}, {}}})
                        .ok());
        ActionItem added;
        added.assessmentId = m_current;
        added.title = QStringLiteral("Demander à la mairie deux vidéoprojecteurs");
        added.owner = QStringLiteral("Mme Durand");
        added.dueDate = QDate(2026, 3, 31);
        added.funder = Funder::Commune;
        ASSERT_TRUE(storage.addActionItem(added).ok());
    }

    QTemporaryDir m_dir;
    TemporaryDatabase m_db;
    qint64 m_last = 0;
    qint64 m_current = 0;
};

} // namespace

TEST_F(CommissionTest, ThePackHoldsTheMeetingTheProgressAndThePlan)
{
    CommissionMeeting meeting = m_db.storage().commissionMeeting(m_current).value();
    meeting.date = QDate(2026, 1, 15);
    meeting.members = QStringLiteral("Mme Durand, directrice\nM. Martin, référent numérique\nMme Roux, mairie");
    ASSERT_TRUE(m_db.storage().saveCommissionMeeting(meeting).ok());

    const Result<CommissionPack> pack = loadCommissionPack(m_db.storage(), m_current);
    ASSERT_TRUE(pack.ok()) << pack.error().toStdString();
    ASSERT_TRUE(pack->progress.has_value());
    EXPECT_EQ(pack->progress->lost, QStringList {QStringLiteral("PIL-1-02")});

    const QString pdf = m_dir.filePath(QStringLiteral("commission « école » 2026.pdf"));
    const Status written = CommissionRenderer::writePdf(pack.value(), fixedStamp(), pdf);
    ASSERT_TRUE(written.ok()) << written.error().toStdString();
    const QString text = squeezed(pdfText(pdf));

    EXPECT_TRUE(text.contains(tr("Commission numérique — preparation pack")));
    EXPECT_TRUE(text.contains(squeezed(sampleEcole().name)));
    EXPECT_TRUE(text.contains(squeezed(ReportStyle::dateText(QDate(2026, 1, 15)))));
    EXPECT_TRUE(text.contains(squeezed(QStringLiteral("M. Martin, référent numérique"))));
    EXPECT_TRUE(text.contains(squeezed(QStringLiteral("Mme Roux, mairie"))));

    // Progress: the years compared, the criterion gained and the one lost.
    EXPECT_TRUE(text.contains(tr("Progress since last time")));
    EXPECT_TRUE(text.contains(QStringLiteral("2024-2025")));
    EXPECT_TRUE(text.contains(squeezed(
        QStringLiteral("FOR-1-01 — ") + pack->report.referential->criterion(QStringLiteral("FOR-1-01"))->text)));
    EXPECT_TRUE(text.contains(QStringLiteral("PIL-1-02")));
    EXPECT_TRUE(text.contains(
        squeezed(QCoreApplication::translate("CommissionRenderer", "Criteria no longer met (%n)", nullptr, 1))));
    EXPECT_TRUE(text.contains(squeezed(QStringLiteral("Réunir le conseil des maîtres sur la charte"))));

    // The plan: the carried-over action and the new one, with owners.
    EXPECT_TRUE(text.contains(squeezed(QStringLiteral("Animation pédagogique sur l'ENT"))));
    // ... and named again under FOR-2-01 among the criteria to discuss.
    EXPECT_GE(text.count(squeezed(QStringLiteral("Animation pédagogique sur l'ENT"))), 2);
    EXPECT_TRUE(text.contains(squeezed(QStringLiteral("M. Petit, ERUN"))));
    EXPECT_TRUE(text.contains(squeezed(QStringLiteral("Demander à la mairie deux vidéoprojecteurs"))));

    // The criteria to discuss: those blocking the next palier, and room to decide.
    EXPECT_TRUE(text.contains(tr("Criteria to discuss")));
    for (const DomainResult &domain : pack->report.evaluation.domains) {
        for (const QString &id : domain.blocking)
            EXPECT_TRUE(text.contains(id)) << id.toStdString();
    }
    EXPECT_TRUE(text.contains(tr("Decisions of the commission")));
}

TEST_F(CommissionTest, ThePackPrintsNoReadingNoteOfTheGrid)
{
    // Two criteria with a note of the grid, newly met: listed in the progress.
    ASSERT_TRUE(m_db.storage()
                    .editAnswers(m_current,
                        {{QStringLiteral("RES-3-02"), AnswerStatus::Met, {}, {}},
                            {QStringLiteral("RES-3-04"), AnswerStatus::Met, {}, {}}})
                    .ok());
    const Result<CommissionPack> pack = loadCommissionPack(m_db.storage(), m_current);
    ASSERT_TRUE(pack.ok()) << pack.error().toStdString();
    const QString pdf = m_dir.filePath(QStringLiteral("notes.pdf"));
    ASSERT_TRUE(CommissionRenderer::writePdf(pack.value(), fixedStamp(), pdf).ok());
    const QString text = squeezed(pdfText(pdf));
    EXPECT_TRUE(text.contains(QStringLiteral("RES-3-02"))) << text.toStdString();
    for (const char *id : {"RES-3-02", "RES-3-04"}) {
        const Criterion *criterion = pack->report.referential->criterion(QString::fromLatin1(id));
        ASSERT_TRUE(criterion);
        ASSERT_FALSE(criterion->note.isEmpty()) << id;
        EXPECT_FALSE(text.contains(squeezed(criterion->note))) << id;
    }
    EXPECT_FALSE(text.contains(QStringLiteral("ambiguë")));
}

TEST_F(CommissionTest, AFirstAssessmentSaysThereIsNothingToCompare)
{
    const Result<CommissionPack> pack = loadCommissionPack(m_db.storage(), m_last);
    ASSERT_TRUE(pack.ok());
    EXPECT_FALSE(pack->progress.has_value());
    const QString pdf = m_dir.filePath(QStringLiteral("first.pdf"));
    ASSERT_TRUE(CommissionRenderer::writePdf(pack.value(), fixedStamp(), pdf).ok());
    EXPECT_TRUE(squeezed(pdfText(pdf))
                    .contains(tr("This is the first assessment of this grid here: there is nothing to compare with "
                                 "yet.")));
}

TEST_F(CommissionTest, TheCommandWritesThePackAndKeepsTheMeeting)
{
    const QString pdf = m_dir.filePath(QStringLiteral("pack.pdf"));
    QString out;
    QString err;
    QTextStream outStream(&out);
    QTextStream errStream(&err);
    const auto run = [&](QStringList arguments) {
        out.clear();
        err.clear();
        arguments << QStringLiteral("--db") << m_db.path();
        const int code = CliTool(outStream, errStream).run(arguments);
        outStream.flush();
        errStream.flush();
        return code;
    };
    const QString id = QString::number(m_current);
    EXPECT_EQ(run({QStringLiteral("commission"), id}), CliUsageError);
    EXPECT_EQ(run({QStringLiteral("commission"), id, QStringLiteral("--pdf"), pdf, QStringLiteral("--date"),
                  QStringLiteral("15/01/2026")}),
        CliUsageError);
    EXPECT_FALSE(QFileInfo::exists(pdf));
    EXPECT_EQ(run({QStringLiteral("commission"), QStringLiteral("999"), QStringLiteral("--pdf"), pdf}), CliFailure);

    ASSERT_EQ(run({QStringLiteral("commission"), id, QStringLiteral("--pdf"), pdf, QStringLiteral("--date"),
                  QStringLiteral("2026-02-05"), QStringLiteral("--member"), QStringLiteral("Mme Durand"),
                  QStringLiteral("--member"), QStringLiteral("M. Lefèvre, IEN")}),
        CliSuccess)
        << err.toStdString();
    EXPECT_TRUE(out.contains(pdf));
    const QString text = squeezed(pdfText(pdf));
    EXPECT_TRUE(text.contains(squeezed(QStringLiteral("M. Lefèvre, IEN"))));
    EXPECT_TRUE(text.contains(QStringLiteral("PIL-1-02")));

    const CommissionMeeting kept = m_db.storage().commissionMeeting(m_current).value();
    EXPECT_EQ(kept.date, QDate(2026, 2, 5));
    EXPECT_EQ(kept.memberList(), (QStringList {QStringLiteral("Mme Durand"), QStringLiteral("M. Lefèvre, IEN")}));
}
