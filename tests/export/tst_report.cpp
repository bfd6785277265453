#include "commissionrenderer.h"
#include "exportfixture.h"
#include "referential/referentialloader.h"
#include "reportrenderer.h"
#include "reportstyle.h"
#include "storage/loaders.h"
#include "temporarydatabase.h"
#include "testdata.h"

#include <gtest/gtest.h>
#include <iostream>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>

using namespace Paliers;
using namespace Paliers::TestSupport;

namespace {

// The fully answered école of the fixture: page 1, the six domains, the
// next steps, the action plan and the signatures.
constexpr int MaxEcolePages = 8;

// Runs one of poppler's tools (a declared test dependency) and returns its output.
QString tr(const char *text)
{
    return QCoreApplication::translate("ReportRenderer", text);
}

QByteArray poppler(const QString &tool, const QStringList &arguments)
{
    QProcess process;
    process.start(tool, arguments);
    EXPECT_TRUE(process.waitForFinished(60000)) << tool.toStdString() << " did not run (poppler-utils missing?)";
    EXPECT_EQ(process.exitCode(), 0) << process.readAllStandardError().toStdString();
    return process.readAllStandardOutput();
}

// The letters and digits of `text` (compatibility forms folded, so that
// Arabic presentation forms read as the letters typed), nothing else.
QString letters(const QString &text)
{
    QString result;
    for (const QChar c : text.normalized(QString::NormalizationForm_KC)) {
        if (c.isLetterOrNumber())
            result.append(c);
    }
    return result;
}

class ReportTest : public ::testing::Test
{
protected:
    void write(bool validate, const QString &extraComment = QString())
    {
        m_id = fillSampleAssessment(m_db.storage(), false);
        if (!extraComment.isEmpty()) {
            ASSERT_TRUE(m_db.storage()
                            .editAnswer(m_id, {QStringLiteral("FOR-1-01"), std::nullopt, extraComment, std::nullopt})
                            .ok());
        }
        if (validate) {
            ASSERT_TRUE(m_db.storage().validateAssessment(m_id).ok());
        }
        Result<AssessmentRecord> report = loadAssessmentRecord(m_db.storage(), m_id);
        ASSERT_TRUE(report.ok()) << report.error().toStdString();
        m_report = report.value();
        m_pdf = m_dir.filePath(QStringLiteral("rapport de l'école « Jean-Jaurès ».pdf"));
        const Status written = ReportRenderer::writePdf(m_report, fixedStamp(), m_pdf);
        ASSERT_TRUE(written.ok()) << written.error().toStdString();
        keepForInspection(m_pdf, QStringLiteral("%1.pdf").arg(testName()));
        m_text = pdfText(m_pdf);
    }

    static QString testName()
    {
        return QString::fromUtf8(::testing::UnitTest::GetInstance()->current_test_info()->name());
    }

    void writeJalons()
    {
        m_id = fillSampleJalons(m_db.storage());
        Result<AssessmentRecord> report = loadAssessmentRecord(m_db.storage(), m_id);
        ASSERT_TRUE(report.ok()) << report.error().toStdString();
        m_report = report.value();
        m_pdf = m_dir.filePath(QStringLiteral("jalons.pdf"));
        const Status written = ReportRenderer::writePdf(m_report, fixedStamp(), m_pdf);
        ASSERT_TRUE(written.ok()) << written.error().toStdString();
        m_text = pdfText(m_pdf);
    }

    int pageCount()
    {
        const QString info = QString::fromUtf8(poppler(QStringLiteral("pdfinfo"), {m_pdf}));
        const QRegularExpressionMatch match = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
        return match.hasMatch() ? match.captured(1).toInt() : -1;
    }

    QTemporaryDir m_dir;
    TemporaryDatabase m_db;
    qint64 m_id = 0;
    AssessmentRecord m_report;
    QString m_pdf;
    QString m_text;
};

TEST_F(ReportTest, ContainsTheSchoolEveryDomainAndEveryCriterion)
{
    write(true);
    const QString text = squeezed(m_text);
    EXPECT_TRUE(m_text.contains(QStringLiteral("École élémentaire Jean-Jaurès")));
    EXPECT_TRUE(m_text.contains(QStringLiteral("0750655E")));
    EXPECT_TRUE(m_text.contains(QStringLiteral("2025-2026")));
    EXPECT_TRUE(m_text.contains(QStringLiteral("Validé le")));
    for (const Domain &domain : m_report.referential->domains())
        EXPECT_TRUE(text.contains(squeezed(domain.title))) << domain.title.toStdString();
    for (const Criterion &criterion : m_report.referential->criteria()) {
        EXPECT_TRUE(text.contains(squeezed(criterion.text))) << criterion.id.toStdString();
        EXPECT_TRUE(m_text.contains(criterion.id)) << criterion.id.toStdString();
    }
    // Comments are printed as typed: markup characters are not interpreted.
    EXPECT_TRUE(text.contains(squeezed(literalComment()))) << m_text.toStdString();
    EXPECT_TRUE(m_text.contains(QStringLiteral("<b>gras</b> &amp; \"AT&T\"")));
    // The action plan and the signatures.
    EXPECT_TRUE(text.contains(squeezed(QStringLiteral("Inscrire la charte numérique au règlement intérieur"))));
    EXPECT_TRUE(m_text.contains(QStringLiteral("Signatures")));
    // The head's title as chosen, never « directeur ou directrice ».
    EXPECT_TRUE(text.contains(squeezed(QStringLiteral("Mme Hélène Durand, directrice d'école"))))
        << m_text.toStdString();
    EXPECT_TRUE(m_text.contains(QStringLiteral("Directrice d'école")));
    EXPECT_FALSE(m_text.contains(QStringLiteral("directeur ou")));
    EXPECT_TRUE(m_text.contains(QStringLiteral("IEN")));
    EXPECT_TRUE(m_text.contains(fixedStamp().exportId));
    const int pages = pageCount();
    ASSERT_GT(pages, 6); // page 1, six domains, next steps
    EXPECT_TRUE(m_text.contains(QStringLiteral("page 1 / %1").arg(pages)));
    EXPECT_TRUE(m_text.contains(QStringLiteral("page %1 / %1").arg(pages)));
    EXPECT_FALSE(m_text.contains(QStringLiteral("Brouillon")));
}

TEST_F(ReportTest, TheGridsReadingNotesAreNotPrinted)
{
    write(true);
    const QString text = squeezed(m_text);
    int noted = 0;
    for (const Criterion &criterion : m_report.referential->criteria()) {
        if (criterion.note.isEmpty())
            continue;
        ++noted;
        EXPECT_TRUE(m_text.contains(criterion.id)) << criterion.id.toStdString();
        EXPECT_FALSE(text.contains(squeezed(criterion.note))) << criterion.id.toStdString();
    }
    EXPECT_GT(noted, 0); // the écoles grid has notes (RES-3-02, RES-3-04)
    EXPECT_FALSE(text.contains(QStringLiteral("ambiguë")));
    EXPECT_FALSE(text.contains(QStringLiteral("Notesurlagrille")));
    EXPECT_FALSE(text.contains(QStringLiteral("Noteonthegrid")));
}

// Needs the French catalogue's plural forms (paliers_fr.ts): in French 0 and
// 1 take the singular.
TEST_F(ReportTest, CountsAgreeWithTheirNumber)
{
    Storage &storage = m_db.storage();
    const qint64 school = storage.addEstablishment(sampleEcole()).value();
    const qint64 id = storage
                          .createAssessment({school, QStringLiteral("creteil-ecoles"), QStringLiteral("2025-2026"),
                              QStringLiteral("Mme Durand"), QStringLiteral("directrice"), std::nullopt})
                          .value();
    // FOR: 1 of 1; EQU: 2 of 2 and 1 not concerned; PIL: 0 of 5, 2 in
    // progress, 1 not met, 2 unanswered; INF: nothing answered.
    QList<AnswerEdit> edits;
    const QList<std::pair<const char *, AnswerStatus>> answers {
        {"FOR-1-01", AnswerStatus::Met},
        {"EQU-1-01", AnswerStatus::Met},
        {"EQU-1-02", AnswerStatus::Met},
        {"EQU-1-03", AnswerStatus::NotApplicable},
        {"PIL-1-01", AnswerStatus::InProgress},
        {"PIL-1-02", AnswerStatus::InProgress},
        {"PIL-1-03", AnswerStatus::NotMet},
    };
    for (const auto &[criterion, status] : answers)
        edits.append({QString::fromLatin1(criterion), status, std::nullopt, std::nullopt});
    ASSERT_TRUE(storage.editAnswers(id, edits).ok());
    const Result<AssessmentRecord> report = loadAssessmentRecord(storage, id);
    ASSERT_TRUE(report.ok()) << report.error().toStdString();
    const QString pdf = m_dir.filePath(QStringLiteral("counts.pdf"));
    ASSERT_TRUE(ReportRenderer::writePdf(report.value(), fixedStamp(), pdf).ok());
    const QString text = squeezed(pdfText(pdf));
    for (const QString &line : {
             QStringLiteral("Palier 1 : 1 atteint sur 1 applicable (1 requis)"),
             QStringLiteral("Palier 1 : 2 atteints sur 2 applicables (2 requis) — 0 en cours, 0 non atteint, "
                            "0 non renseigné, 1 non concerné"),
             QStringLiteral("Palier 1 : 0 atteint sur 5 applicables (5 requis) — 2 en cours, 1 non atteint, "
                            "2 non renseignés, 0 non concerné"),
             QStringLiteral("Palier 1 : 0 atteint sur 3 applicables (3 requis) — 0 en cours, 0 non atteint, "
                            "3 non renseignés, 0 non concerné"),
             QStringLiteral("7 critères renseignés sur 67"),
         })
        EXPECT_TRUE(text.contains(squeezed(line))) << line.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("(s)")));
}

TEST_F(ReportTest, ADraftIsMarkedAsSuch)
{
    write(false);
    // The status on page 1; the diagonal watermark is outlines, not text.
    EXPECT_TRUE(m_text.contains(QStringLiteral("Brouillon — document de travail, non validé")));
    EXPECT_FALSE(m_text.contains(QStringLiteral("Validé le")));
}

// The pixels of `pdf`'s page `page` at 50 dpi in the watermark's grey, which
// nothing else on a page is painted in.
qint64 watermarkPixels(const QString &pdf, int page, const QString &prefix)
{
    poppler(QStringLiteral("pdftoppm"),
        {QStringLiteral("-r"), QStringLiteral("50"), QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
            QString::number(page), QStringLiteral("-png"), QStringLiteral("-singlefile"), pdf, prefix});
    const QImage image(prefix + QStringLiteral(".png"));
    EXPECT_FALSE(image.isNull());
    const QColor grey = ReportStyle::Watermark;
    qint64 count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (std::abs(c.red() - grey.red()) <= 2 && std::abs(c.green() - grey.green()) <= 2
                && std::abs(c.blue() - grey.blue()) <= 2)
                ++count;
        }
    }
    return count;
}

TEST_F(ReportTest, TheDraftWatermarkIsInkThatNoReaderReads)
{
    write(false);
    const QString draft = m_pdf;
    const QString raw = QString::fromUtf8(poppler(QStringLiteral("pdftotext"),
        {QStringLiteral("-raw"), QStringLiteral("-enc"), QStringLiteral("UTF-8"), draft, QStringLiteral("-")}));
    // Neither the word nor its letters one by one, as rotated text reads.
    EXPECT_FALSE(raw.contains(QStringLiteral("BROUILLON"), Qt::CaseSensitive)) << raw.left(400).toStdString();
    EXPECT_FALSE(raw.contains(QStringLiteral("B R O U I L L O N"))) << raw.left(400).toStdString();
    EXPECT_FALSE(letters(raw).contains(QStringLiteral("BROUILLON"))) << raw.left(400).toStdString();
    // The page opens with the report's own words (its footer, drawn first).
    EXPECT_TRUE(raw.startsWith(QStringLiteral("Paliers "))) << raw.left(200).toStdString();

    // The same assessment, validated: the same pages without the watermark.
    ASSERT_TRUE(m_db.storage().validateAssessment(m_id).ok());
    Result<AssessmentRecord> report = loadAssessmentRecord(m_db.storage(), m_id);
    ASSERT_TRUE(report.ok()) << report.error().toStdString();
    const QString validated = m_dir.filePath(QStringLiteral("validated.pdf"));
    ASSERT_TRUE(ReportRenderer::writePdf(report.value(), fixedStamp(), validated).ok());
    const qint64 draftInk = watermarkPixels(draft, 2, m_dir.filePath(QStringLiteral("draft")));
    const qint64 validatedInk = watermarkPixels(validated, 2, m_dir.filePath(QStringLiteral("validated")));
    // Nine letters of 84 points across the page: thousands of pixels at 50 dpi.
    EXPECT_GT(draftInk - validatedInk, 3000) << draftInk << " against " << validatedInk;
}

TEST_F(ReportTest, FontsAreEmbeddedAndTheFileIsPdfA)
{
    write(true);
    const QStringList lines = QString::fromUtf8(poppler(QStringLiteral("pdffonts"), {m_pdf})).split(u'\n');
    int fonts = 0;
    for (const QString &line : lines.mid(2)) {
        if (line.trimmed().isEmpty())
            continue;
        ++fonts;
        // Columns: name type encoding emb sub uni object ID.
        const QStringList columns = line.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
        ASSERT_GE(columns.size(), 7) << line.toStdString();
        EXPECT_EQ(columns.at(columns.size() - 5), QStringLiteral("yes")) << line.toStdString();
    }
    EXPECT_GT(fonts, 0);
    const QString metadata = QString::fromUtf8(poppler(QStringLiteral("pdfinfo"), {QStringLiteral("-meta"), m_pdf}));
    EXPECT_TRUE(metadata.contains(QStringLiteral("pdfaid:part"))) << metadata.toStdString();
}

TEST_F(ReportTest, TheFirstPageIsDrawn)
{
    write(true);
    const QString prefix = m_dir.filePath(QStringLiteral("page"));
    poppler(QStringLiteral("pdftoppm"),
        {QStringLiteral("-r"), QStringLiteral("40"), QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
            QStringLiteral("1"), QStringLiteral("-png"), QStringLiteral("-singlefile"), m_pdf, prefix});
    const QImage page(prefix + QStringLiteral(".png"));
    ASSERT_FALSE(page.isNull());
    qint64 inked = 0;
    qint64 coloured = 0;
    for (int y = 0; y < page.height(); ++y) {
        for (int x = 0; x < page.width(); ++x) {
            const QColor c = page.pixelColor(x, y);
            if (c.lightness() < 200)
                ++inked;
            if (c.saturation() > 80 && c.value() > 60)
                ++coloured;
        }
    }
    const qint64 pixels = qint64(page.width()) * page.height();
    EXPECT_GT(inked, pixels / 100); // text and rules
    EXPECT_GT(coloured, 50); // the palier colours and the radar
}

TEST_F(ReportTest, ALongCommentWrapsAndStaysOnThePage)
{
    // 10,000 characters, among them a 600-character word (a pasted link).
    QString comment = QStringLiteral("https://ent.example.fr/") + QString(600, u'a');
    while (comment.size() < 10000)
        comment += QStringLiteral(" Réunion de l'équipe numérique avec la mairie");
    write(true, comment);
    // The comment runs over pages: leave out the running header and footer.
    QStringList body;
    for (const QString &line : m_text.split(u'\n')) {
        if (!line.contains(QStringLiteral("0750655E — 2025-2026"))
            && line != QStringLiteral("Paliers de maturité numérique")
            && !line.startsWith(QStringLiteral("Paliers 0.1.0 · export")) && !line.startsWith(QStringLiteral("page ")))
            body.append(line);
    }
    EXPECT_TRUE(squeezed(body.join(u'\n')).contains(squeezed(comment)));
    // Every word lies inside the page (A4: 595 points wide).
    const QString boxes = QString::fromUtf8(
        poppler(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), m_pdf, QStringLiteral("-")}));
    const QRegularExpression xMax(QStringLiteral("xMax=\"([0-9.]+)\""));
    qsizetype words = 0;
    for (auto it = xMax.globalMatch(boxes); it.hasNext();) {
        const double x = it.next().captured(1).toDouble();
        EXPECT_LE(x, 595.0 - 30.0);
        ++words;
    }
    EXPECT_GT(words, 1000);
}

TEST_F(ReportTest, TheJalonsReportShowsTheJalonOfEachAxisAndEveryDescriptor)
{
    writeJalons();
    ASSERT_EQ(m_report.referential->kind(), ReferentialKind::Rubric);
    const QString text = squeezed(m_text);
    EXPECT_TRUE(m_text.contains(QStringLiteral("Collège Victor-Hugo")));
    EXPECT_TRUE(m_text.contains(QStringLiteral("0941234F")));
    EXPECT_TRUE(text.contains(squeezed(tr("Jalons reached")))) << m_text.toStdString();
    EXPECT_TRUE(text.contains(squeezed(tr("Position on each axis"))));
    EXPECT_TRUE(text.contains(squeezed(tr("Next steps"))));
    // The checklist's sections are not there.
    EXPECT_FALSE(text.contains(squeezed(tr("Paliers reached"))));
    EXPECT_FALSE(text.contains(squeezed(tr("The highest palier is reached."))));

    for (const Domain &axis : m_report.referential->domains())
        EXPECT_TRUE(text.contains(squeezed(axis.title))) << axis.id.toStdString();
    for (const Criterion &cell : m_report.referential->criteria())
        EXPECT_TRUE(text.contains(squeezed(cell.text))) << cell.id.toStdString();
    for (const Level &level : m_report.referential->levels())
        EXPECT_TRUE(text.contains(squeezed(level.description))) << level.number;

    // The jalon of each axis, in the table, the sections and the next steps.
    for (int stage : {2, 3, 1, 4})
        EXPECT_TRUE(text.contains(squeezed(tr("Placed at jalon %1").arg(stage)))) << stage;
    EXPECT_TRUE(text.contains(squeezed(tr("Not placed yet"))));
    EXPECT_EQ(m_text.count(tr("Chosen")), 4);
    const Referential &jalons = *m_report.referential;
    const auto towards = [&](int stage, const char *cell) {
        return squeezed(tr("Towards jalon %1: %2").arg(stage).arg(jalons.criterion(QString::fromLatin1(cell))->text));
    };
    EXPECT_TRUE(text.contains(towards(3, "DYN-J3")));
    EXPECT_TRUE(text.contains(towards(1, "LIT-J1")));
    EXPECT_TRUE(text.contains(squeezed(tr("The last jalon is reached."))));
    // The last row of the table: LIT is not placed, so the lowest jalon is 0.
    EXPECT_TRUE(text.contains(squeezed(tr("Lowest jalon (over the axes)")) + QStringLiteral("0")
        + squeezed(tr("Not every axis is placed yet"))))
        << m_text.toStdString();

    // The chosen cell's comment and evidence, the action plan, the signatures.
    EXPECT_TRUE(text.contains(squeezed(tr("Comment: %1").arg(jalonsComment()))));
    EXPECT_TRUE(text.contains(squeezed(tr("Evidence: %1").arg(QStringLiteral("Compte rendu du CP")))));
    EXPECT_TRUE(text.contains(squeezed(QStringLiteral("Former les équipes à l'identité numérique"))));
    EXPECT_TRUE(m_text.contains(tr("Signatures")));
    const int pages = pageCount();
    EXPECT_TRUE(m_text.contains(QStringLiteral("page %1 / %1").arg(pages)));
}

TEST_F(ReportTest, TheCommissionPackOfTheJalonsHasTheJalonsTable)
{
    writeJalons();
    Result<CommissionPack> pack = loadCommissionPack(m_db.storage(), m_id);
    ASSERT_TRUE(pack.ok()) << pack.error().toStdString();
    const QString pdf = m_dir.filePath(QStringLiteral("commission.pdf"));
    const Status written = CommissionRenderer::writePdf(pack.value(), fixedStamp(), pdf);
    ASSERT_TRUE(written.ok()) << written.error().toStdString();
    const QString text = squeezed(pdfText(pdf));
    EXPECT_TRUE(text.contains(squeezed(tr("Jalons reached"))));
    EXPECT_FALSE(text.contains(squeezed(tr("Paliers reached"))));
    EXPECT_TRUE(text.contains(squeezed(tr("Lowest jalon (over the axes)"))));
}

// The report of a fully answered école fits in a few pages, and no page
// holds a criterion or two alone: a page with fewer than three criteria is
// one where a domain ends. A criterion stays on one page with its comment.
TEST_F(ReportTest, CriteriaFillThePagesAndStayWithTheirComments)
{
    write(true);
    const int pages = pageCount();
    EXPECT_LE(pages, MaxEcolePages);
    const QRegularExpression idLine(QStringLiteral("^[A-Z]{3}-\\d-\\d{2}$"));
    QSet<QString> sectionEnds;
    for (const Domain &domain : m_report.referential->domains()) {
        QString last;
        for (const Level &level : m_report.referential->levels()) {
            const QList<const Criterion *> criteria = m_report.referential->criteriaOf(domain.id, level.number);
            if (!criteria.isEmpty())
                last = criteria.constLast()->id;
        }
        sectionEnds.insert(last);
    }
    QSet<QString> seen;
    for (int page = 1; page <= pages; ++page) {
        const QString text = pdfPageText(m_pdf, page);
        QStringList ids;
        for (const QString &line : text.split(u'\n')) {
            if (idLine.match(line.trimmed()).hasMatch())
                ids.append(line.trimmed());
        }
        seen.unite(QSet<QString>(ids.cbegin(), ids.cend()));
        const bool sectionEndsHere
            = std::any_of(ids.cbegin(), ids.cend(), [&](const QString &id) { return sectionEnds.contains(id); });
        if (!ids.isEmpty() && ids.size() < 3) {
            EXPECT_TRUE(sectionEndsHere) << "page " << page << " holds " << ids.join(u' ').toStdString();
        }
        // A criterion with a comment or an evidence: they are on its page.
        const QString flat = squeezed(text);
        for (const QString &id : ids) {
            const Answer *answer = m_report.answer(id);
            ASSERT_TRUE(answer) << id.toStdString();
            const Criterion *criterion = m_report.referential->criterion(id);
            EXPECT_TRUE(flat.contains(squeezed(criterion->text))) << id.toStdString() << " page " << page;
            if (!answer->comment.isEmpty()) {
                EXPECT_TRUE(flat.contains(squeezed(tr("Comment: %1").arg(answer->comment))))
                    << id.toStdString() << " page " << page;
            }
            if (!answer->evidence.isEmpty()) {
                EXPECT_TRUE(flat.contains(squeezed(tr("Evidence: %1").arg(answer->evidence))))
                    << id.toStdString() << " page " << page;
            }
        }
    }
    EXPECT_EQ(seen.size(), m_report.referential->criteria().size());
    std::cout << "[          ] " << pages << " pages" << std::endl;
}

// Arabic, Hebrew and Cyrillic in a comment (italic), an evidence (italic)
// and the school's name (regular, bold in the header): every letter comes
// back out of the PDF, in fonts that have them, embedded.
TEST_F(ReportTest, EveryScriptPrintsAndControlCharactersShow)
{
    const QString name = QStringLiteral("مدرسة جان جوريس");
    m_id = fillSampleAssessment(m_db.storage(), false);
    Result<Assessment> assessment = m_db.storage().assessment(m_id);
    ASSERT_TRUE(assessment.ok());
    Establishment school = m_db.storage().establishment(assessment.value().establishmentId).value();
    school.name = name;
    ASSERT_TRUE(m_db.storage().updateEstablishment(school).ok());
    const QString bell = QStringLiteral("Sonnerie\u0007coupée\u0085ici");
    ASSERT_TRUE(
        m_db.storage()
            .editAnswer(m_id, {QStringLiteral("FOR-1-01"), std::nullopt, multilingualComment(), multilingualEvidence()})
            .ok());
    ASSERT_TRUE(m_db.storage().editAnswer(m_id, {QStringLiteral("RES-1-01"), std::nullopt, bell, std::nullopt}).ok());
    // Validated: pdftotext would mix the draft's watermark into the lines.
    ASSERT_TRUE(m_db.storage().validateAssessment(m_id).ok());
    Result<AssessmentRecord> report = loadAssessmentRecord(m_db.storage(), m_id);
    ASSERT_TRUE(report.ok()) << report.error().toStdString();
    m_report = report.value();
    m_pdf = m_dir.filePath(QStringLiteral("scripts.pdf"));
    ASSERT_TRUE(ReportRenderer::writePdf(m_report, fixedStamp(), m_pdf).ok());
    keepForInspection(m_pdf, QStringLiteral("%1.pdf").arg(testName()));
    m_text = pdfText(m_pdf);

    // pdftotext gives Arabic as presentation forms (ﺟ for ج), in logical
    // order between U+202B and U+202C, and may move the punctuation between
    // two right-to-left runs: compare the letters and digits, normalized.
    const QString text = letters(m_text);
    EXPECT_TRUE(text.contains(letters(multilingualComment()))) << m_text.toStdString();
    EXPECT_TRUE(text.contains(letters(multilingualEvidence())));
    for (const QString &part : {arabicText(), hebrewText(), cyrillicText()})
        EXPECT_TRUE(text.contains(letters(part))) << part.toStdString();
    // The name on page 1 and in the running header, which keeps the UAI and
    // the year whole and in their order.
    EXPECT_GE(text.count(letters(name)), 2);
    EXPECT_TRUE(text.contains(letters(name) + QStringLiteral("0750655E20252026")));
    // The control characters as visible escapes.
    EXPECT_TRUE(m_text.contains(QStringLiteral("Sonnerie\u2407coupée<U+0085>ici"))) << m_text.toStdString();
    // The fallback faces, embedded.
    QStringList embedded;
    for (const QStringList &columns : pdfFonts(m_pdf)) {
        ASSERT_GE(columns.size(), 7);
        EXPECT_EQ(columns.at(columns.size() - 5), QStringLiteral("yes")) << columns.join(u' ').toStdString();
        embedded.append(columns.constFirst());
    }
    for (const QString &face : {QStringLiteral("DejaVuSans"), QStringLiteral("DejaVuSans-Oblique"),
             QStringLiteral("NotoSansArabic-Regular"), QStringLiteral("NotoSansSymbols2-Regular")})
        EXPECT_TRUE(embedded.contains(face)) << face.toStdString() << " in " << embedded.join(u' ').toStdString();
}

TEST_F(ReportTest, AFailedExportLeavesNoFile)
{
    write(true);
    const QString target = m_dir.filePath(QStringLiteral("absent/rapport.pdf"));
    const Status status = ReportRenderer::writePdf(m_report, fixedStamp(), target);
    ASSERT_FALSE(status.ok());
    EXPECT_TRUE(status.error().contains(QStringLiteral("absent"))) << status.error().toStdString();
    EXPECT_FALSE(QFile::exists(target));
}

} // namespace

// The académie ships a revised grid: the report of an assessment validated
// under 2014.1 is printed with 2014.1, its criteria and its paliers, the same
// as before the new version was known.
TEST(ReportVersions, AValidatedReportIsTheSameAfterANewVersionIsKnown)
{
    TemporaryDatabase db;
    const qint64 id = fillSampleAssessment(db.storage(), true);
    QTemporaryDir dir;
    const QString before = dir.filePath(QStringLiteral("avant.pdf"));
    const QString after = dir.filePath(QStringLiteral("après.pdf"));
    const AssessmentRecord record = loadAssessmentRecord(db.storage(), id).value();
    ASSERT_TRUE(ReportRenderer::writePdf(record, fixedStamp(), before).ok());

    ReferentialCatalog catalog = ReferentialCatalog::bundled().value();
    ASSERT_TRUE(
        catalog
            .add(ReferentialLoader::loadFile(dataPath(QStringLiteral("referentials/creteil-ecoles-2026.1-essai.json")))
                     .value())
            .ok());
    Storage withNewVersion(db.database(), catalog);
    const Result<AssessmentRecord> again = loadAssessmentRecord(withNewVersion, id);
    ASSERT_TRUE(again.ok()) << again.error().toStdString();
    EXPECT_EQ(again->referential->version(), QStringLiteral("2014.1"));
    ASSERT_TRUE(ReportRenderer::writePdf(again.value(), fixedStamp(), after).ok());

    const QString text = pdfText(after);
    EXPECT_EQ(text, pdfText(before));
    EXPECT_TRUE(text.contains(QStringLiteral("Projet planifié d'accès au THD"))) << "INF-3-01, gone from 2026.1";
    EXPECT_FALSE(text.contains(QStringLiteral("GRILLE D'ESSAI")));
    EXPECT_EQ(again->evaluation.overallPalier, record.evaluation.overallPalier);
}
