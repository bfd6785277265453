#include "storage/exampledata.h"

#include "storage/storage.h"

#include <algorithm>

namespace Paliers {

namespace {

// A deterministic spread of statuses: palier 1 almost all met, palier 2
// about half, palier 3 a little, a year of work raising each share, with
// some work in progress and a few non concerné.
AnswerStatus exampleStatus(const Criterion &criterion, int index, int yearsOfWork)
{
    if (index % 23 == 5)
        return AnswerStatus::NotApplicable;
    const int score = (index * 37) % 10;
    const int thresholds[] = {9, 5, 2};
    const int threshold
        = thresholds[std::clamp(criterion.level, 1, 3) - 1] + yearsOfWork * (criterion.level == 1 ? 1 : 2);
    if (score < threshold)
        return AnswerStatus::Met;
    if (score < threshold + 2)
        return AnswerStatus::InProgress;
    return AnswerStatus::NotMet;
}

QList<AnswerEdit> exampleAnswers(const Referential &referential, int yearsOfWork, bool complete)
{
    QList<AnswerEdit> edits;
    int index = 0;
    for (const Criterion &criterion : referential.criteria()) {
        ++index;
        // A draft is rarely finished: some of palier 3 is left for later.
        const bool later = !complete && criterion.level == referential.maxLevel() && index % 3 == 0;
        AnswerEdit edit {criterion.id, later ? AnswerStatus::Unanswered : exampleStatus(criterion, index, yearsOfWork),
            std::nullopt, std::nullopt};
        if (index % 9 == 1)
            edit.comment = ExampleData::tr("Discussed at the commission numérique.");
        if (index % 11 == 2)
            edit.evidence = ExampleData::tr("Minutes of the conseil pédagogique, on the ENT");
        edits.append(edit);
    }
    return edits;
}

// The école's plan after last year's assessment: one action done, two still
// open (they carry over to this year's assessment).
Status addLastYearsPlan(Storage &storage, qint64 assessmentId)
{
    struct Action
    {
        const char *criterion;
        QString title;
        QString owner;
        QDate due;
        ActionStatus status;
        Funder funder;
        int priority;
    };
    const Action actions[] = {
        {"PIL-2-01", ExampleData::tr("Write the digital use charter into the school rules"),
            ExampleData::tr("Claire Martin (fictitious)"), QDate(2025, 3, 31), ActionStatus::Done, Funder::None, 1},
        {"FOR-2-01", ExampleData::tr("Training on the ENT for the whole team (animation pédagogique)"),
            ExampleData::tr("ERUN of the circonscription"), QDate(2025, 6, 15), ActionStatus::InProgress,
            Funder::Academie, 1},
        {"EQU-2-01", ExampleData::tr("Equip two classrooms with a projector and a visualiser"),
            ExampleData::tr("Town hall of Vitry-sur-Seine"), QDate(2025, 12, 15), ActionStatus::Todo, Funder::Commune,
            2},
    };
    for (const Action &action : actions) {
        ActionItem item;
        item.assessmentId = assessmentId;
        item.criterionId = QString::fromLatin1(action.criterion);
        item.title = action.title;
        item.owner = action.owner;
        item.dueDate = action.due;
        item.status = action.status;
        item.funder = action.funder;
        item.priority = action.priority;
        if (Result<qint64> added = storage.addActionItem(item); !added)
            return Error {added.error()};
    }
    return Done {};
}

} // namespace

Status ExampleData::populate(Storage &storage)
{
    const Result<QList<Establishment>> existing = storage.establishments();
    if (!existing)
        return Error {existing.error()};
    if (!existing->isEmpty())
        return Error {tr("The example can only be added to an empty database.")};

    Establishment ecole;
    ecole.uai = QStringLiteral("0941712A");
    ecole.name = tr("École élémentaire des Tilleuls (example)");
    ecole.kind = EstablishmentKind::EcoleElementaire;
    ecole.commune = QStringLiteral("Vitry-sur-Seine");
    ecole.circonscription = QStringLiteral("Vitry-sur-Seine Est");
    ecole.departement = QStringLiteral("Val-de-Marne");
    ecole.academie = QStringLiteral("Créteil");
    ecole.headName = tr("Claire Martin (fictitious)");
    ecole.headTitle = headTitleChoices(ecole.kind).constFirst(); // directrice d'école
    ecole.referentName = tr("Karim Benali (fictitious)");

    Establishment college;
    college.uai = QStringLiteral("0940585A");
    college.name = tr("Collège Louise-Michel (example)");
    college.kind = EstablishmentKind::College;
    college.commune = QStringLiteral("Ivry-sur-Seine");
    college.circonscription = QStringLiteral("District 3");
    college.departement = QStringLiteral("Val-de-Marne");
    college.academie = QStringLiteral("Créteil");
    college.headName = tr("Sophie Durand (fictitious)");
    college.headTitle = headTitleChoices(college.kind).constFirst(); // principale
    college.referentName = tr("Thomas Petit (fictitious)");

    const Result<qint64> ecoleId = storage.addEstablishment(ecole);
    if (!ecoleId)
        return Error {ecoleId.error()};
    const Result<qint64> collegeId = storage.addEstablishment(college);
    if (!collegeId)
        return Error {collegeId.error()};

    struct Plan
    {
        qint64 establishmentId;
        QString referentialId;
        QString author;
        QString role;
    };
    const Plan plans[] = {
        {*ecoleId, QStringLiteral("creteil-ecoles"), ecole.headName, ecole.headTitle},
        {*collegeId, QStringLiteral("creteil-etablissements"), college.headName, college.headTitle},
    };
    for (const Plan &plan : plans) {
        const Referential *referential = storage.catalog().latest(plan.referentialId);
        if (!referential)
            return Error {tr("The referential \"%1\" is missing.").arg(plan.referentialId)};
        // Last year, validated; this year, a draft started from it.
        const Result<qint64> lastYear = storage.createAssessment({plan.establishmentId, plan.referentialId,
            QStringLiteral("2024-2025"), plan.author, plan.role, std::nullopt});
        if (!lastYear)
            return Error {lastYear.error()};
        if (Status done = storage.editAnswers(*lastYear, exampleAnswers(*referential, 0, true)); !done)
            return done;
        if (plan.establishmentId == *ecoleId) {
            if (Status done = addLastYearsPlan(storage, *lastYear); !done)
                return done;
        }
        if (Status done = storage.validateAssessment(*lastYear); !done)
            return done;
        const Result<qint64> thisYear = storage.createAssessment(
            {plan.establishmentId, plan.referentialId, QStringLiteral("2025-2026"), plan.author, plan.role, *lastYear});
        if (!thisYear)
            return Error {thisYear.error()};
        if (Status done = storage.editAnswers(*thisYear, exampleAnswers(*referential, 1, false)); !done)
            return done;
        if (plan.establishmentId == *ecoleId) {
            // The open actions came over from last year; one more for this one.
            ActionItem item;
            item.assessmentId = *thisYear;
            item.title = tr("Present the digital part of the school project at the conseil d'école");
            item.owner = ecole.headName;
            item.dueDate = QDate(2026, 1, 20);
            if (Result<qint64> added = storage.addActionItem(item); !added)
                return Error {added.error()};
        }
    }

    // The collège's team also placed itself on the jalons of annexe 8.
    if (storage.catalog().latest(QStringLiteral("creteil-jalons"))) {
        const Result<qint64> jalons = storage.createAssessment({*collegeId, QStringLiteral("creteil-jalons"),
            QStringLiteral("2025-2026"), college.referentName, tr("digital referent"), std::nullopt});
        if (!jalons)
            return Error {jalons.error()};
        QList<AnswerEdit> cells;
        for (const char *cell : {"DYN-J2", "ORG-J3", "ESP-J2", "RSC-J1"})
            cells.append({QString::fromLatin1(cell), AnswerStatus::Met, std::nullopt, std::nullopt});
        cells[1].comment = tr("Most teachers alternate the class display and individual tablets.");
        if (Status done = storage.editAnswers(*jalons, cells); !done)
            return done;
    }
    return Done {};
}

} // namespace Paliers
