#include "exportfixture.h"

#include "temporarydatabase.h"

#include <gtest/gtest.h>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>

namespace Paliers::TestSupport {

QString literalComment()
{
    return QStringLiteral("Vu en conseil d'école <b>gras</b> &amp; \"AT&T\" — élèves de CM2 à l'ENT\nsuite ligne 2");
}

qint64 fillSampleAssessment(Storage &storage, bool validate)
{
    Establishment ecole = sampleEcole();
    ecole.headName = QStringLiteral("Mme Hélène Durand");
    ecole.headTitle = QStringLiteral("directrice d'école");
    Result<qint64> school = storage.addEstablishment(ecole);
    EXPECT_TRUE(school.ok()) << school.error().toStdString();
    NewAssessment request;
    request.establishmentId = school.value();
    request.referentialId = QStringLiteral("creteil-ecoles");
    request.schoolYear = QStringLiteral("2025-2026");
    request.author = QStringLiteral("Mme Hélène Durand");
    request.authorRole = ecole.headTitle;
    Result<qint64> id = storage.createAssessment(request);
    EXPECT_TRUE(id.ok()) << id.error().toStdString();

    const Referential *referential = storage.catalog().latest(request.referentialId);
    QList<AnswerEdit> edits;
    int i = 0;
    for (const Criterion &criterion : referential->criteria()) {
        AnswerStatus status = AnswerStatus::Met;
        if (criterion.level == 2)
            status = i % 3 == 0 ? AnswerStatus::InProgress : AnswerStatus::Met;
        if (criterion.level == 3)
            status = i % 2 == 0 ? AnswerStatus::NotMet : AnswerStatus::NotApplicable;
        AnswerEdit edit {criterion.id, status, std::nullopt, std::nullopt};
        if (i % 10 == 0)
            edit.comment = literalComment();
        if (i % 7 == 0)
            edit.evidence = QStringLiteral("Compte rendu du conseil des maîtres du 12/10, classeur « Numérique »");
        edits.append(edit);
        ++i;
    }
    const Status answered = storage.editAnswers(id.value(), edits);
    EXPECT_TRUE(answered.ok()) << answered.error().toStdString();

    ActionItem item;
    item.assessmentId = id.value();
    item.criterionId = QStringLiteral("PIL-2-01");
    item.title = QStringLiteral("Inscrire la charte numérique au règlement intérieur");
    item.owner = QStringLiteral("Mme Durand");
    item.dueDate = QDate(2026, 3, 31);
    item.funder = Funder::Commune;
    item.priority = 2;
    EXPECT_TRUE(storage.addActionItem(item).ok());
    item.criterionId.clear();
    item.title = QStringLiteral("Former l'équipe à l'ENT");
    item.status = ActionStatus::InProgress;
    item.funder = Funder::Academie;
    EXPECT_TRUE(storage.addActionItem(item).ok());

    if (validate) {
        EXPECT_TRUE(storage.validateAssessment(id.value()).ok());
    }
    return id.value();
}

QString jalonsComment()
{
    return QStringLiteral("Conseil pédagogique du 14/11 : binômes professeur documentaliste et CPE sur l'EMI");
}

qint64 fillSampleJalons(Storage &storage)
{
    Result<qint64> school = storage.addEstablishment(sampleCollege());
    EXPECT_TRUE(school.ok()) << school.error().toStdString();
    NewAssessment request;
    request.establishmentId = school.value();
    request.referentialId = QStringLiteral("creteil-jalons");
    request.schoolYear = QStringLiteral("2025-2026");
    request.author = QStringLiteral("M. Référent");
    request.authorRole = QStringLiteral("référent numérique");
    Result<qint64> id = storage.createAssessment(request);
    EXPECT_TRUE(id.ok()) << id.error().toStdString();

    const QList<AnswerEdit> edits {
        {QStringLiteral("DYN-J2"), AnswerStatus::Met, jalonsComment(), QStringLiteral("Compte rendu du CP")},
        {QStringLiteral("ORG-J3"), AnswerStatus::Met, std::nullopt, std::nullopt},
        {QStringLiteral("ESP-J1"), AnswerStatus::Met, std::nullopt, std::nullopt},
        {QStringLiteral("RSC-J4"), AnswerStatus::Met, std::nullopt, std::nullopt},
    };
    const Status answered = storage.editAnswers(id.value(), edits);
    EXPECT_TRUE(answered.ok()) << answered.error().toStdString();

    ActionItem item;
    item.assessmentId = id.value();
    item.criterionId = QStringLiteral("LIT-J1");
    item.title = QStringLiteral("Former les équipes à l'identité numérique");
    item.owner = QStringLiteral("M. Référent");
    item.dueDate = QDate(2026, 4, 30);
    item.funder = Funder::Academie;
    EXPECT_TRUE(storage.addActionItem(item).ok());
    return id.value();
}

ExportStamp fixedStamp(const QString &exportId)
{
    return {exportId, QDateTime(QDate(2026, 11, 23), QTime(10, 0), Qt::UTC), QStringLiteral("0.1.0")};
}

QByteArray resign(QJsonObject document)
{
    document.remove(QStringLiteral("checksum"));
    const QString value = AssessmentExport::checksum(document);
    document.insert(QStringLiteral("checksum"),
        QJsonObject {{QStringLiteral("algorithm"), QStringLiteral("SHA-256")}, {QStringLiteral("value"), value}});
    return QJsonDocument(document).toJson();
}

QString pdfText(const QString &path)
{
    QProcess process;
    process.start(
        QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    EXPECT_TRUE(process.waitForFinished(60000)) << "pdftotext did not run (poppler-utils missing?)";
    EXPECT_EQ(process.exitCode(), 0) << process.readAllStandardError().toStdString();
    return QString::fromUtf8(process.readAllStandardOutput());
}

namespace {

QString poppler(const QString &tool, const QStringList &arguments)
{
    QProcess process;
    process.start(tool, arguments);
    EXPECT_TRUE(process.waitForFinished(60000)) << tool.toStdString() << " did not run (poppler-utils missing?)";
    EXPECT_EQ(process.exitCode(), 0) << process.readAllStandardError().toStdString();
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

void keepForInspection(const QString &path, const QString &name)
{
    const QString folder = qEnvironmentVariable("PALIERS_TEST_KEEP_PDF");
    if (folder.isEmpty())
        return;
    const QString target = QDir(folder).filePath(name);
    QFile::remove(target);
    EXPECT_TRUE(QFile::copy(path, target)) << target.toStdString();
}

int pdfPageCount(const QString &path)
{
    const QRegularExpressionMatch match
        = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(poppler(QStringLiteral("pdfinfo"), {path}));
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

QString pdfPageText(const QString &path, int page)
{
    return poppler(QStringLiteral("pdftotext"),
        {QStringLiteral("-enc"), QStringLiteral("UTF-8"), QStringLiteral("-f"), QString::number(page),
            QStringLiteral("-l"), QString::number(page), path, QStringLiteral("-")});
}

QList<QStringList> pdfFonts(const QString &path)
{
    QList<QStringList> fonts;
    const QStringList lines = poppler(QStringLiteral("pdffonts"), {path}).split(u'\n');
    for (const QString &line : lines.mid(2)) {
        if (!line.trimmed().isEmpty())
            fonts.append(line.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts));
    }
    return fonts;
}

QString arabicText()
{
    return QStringLiteral("اجتماع مجلس المدرسة حول الأدوات الرقمية");
}

QString hebrewText()
{
    return QStringLiteral("פגישה עם ההורים על הכלים הדיגיטליים");
}

QString cyrillicText()
{
    return QStringLiteral("Встреча с родителями о цифровых инструментах");
}

QString multilingualComment()
{
    return QStringLiteral("Réunion avec les familles : %1 ; %2 ; %3 ; họp phụ huynh về công cụ số ; "
                          "öğretmenler ışığında değerlendirme")
        .arg(arabicText(), hebrewText(), cyrillicText());
}

QString multilingualEvidence()
{
    return QStringLiteral("Compte rendu traduit : %1 — %2 — %3").arg(cyrillicText(), hebrewText(), arabicText());
}

QString squeezed(const QString &text)
{
    QString result = text;
    result.remove(QRegularExpression(QStringLiteral("\\s+")));
    return result;
}

} // namespace Paliers::TestSupport
