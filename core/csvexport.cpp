#include "csvexport.h"

namespace Paliers {

namespace {

QString dateTimeText(const QDateTime &dateTime)
{
    return dateTime.isValid() ? dateTime.toUTC().toString(Qt::ISODate) : QString();
}

} // namespace

QString CsvExport::field(const QString &text)
{
    QString value = text;
    if (!value.isEmpty()) {
        const QChar first = value.at(0);
        if (first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' || first == u'\r')
            value.prepend(QLatin1Char('\''));
    }
    if (value.contains(QLatin1Char(';')) || value.contains(QLatin1Char('"')) || value.contains(QLatin1Char('\n'))
        || value.contains(QLatin1Char('\r'))) {
        value.replace(QLatin1String("\""), QLatin1String("\"\""));
        return QLatin1Char('"') + value + QLatin1Char('"');
    }
    return value;
}

QByteArray CsvExport::document(const QList<QStringList> &rows)
{
    QString text;
    for (const QStringList &row : rows) {
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (i > 0)
                text += QLatin1Char(';');
            text += field(row.at(i));
        }
        text += QLatin1String("\r\n");
    }
    return QByteArrayLiteral("\xEF\xBB\xBF") + text.toUtf8();
}

QByteArray CsvExport::criteria(const AssessmentReport &report)
{
    Q_ASSERT(report.referential);
    const Referential &referential = *report.referential;
    QList<QStringList> rows;
    rows.append({QStringLiteral("UAI"), QStringLiteral("Établissement"), QStringLiteral("Année scolaire"),
                 QStringLiteral("Référentiel"), QStringLiteral("Domaine"), QStringLiteral("Palier"),
                 QStringLiteral("Critère"), QStringLiteral("Intitulé"), QStringLiteral("Statut"),
                 QStringLiteral("Code statut"), QStringLiteral("Commentaire"), QStringLiteral("Preuve"),
                 QStringLiteral("Modifié par"), QStringLiteral("Modifié le")});
    for (const Criterion &criterion : referential.criteria()) {
        const Domain *domain = referential.domain(criterion.domainId);
        const Answer *answer = report.answer(criterion.id);
        const AnswerStatus status = answer ? answer->status : AnswerStatus::Unanswered;
        rows.append({report.establishment.uai, report.establishment.name, report.assessment.schoolYear,
                     referential.id(), domain ? domain->title : criterion.domainId, QString::number(criterion.level),
                     criterion.id, criterion.text, answerStatusLabel(status), answerStatusKey(status),
                     answer ? answer->comment : QString(), answer ? answer->evidence : QString(),
                     answer ? answer->changedBy : QString(), answer ? dateTimeText(answer->changedAt) : QString()});
    }
    return document(rows);
}

QByteArray CsvExport::summary(const QList<AssessmentReport> &reports)
{
    // One column per domain id met in the reports, in the order first met.
    QStringList domainIds;
    QStringList domainTitles;
    for (const AssessmentReport &report : reports) {
        for (const Domain &domain : report.referential->domains()) {
            if (!domainIds.contains(domain.id)) {
                domainIds.append(domain.id);
                domainTitles.append(domain.title);
            }
        }
    }
    QStringList header {QStringLiteral("UAI"),
                        QStringLiteral("Établissement"),
                        QStringLiteral("Type"),
                        QStringLiteral("Commune"),
                        QStringLiteral("Circonscription ou district"),
                        QStringLiteral("Département"),
                        QStringLiteral("Académie"),
                        QStringLiteral("Année scolaire"),
                        QStringLiteral("Référentiel"),
                        QStringLiteral("Version"),
                        QStringLiteral("Statut"),
                        QStringLiteral("Validé le"),
                        QStringLiteral("Palier global")};
    for (const QString &title : domainTitles)
        header.append(QStringLiteral("Palier — %1").arg(title));
    header << QStringLiteral("Critères renseignés") << QStringLiteral("Critères");

    QList<QStringList> rows {header};
    for (const AssessmentReport &report : reports) {
        const Establishment &e = report.establishment;
        const Assessment &a = report.assessment;
        QStringList row {e.uai,
                         e.name,
                         establishmentKindLabel(e.kind),
                         e.commune,
                         e.circonscription,
                         e.departement,
                         e.academie,
                         a.schoolYear,
                         a.referentialId,
                         a.referentialVersion,
                         assessmentStatusLabel(a.status),
                         a.status == AssessmentStatus::Validated ? dateTimeText(a.validatedAt) : QString(),
                         QString::number(report.evaluation.overallPalier)};
        for (const QString &id : domainIds) {
            const DomainResult *result = report.evaluation.domain(id);
            row.append(result ? QString::number(result->palier) : QString());
        }
        row << QString::number(report.evaluation.answered) << QString::number(report.evaluation.total);
        rows.append(row);
    }
    return document(rows);
}

} // namespace Paliers
