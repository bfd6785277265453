#include "exchange/csvexport.h"

#include <algorithm>

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

QByteArray CsvExport::criteria(const AssessmentRecord &report)
{
    Q_ASSERT(report.referential);
    const Referential &referential = *report.referential;
    QList<QStringList> rows;
    rows.append({QStringLiteral("UAI"), QStringLiteral("Établissement"), QStringLiteral("Année scolaire"),
        QStringLiteral("Référentiel"), QStringLiteral("Domaine"), QStringLiteral("Palier"), QStringLiteral("Critère"),
        QStringLiteral("Intitulé"), QStringLiteral("Statut"), QStringLiteral("Code statut"),
        QStringLiteral("Commentaire"), QStringLiteral("Preuve"), QStringLiteral("Modifié par"),
        QStringLiteral("Modifié le")});
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

QByteArray CsvExport::summary(const QList<AssessmentRecord> &reports)
{
    ReferentialCatalog catalog;
    QList<OverviewRow> rows;
    for (const AssessmentRecord &report : reports) {
        // Not yet there, so the addition cannot be refused.
        if (!catalog.find(report.referential->id(), report.referential->version()))
            static_cast<void>(catalog.add(*report.referential));
        const Establishment &e = report.establishment;
        OverviewRow row;
        row.uai = e.uai;
        row.name = e.name;
        row.kind = e.kind;
        row.commune = e.commune;
        row.circonscription = e.circonscription;
        row.departement = e.departement;
        row.academie = e.academie;
        row.assessmentId = report.assessment.id;
        row.referentialId = report.assessment.referentialId;
        row.referentialVersion = report.assessment.referentialVersion;
        row.schoolYear = report.assessment.schoolYear;
        row.status = report.assessment.status;
        row.overallPalier = report.evaluation.overallPalier;
        QStringList blocking;
        for (const DomainResult &result : report.evaluation.domains) {
            row.domainPaliers.append(result.palier);
            blocking += result.blocking;
        }
        row.blockingIds = blocking.join(QLatin1Char(','));
        row.answered = report.evaluation.answered;
        row.total = report.evaluation.total;
        rows.append(row);
    }
    return overview(rows, catalog);
}

QByteArray CsvExport::overview(const QList<OverviewRow> &rows, const ReferentialCatalog &catalog)
{
    // One column per domain id of the paliers grids, in the order first met,
    // then one per axis of the jalons when the rows have any. Versions of a
    // grid share the columns of the domains they share (matched by id), titled
    // as the latest version words them.
    QStringList domainIds;
    QStringList domainTitles;
    for (const Referential *latest : catalog.referentials()) {
        const bool rubric = latest->kind() == ReferentialKind::Rubric;
        if (rubric && std::none_of(rows.cbegin(), rows.cend(), [&](const OverviewRow &row) {
                return row.referentialId == latest->id();
            }))
            continue;
        QList<const Referential *> versions = catalog.versions(latest->id());
        std::reverse(versions.begin(), versions.end());
        for (const Referential *referential : std::as_const(versions)) {
            for (const Domain &domain : referential->domains()) {
                if (!domainIds.contains(domain.id)) {
                    domainIds.append(domain.id);
                    domainTitles.append(rubric ? QStringLiteral("Jalon — %1").arg(domain.title)
                                               : QStringLiteral("Palier — %1").arg(domain.title));
                }
            }
        }
    }
    QStringList header {QStringLiteral("UAI"), QStringLiteral("Établissement"), QStringLiteral("Type"),
        QStringLiteral("Commune"), QStringLiteral("Circonscription ou district"), QStringLiteral("Département"),
        QStringLiteral("Académie"), QStringLiteral("Année scolaire"), QStringLiteral("Référentiel"),
        QStringLiteral("Version du référentiel"), QStringLiteral("Statut"), QStringLiteral("Palier global")};
    header.append(domainTitles);
    header << QStringLiteral("Critères renseignés") << QStringLiteral("Critères");

    QList<QStringList> lines {header};
    lines.reserve(rows.size() + 1);
    for (const OverviewRow &row : rows) {
        QStringList line {row.uai, row.name, establishmentKindLabel(row.kind), row.commune, row.circonscription,
            row.departement, row.academie, row.schoolYear, row.referentialId, row.referentialVersion,
            assessmentStatusLabel(row.status), QString::number(row.overallPalier)};
        const Referential *referential = catalog.find(row.referentialId, row.referentialVersion);
        for (const QString &id : domainIds) {
            const qsizetype index = referential ? referential->domainIndex(id) : -1;
            line.append(index >= 0 && index < row.domainPaliers.size() ? QString::number(row.domainPaliers.at(index))
                                                                       : QString());
        }
        line << QString::number(row.answered) << QString::number(row.total);
        lines.append(line);
    }
    return document(lines);
}

QByteArray CsvExport::campaign(const CampaignProgress &progress)
{
    QList<QStringList> rows;
    rows.append({QStringLiteral("Territoire"), QStringLiteral("Attendus"), QStringLiteral("Validés"),
        QStringLiteral("En cours"), QStringLiteral("Non commencés"), QStringLiteral("Taux (%)")});
    const auto row = [&rows](const QString &name, const TerritoryProgress &p) {
        rows.append({name, QString::number(p.expected), QString::number(p.validated), QString::number(p.draft),
            QString::number(p.notStarted()),
            QString::number(qRound(p.rate() * 1000) / 10.0, 'f', 1).replace(u'.', u',')});
    };
    for (const TerritoryProgress &territory : progress.territories)
        row(CampaignText::territoryName(territory.territory, progress.level), territory);
    row(QStringLiteral("Total"), progress.total);
    return document(rows);
}

QByteArray CsvExport::indicators(const IndicatorTable &table)
{
    const auto number = [](double value) {
        return QString::number(qRound(value * 10) / 10.0, 'f', 1).replace(u'.', u',');
    };
    QList<QStringList> rows;
    QStringList header {QStringLiteral("Indicateur"), QStringLiteral("Grille")};
    for (const QString &year : table.years)
        header << QStringLiteral("%1 (%)").arg(year) << QStringLiteral("%1 (établissements)").arg(year);
    header << QStringLiteral("Cible (%)") << QStringLiteral("Année de la cible") << QStringLiteral("Cible atteinte");
    rows.append(header);
    for (const IndicatorRow &row : table.rows) {
        QStringList line {row.indicator.label, row.indicator.referentialId};
        for (const IndicatorValue &value : row.values) {
            line << (value.hasValue() ? number(value.percent()) : QString());
            // The roadmap's own figure rests on no establishment Paliers counted.
            line << (value.schools > 0 ? QString::number(value.schools)
                                       : (value.recorded ? QStringLiteral("feuille de route") : QString()));
        }
        line << (row.indicator.target ? number(*row.indicator.target) : QString()) << row.indicator.targetYear
             << (row.indicator.target ? (row.targetReached() ? QStringLiteral("oui") : QStringLiteral("non"))
                                      : QString());
        rows.append(line);
    }
    return document(rows);
}

} // namespace Paliers
