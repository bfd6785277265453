#include "storage/datagenerator.h"

#include "model/uai.h"
#include "storage/storage.h"

#include <cmath>
#include <QDate>

namespace Paliers {

namespace {

struct Departement
{
    const char *code; // the first three digits of its UAI numbers
    const char *name;
    QList<const char *> communes;
};

struct Academie
{
    const char *name;
    QList<Departement> departements;
};

// A few communes of each département of a few académies: what a generated
// school of an académie is placed in.
const QList<Academie> &academieTable()
{
    static const QList<Academie> list {
        {"Créteil",
            {{"077", "Seine-et-Marne", {"Meaux", "Melun", "Chelles", "Pontault-Combault", "Savigny-le-Temple"}},
                {"093", "Seine-Saint-Denis",
                    {"Saint-Denis", "Montreuil", "Aubervilliers", "Aulnay-sous-Bois", "Drancy", "Noisy-le-Grand",
                        "Bobigny"}},
                {"094", "Val-de-Marne",
                    {"Créteil", "Vitry-sur-Seine", "Champigny-sur-Marne", "Ivry-sur-Seine", "Maisons-Alfort",
                        "Villejuif"}}}},
        {"Paris", {{"075", "Paris", {"Paris"}}}},
        {"Versailles",
            {{"078", "Yvelines", {"Versailles", "Mantes-la-Jolie", "Poissy", "Saint-Germain-en-Laye"}},
                {"091", "Essonne", {"Évry-Courcouronnes", "Massy", "Corbeil-Essonnes", "Palaiseau"}},
                {"092", "Hauts-de-Seine", {"Nanterre", "Boulogne-Billancourt", "Colombes", "Gennevilliers"}},
                {"095", "Val-d'Oise", {"Cergy", "Argenteuil", "Sarcelles", "Garges-lès-Gonesse"}}}},
        {"Lyon",
            {{"001", "Ain", {"Bourg-en-Bresse", "Oyonnax", "Ambérieu-en-Bugey"}},
                {"042", "Loire", {"Saint-Étienne", "Roanne", "Montbrison"}},
                {"069", "Rhône", {"Lyon", "Villeurbanne", "Vénissieux", "Vaulx-en-Velin"}}}},
    };
    return list;
}

// "Créteil", "creteil" and "CRÉTEIL" name the same académie.
QString academieKey(const QString &name)
{
    QString key;
    for (const QChar c : name.normalized(QString::NormalizationForm_D)) {
        if (c.isLetterOrNumber())
            key.append(c.toCaseFolded());
    }
    return key;
}

const Academie *findAcademie(const QString &name)
{
    for (const Academie &a : academieTable()) {
        if (academieKey(QString::fromUtf8(a.name)) == academieKey(name))
            return &a;
    }
    return nullptr;
}

const char *const Patrons[]
    = {"Jean Jaurès", "Louise Michel", "Jules Ferry", "Victor Hugo", "Marie Curie", "Paul Éluard", "Jean Moulin",
        "Simone Veil", "Pablo Picasso", "Jacques Prévert", "George Sand", "Anatole France", "Romain Rolland",
        "Langevin-Wallon", "Olympe de Gouges", "Aimé Césaire", "Rosa Parks", "Les Tilleuls", "Le Parc", "La Fontaine"};

} // namespace

DataGenerator::DataGenerator(const ReferentialCatalog &catalog, quint32 seed, const QString &academie)
    : m_catalog(catalog)
    , m_seed(seed)
    , m_random(seed)
    , m_academie(findAcademie(academie) ? QString::fromUtf8(findAcademie(academie)->name) : QStringLiteral("Créteil"))
{
}

QStringList DataGenerator::academies()
{
    QStringList names;
    for (const Academie &a : academieTable())
        names.append(QString::fromUtf8(a.name));
    return names;
}

QString DataGenerator::academie(const QString &name)
{
    const Academie *a = findAcademie(name);
    return a ? QString::fromUtf8(a->name) : QString();
}

QStringList DataGenerator::lastYears(int count)
{
    QStringList years;
    QString year = SchoolYear::containing(QDate::currentDate());
    for (int i = 0; i < count; ++i) {
        years.prepend(year);
        year = SchoolYear::previous(year);
    }
    return years;
}

Establishment DataGenerator::establishment(int index)
{
    // Each school draws from its own generator: school 42 is the same
    // whatever was generated before it.
    QRandomGenerator random(m_seed ^ (static_cast<quint32>(index) * 2654435761u));
    // The départements of the académie in turn, each school with the next
    // number of its département: the UAI starts with the département's code.
    const QList<Departement> &departements = findAcademie(m_academie)->departements;
    const auto count = static_cast<int>(departements.size());
    const Departement &d = departements.at(index % count);
    const int code = QString::fromLatin1(d.code).toInt();
    const int serial = index / count;
    // Past 10,000 schools in a département its numbers run out: move on to
    // another block of numbers (still seven digits, another prefix).
    const int number = (code + 100 * (serial / 10000)) % 1000 * 10000 + serial % 10000;
    Establishment e;
    e.uai = QStringLiteral("%1%2").arg(number, 7, 10, QLatin1Char('0')).arg(Uai::checkLetter(number));
    const int draw = static_cast<int>(random.bounded(100));
    e.kind = draw < 25 ? EstablishmentKind::EcoleMaternelle
        : draw < 65    ? EstablishmentKind::EcoleElementaire
        : draw < 82    ? EstablishmentKind::EcolePrimaire
        : draw < 94    ? EstablishmentKind::College
        : draw < 98    ? EstablishmentKind::Lycee
                       : EstablishmentKind::LyceeProfessionnel;
    e.commune = QString::fromUtf8(d.communes.at(static_cast<qsizetype>(random.bounded(d.communes.size()))));
    const QString patron = QString::fromUtf8(Patrons[random.bounded(static_cast<int>(std::size(Patrons)))]);
    e.name = QStringLiteral("%1 %2 (%3)").arg(establishmentKindLabel(e.kind), patron, e.commune);
    e.departement = QString::fromUtf8(d.name);
    e.academie = m_academie;
    e.circonscription = isFirstDegree(e.kind) ? QStringLiteral("%1 %2").arg(e.commune).arg(1 + random.bounded(3))
                                              : QStringLiteral("District %1").arg(code % 100 * 10 + random.bounded(4));
    e.headName = QStringLiteral("Direction %1").arg(index + 1);
    const QStringList titles = headTitleChoices(e.kind);
    e.headTitle = titles.at(index % titles.size());
    return e;
}

AnswerMap DataGenerator::answers(const Referential &referential, double maturity)
{
    AnswerMap map;
    for (const Criterion &criterion : referential.criteria()) {
        // A palier-1 criterion is met by most schools, palier 3 by the mature ones.
        const double chance = std::clamp(0.55 + 0.5 * maturity - 0.25 * (criterion.level - 1), 0.02, 0.97);
        const double draw = m_random.generateDouble();
        AnswerStatus status;
        if (m_random.bounded(100) < 4)
            status = AnswerStatus::NotApplicable;
        else if (m_random.bounded(100) < 3)
            status = AnswerStatus::Unanswered;
        else if (draw < chance)
            status = AnswerStatus::Met;
        else if (draw < chance + 0.15)
            status = AnswerStatus::InProgress;
        else
            status = AnswerStatus::NotMet;
        if (status != AnswerStatus::Unanswered)
            map.insert(criterion.id, status);
    }
    return map;
}

QList<AssessmentRecord> DataGenerator::school(int index, const QStringList &years)
{
    QList<AssessmentRecord> reports;
    const Establishment e = establishment(index);
    const Referential *referential = m_catalog.latest(
        isFirstDegree(e.kind) ? QStringLiteral("creteil-ecoles") : QStringLiteral("creteil-etablissements"));
    if (!referential)
        return reports;
    double maturity = 0.2 + 0.6 * m_random.generateDouble();
    AnswerMap previous;
    for (qsizetype y = 0; y < years.size(); ++y) {
        AssessmentRecord report;
        report.establishment = e;
        report.referential = referential;
        Assessment &a = report.assessment;
        a.referentialId = referential->id();
        a.referentialVersion = referential->version();
        a.schoolYear = years.at(y);
        a.author = e.headName;
        a.authorRole = headTitleOf(e);
        const int startYear = years.at(y).left(4).toInt();
        a.createdAt = QDateTime(QDate(startYear, 10, 1 + static_cast<int>(m_random.bounded(28))), QTime(9, 0), Qt::UTC);
        a.updatedAt = a.createdAt.addDays(20);
        // Past years are validated; the current one is validated by half of the schools.
        const bool validated = y + 1 < years.size() || m_random.bounded(2) == 0;
        a.status = validated ? AssessmentStatus::Validated : AssessmentStatus::Draft;
        if (validated) {
            a.validatedAt = a.updatedAt.addDays(1);
            a.validatedBy = e.headName;
        }
        // The first year is drawn; later years start from the year before:
        // most of what was met stays met, some more is met, a little is lost.
        AnswerMap map = y == 0 ? answers(*referential, maturity) : previous;
        if (y > 0) {
            const AnswerMap fresh = answers(*referential, maturity);
            for (const Criterion &criterion : referential->criteria()) {
                const AnswerStatus was = previous.value(criterion.id, AnswerStatus::Unanswered);
                const int draw = static_cast<int>(m_random.bounded(100));
                if (was == AnswerStatus::Met && draw < 4)
                    map.insert(criterion.id, AnswerStatus::InProgress);
                else if (was != AnswerStatus::Met && draw < 30)
                    map.insert(criterion.id, fresh.value(criterion.id, AnswerStatus::NotMet));
            }
        }
        previous = map;
        for (auto it = map.cbegin(); it != map.cend(); ++it)
            report.answers.append({it.key(), it.value(), QString(), QString(), e.headName, a.updatedAt});
        report.indexAnswers();
        report.events.append({AssessmentEvent::Kind::Created, e.headName, a.createdAt, QString()});
        if (validated)
            report.events.append({AssessmentEvent::Kind::Validated, e.headName, a.validatedAt, QString()});
        report.evaluation = PalierEngine::evaluate(*referential, map).value();
        reports.append(report);
        // Schools mostly progress; a few slip back.
        maturity = std::clamp(maturity + 0.1 * m_random.generateDouble() - 0.02, 0.0, 1.0);
    }
    return reports;
}

Status DataGenerator::populate(
    Storage &storage, int count, const QStringList &years, const std::function<bool(int)> &progress)
{
    constexpr int Batch = 250;
    for (int start = 0; start < count; start += Batch) {
        Database::Transaction transaction(storage.database());
        if (!transaction.isActive())
            return Error {transaction.error()};
        for (int index = start; index < std::min(count, start + Batch); ++index) {
            int year = 0;
            for (const AssessmentRecord &report : school(index, years)) {
                ImportedExport generated;
                generated.report = report;
                generated.stamp.exportId = QStringLiteral("generated-%1-%2-%3").arg(m_seed).arg(index).arg(year++);
                generated.stamp.exportedAt = report.assessment.updatedAt;
                generated.checksum = QStringLiteral("generated");
                Result<ImportOutcome> imported
                    = storage.storeImportedAssessment(generated, QStringLiteral("paliers-cli generate"));
                if (!imported)
                    return Error {imported.error()};
            }
        }
        if (!transaction.commit())
            return Error {transaction.error()};
        if (progress && !progress(std::min(count, start + Batch)))
            break;
    }
    return Done {};
}

} // namespace Paliers
