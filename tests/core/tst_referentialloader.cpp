#include "referential/referentialloader.h"
#include "testdata.h"

#include <gtest/gtest.h>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace Paliers;

namespace {

const QString FileName = QStringLiteral("grille.json");

QJsonObject criterion(const char *id, const char *domain, int level, const char *text)
{
    return QJsonObject {{QStringLiteral("id"), QString::fromUtf8(id)},
        {QStringLiteral("domain"), QString::fromUtf8(domain)}, {QStringLiteral("level"), level},
        {QStringLiteral("text"), QString::fromUtf8(text)}};
}

// A small valid referential; each test breaks one thing in it.
QJsonObject validReferential()
{
    return QJsonObject {
        {QStringLiteral("format"), QStringLiteral("paliers-referential")},
        {QStringLiteral("formatVersion"), 1},
        {QStringLiteral("id"), QStringLiteral("essai")},
        {QStringLiteral("version"), QStringLiteral("1")},
        {QStringLiteral("title"), QStringLiteral("Grille d'essai")},
        {QStringLiteral("audience"), QStringLiteral("ecole")},
        {QStringLiteral("kind"), QStringLiteral("checklist")},
        {QStringLiteral("rule"), QJsonObject {{QStringLiteral("type"), QStringLiteral("all")}}},
        {QStringLiteral("levels"),
            QJsonArray {
                QJsonObject {{QStringLiteral("number"), 1}, {QStringLiteral("title"), QStringLiteral("Palier 1")},
                    {QStringLiteral("description"), QStringLiteral("Conditions minimales")}},
                QJsonObject {{QStringLiteral("number"), 2}, {QStringLiteral("title"), QStringLiteral("Palier 2")},
                    {QStringLiteral("description"), QStringLiteral("Conditions de réussite")}},
            }},
        {QStringLiteral("domains"),
            QJsonArray {
                QJsonObject {{QStringLiteral("id"), QStringLiteral("EQU")},
                    {QStringLiteral("title"), QStringLiteral("Équipement")}, {QStringLiteral("order"), 2}},
                QJsonObject {{QStringLiteral("id"), QStringLiteral("PIL")},
                    {QStringLiteral("title"), QStringLiteral("Pilotage")}, {QStringLiteral("order"), 1}},
            }},
        {QStringLiteral("criteria"),
            QJsonArray {
                criterion("EQU-1-01", "EQU", 1, "Vidéoprojecteur"),
                criterion("PIL-2-01", "PIL", 2, "Commission numérique"),
                criterion("PIL-1-01", "PIL", 1, "Charte d'usage"),
            }},
    };
}

// The same grid as a rubric: two axes, two stages, one cell each.
QJsonObject validRubric()
{
    QJsonObject object = validReferential();
    object.insert(QStringLiteral("kind"), QStringLiteral("rubric"));
    object.insert(QStringLiteral("criteria"),
        QJsonArray {
            criterion("EQU-J1", "EQU", 1, "Un poste par salle"),
            criterion("EQU-J2", "EQU", 2, "Une classe mobile"),
            criterion("PIL-J1", "PIL", 1, "Une charte d'usage"),
            criterion("PIL-J2", "PIL", 2, "Une commission numérique"),
        });
    return object;
}

Result<Referential> load(const QJsonObject &object)
{
    return ReferentialLoader::loadData(QJsonDocument(object).toJson(), FileName);
}

// Replaces field `key` of element `index` of the array `arrayKey`.
QJsonObject withElementField(
    QJsonObject root, const QString &arrayKey, qsizetype index, const QString &key, const QJsonValue &value)
{
    QJsonArray array = root.value(arrayKey).toArray();
    QJsonObject element = array.at(index).toObject();
    if (value.isUndefined())
        element.remove(key);
    else
        element.insert(key, value);
    array.replace(index, element);
    root.insert(arrayKey, array);
    return root;
}

// The refusal must name the file, the place and the problem.
void expectRefused(const Result<Referential> &result, const QString &place, const QString &problem)
{
    ASSERT_FALSE(result.ok());
    const QString message = result.error();
    EXPECT_TRUE(message.startsWith(FileName)) << message.toStdString();
    EXPECT_TRUE(message.contains(place)) << message.toStdString();
    EXPECT_TRUE(message.contains(problem)) << message.toStdString();
}

} // namespace

TEST(ReferentialLoader, LoadsAValidFileAndSortsDomainsAndCriteria)
{
    const Result<Referential> result = load(validReferential());
    ASSERT_TRUE(result.ok()) << result.error().toStdString();
    const Referential &r = result.value();
    EXPECT_EQ(r.id(), QStringLiteral("essai"));
    EXPECT_EQ(r.audience(), Audience::Ecole);
    EXPECT_EQ(r.maxLevel(), 2);
    ASSERT_EQ(r.domains().size(), 2);
    EXPECT_EQ(r.domains().at(0).id, QStringLiteral("PIL"));
    QStringList order;
    for (const Criterion &c : r.criteria())
        order << c.id;
    EXPECT_EQ(order, QStringList({QStringLiteral("PIL-1-01"), QStringLiteral("PIL-2-01"), QStringLiteral("EQU-1-01")}));
    EXPECT_EQ(r.criteriaOf(QStringLiteral("PIL"), 2).size(), 1);
}

TEST(ReferentialLoader, ReadsTheThresholdRule)
{
    QJsonObject object = validReferential();
    object.insert(QStringLiteral("rule"),
        QJsonObject {{QStringLiteral("type"), QStringLiteral("threshold")}, {QStringLiteral("threshold"), 0.8}});
    const Result<Referential> result = load(object);
    ASSERT_TRUE(result.ok()) << result.error().toStdString();
    EXPECT_EQ(result->rule().kind, ScoringRule::Kind::Threshold);
    EXPECT_DOUBLE_EQ(result->rule().threshold, 0.8);
}

TEST(ReferentialLoader, RefusesAFileThatCannotBeRead)
{
    const Result<Referential> result = ReferentialLoader::loadFile(QStringLiteral("/nonexistent/grille.json"));
    ASSERT_FALSE(result.ok());
    EXPECT_TRUE(result.error().contains(QStringLiteral("Impossible de lire le fichier de référentiel")))
        << result.error().toStdString();
    EXPECT_TRUE(result.error().contains(QStringLiteral("/nonexistent/grille.json")));
}

TEST(ReferentialLoader, RefusesBadJsonWithLineAndColumn)
{
    const Result<Referential> result = ReferentialLoader::loadData(
        QByteArrayLiteral("{\n  \"format\": \"paliers-referential\",\n  oops\n}"), FileName);
    ASSERT_FALSE(result.ok());
    EXPECT_TRUE(result.error().startsWith(FileName));
    EXPECT_TRUE(result.error().contains(QStringLiteral("JSON invalide à la ligne 3, colonne ")))
        << result.error().toStdString();
}

TEST(ReferentialLoader, RefusesADocumentThatIsNotAnObject)
{
    const Result<Referential> result = ReferentialLoader::loadData(QByteArrayLiteral("[1, 2]"), FileName);
    ASSERT_FALSE(result.ok());
    EXPECT_TRUE(result.error().contains(QStringLiteral("le fichier doit contenir un objet JSON")))
        << result.error().toStdString();
}

TEST(ReferentialLoader, RefusesAnotherFormat)
{
    QJsonObject object = validReferential();
    object.insert(QStringLiteral("format"), QStringLiteral("paliers-export"));
    expectRefused(load(object), QStringLiteral("format"), QStringLiteral("ce n'est pas un référentiel Paliers"));
}

TEST(ReferentialLoader, RefusesANewerFormatVersion)
{
    QJsonObject object = validReferential();
    object.insert(QStringLiteral("formatVersion"), 2);
    expectRefused(load(object), QStringLiteral("formatVersion"),
        QStringLiteral("la version de format 2 n'est pas prise en charge"));
}

TEST(ReferentialLoader, RefusesAMissingTopLevelField)
{
    QJsonObject object = validReferential();
    object.remove(QStringLiteral("title"));
    const Result<Referential> result = load(object);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error(), QStringLiteral("grille.json : le champ « title » est absent"));
}

TEST(ReferentialLoader, RefusesAMissingCriterionFieldNamingTheCriterion)
{
    expectRefused(load(withElementField(validReferential(), QStringLiteral("criteria"), 1, QStringLiteral("text"),
                      QJsonValue::Undefined)),
        QStringLiteral("criteria[1] (PIL-2-01)"), QStringLiteral("le champ « text » est absent"));
}

TEST(ReferentialLoader, RefusesAFieldOfTheWrongType)
{
    expectRefused(load(withElementField(validReferential(), QStringLiteral("criteria"), 0, QStringLiteral("level"),
                      QStringLiteral("un"))),
        QStringLiteral("criteria[0] (EQU-1-01).level"), QStringLiteral("un nombre entier est attendu"));
    expectRefused(
        load(withElementField(validReferential(), QStringLiteral("criteria"), 0, QStringLiteral("level"), 1.5)),
        QStringLiteral("criteria[0] (EQU-1-01).level"), QStringLiteral("un nombre entier est attendu"));
}

TEST(ReferentialLoader, RefusesAnEmptyText)
{
    expectRefused(load(withElementField(
                      validReferential(), QStringLiteral("criteria"), 2, QStringLiteral("text"), QStringLiteral("  "))),
        QStringLiteral("criteria[2] (PIL-1-01).text"), QStringLiteral("ne doit pas être vide"));
}

TEST(ReferentialLoader, RefusesADuplicateCriterionId)
{
    expectRefused(load(withElementField(validReferential(), QStringLiteral("criteria"), 2, QStringLiteral("id"),
                      QStringLiteral("EQU-1-01"))),
        QStringLiteral("criteria[2]"), QStringLiteral("l'identifiant de critère « EQU-1-01 » est utilisé deux fois"));
}

TEST(ReferentialLoader, RefusesADuplicateDomainId)
{
    expectRefused(load(withElementField(
                      validReferential(), QStringLiteral("domains"), 1, QStringLiteral("id"), QStringLiteral("EQU"))),
        QStringLiteral("domains[1].id"), QStringLiteral("l'identifiant de domaine « EQU » est utilisé deux fois"));
}

TEST(ReferentialLoader, RefusesACriterionAtALevelThatDoesNotExist)
{
    expectRefused(load(withElementField(validReferential(), QStringLiteral("criteria"), 1, QStringLiteral("level"), 3)),
        QStringLiteral("criteria[1] (PIL-2-01).level"),
        QStringLiteral("le palier 3 n'existe pas dans ce référentiel (il a les paliers 1 à 2)"));
}

TEST(ReferentialLoader, RefusesACriterionOfAnUnknownDomain)
{
    expectRefused(load(withElementField(validReferential(), QStringLiteral("criteria"), 0, QStringLiteral("domain"),
                      QStringLiteral("RES"))),
        QStringLiteral("criteria[0] (EQU-1-01).domain"),
        QStringLiteral("le domaine « RES » n'existe pas dans ce référentiel"));
}

TEST(ReferentialLoader, RefusesAnEmptyDomain)
{
    QJsonObject object = validReferential();
    QJsonArray criteria = object.value(QStringLiteral("criteria")).toArray();
    criteria.removeAt(0); // the only EQU criterion
    object.insert(QStringLiteral("criteria"), criteria);
    expectRefused(load(object), QStringLiteral("domains[0] (EQU)"),
        QStringLiteral("le domaine « Équipement » n'a aucun critère"));
}

TEST(ReferentialLoader, RefusesLevelsOutOfSequence)
{
    expectRefused(load(withElementField(validReferential(), QStringLiteral("levels"), 1, QStringLiteral("number"), 3)),
        QStringLiteral("levels[1].number"), QStringLiteral("palier 3 trouvé là où le palier 2 était attendu"));
}

TEST(ReferentialLoader, RefusesAReferentialWithoutLevelsOrDomains)
{
    QJsonObject noLevels = validReferential();
    noLevels.insert(QStringLiteral("levels"), QJsonArray());
    expectRefused(load(noLevels), QStringLiteral("levels"), QStringLiteral("le référentiel ne définit aucun palier"));

    QJsonObject noDomains = validReferential();
    noDomains.insert(QStringLiteral("domains"), QJsonArray());
    expectRefused(
        load(noDomains), QStringLiteral("domains"), QStringLiteral("le référentiel ne définit aucun domaine"));
}

TEST(ReferentialLoader, RefusesABadRule)
{
    QJsonObject unknown = validReferential();
    unknown.insert(QStringLiteral("rule"), QJsonObject {{QStringLiteral("type"), QStringLiteral("majority")}});
    expectRefused(load(unknown), QStringLiteral("rule.type"), QStringLiteral("règle « majority » inconnue"));

    for (const double threshold : {0.0, 1.2, -0.5}) {
        QJsonObject outOfRange = validReferential();
        outOfRange.insert(QStringLiteral("rule"),
            QJsonObject {
                {QStringLiteral("type"), QStringLiteral("threshold")}, {QStringLiteral("threshold"), threshold}});
        expectRefused(load(outOfRange), QStringLiteral("rule.threshold"),
            QStringLiteral("le seuil doit être supérieur à 0 et au plus égal à 1"));
    }
}

TEST(ReferentialLoader, RefusesAKindItCannotScore)
{
    QJsonObject object = validReferential();
    object.insert(QStringLiteral("kind"), QStringLiteral("matrix"));
    expectRefused(load(object), QStringLiteral("kind"),
        QStringLiteral("le type de référentiel « matrix » n'est pas pris en charge"));
}

TEST(ReferentialLoader, LoadsARubricWithOneCellPerAxisAndStage)
{
    const Result<Referential> result = load(validRubric());
    ASSERT_TRUE(result.ok()) << result.error().toStdString();
    EXPECT_EQ(result->kind(), ReferentialKind::Rubric);
    EXPECT_EQ(result->criteria().size(), 4);
    EXPECT_EQ(result->criteriaOf(QStringLiteral("PIL"), 2).size(), 1);

    const Result<Referential> checklist = load(validReferential());
    ASSERT_TRUE(checklist.ok()) << checklist.error().toStdString();
    EXPECT_EQ(checklist->kind(), ReferentialKind::Checklist);
}

// The rubric messages are not translated yet: compare with what tr() gives,
// whichever catalogue is installed.
TEST(ReferentialLoader, RefusesARubricWithAMissingCell)
{
    QJsonObject object = validRubric();
    QJsonArray criteria = object.value(QStringLiteral("criteria")).toArray();
    criteria.removeAt(3); // PIL-J2
    object.insert(QStringLiteral("criteria"), criteria);
    expectRefused(load(object), QStringLiteral("domains[1] (PIL)"),
        ReferentialLoader::tr("the axis \"%1\" has no cell at stage %2; a rubric has exactly one per stage")
            .arg(QStringLiteral("Pilotage"))
            .arg(2));
}

TEST(ReferentialLoader, RefusesARubricWithTwoCellsAtOneStage)
{
    // EQU-J2 moved to stage 1: two cells there, none at stage 2. The first
    // problem met in the file's order of axes and stages is reported.
    expectRefused(load(withElementField(validRubric(), QStringLiteral("criteria"), 1, QStringLiteral("level"), 1)),
        QStringLiteral("domains[0] (EQU)"),
        ReferentialLoader::tr("the axis \"%1\" has %2 cells at stage %3; a rubric has exactly one per stage")
            .arg(QStringLiteral("Équipement"))
            .arg(2)
            .arg(1));
}

TEST(ReferentialLoader, AppliesTheOneCellPerStageRuleToRubricsOnly)
{
    // Two cells at stage 1 and none at stage 2 are fine in a checklist.
    QJsonObject object = withElementField(validRubric(), QStringLiteral("criteria"), 1, QStringLiteral("level"), 1);
    object.insert(QStringLiteral("kind"), QStringLiteral("checklist"));
    const Result<Referential> result = load(object);
    ASSERT_TRUE(result.ok()) << result.error().toStdString();
    EXPECT_EQ(result->criteriaOf(QStringLiteral("EQU"), 1).size(), 2);
    EXPECT_TRUE(result->criteriaOf(QStringLiteral("EQU"), 2).isEmpty());
}

TEST(ReferentialLoader, RefusesAnUnknownAudience)
{
    QJsonObject object = validReferential();
    object.insert(QStringLiteral("audience"), QStringLiteral("université"));
    expectRefused(load(object), QStringLiteral("audience"), QStringLiteral("public « université » inconnu"));
}

TEST(ReferentialLoader, RefusesAnIdWithSpaces)
{
    expectRefused(load(withElementField(validReferential(), QStringLiteral("criteria"), 0, QStringLiteral("id"),
                      QStringLiteral("EQU 1"))),
        QStringLiteral("criteria[0].id"), QStringLiteral("« EQU 1 » n'est pas un identifiant valide"));
}

TEST(ReferentialLoader, TakesIdsOfLettersDigitsDotsUnderscoresAndDashes)
{
    const QString longest(64, u'a');
    for (const QString &id : {QStringLiteral("EQU"), QStringLiteral("equ-1.a_b"), QStringLiteral("9"), longest}) {
        const Result<Referential> result
            = load(withElementField(validReferential(), QStringLiteral("criteria"), 0, QStringLiteral("id"), id));
        EXPECT_TRUE(result.ok()) << id.toStdString() << ": " << result.error().toStdString();
    }
    for (const QString &id : {longest + u'a', QStringLiteral("-EQU"), QStringLiteral(".EQU"), QStringLiteral("_EQU"),
             QStringLiteral("ÉQU"), QStringLiteral("EQU/1"), QStringLiteral("EQU\n"), QStringLiteral("\nEQU"),
             QStringLiteral("EQU\t"), QStringLiteral("EQU１")}) {
        expectRefused(
            load(withElementField(validReferential(), QStringLiteral("criteria"), 0, QStringLiteral("id"), id)),
            QStringLiteral("criteria[0].id"), QStringLiteral("n'est pas un identifiant valide"));
    }
}

TEST(ReferentialLoader, RefusesAnOversizedFile)
{
    QByteArray huge(ReferentialLoader::MaxFileSize + 1, ' ');
    const Result<Referential> result = ReferentialLoader::loadData(huge, FileName);
    ASSERT_FALSE(result.ok());
    EXPECT_TRUE(result.error().contains(QStringLiteral("est trop volumineux"))) << result.error().toStdString();
}

TEST(ReferentialLoader, LoadsFromAFileWhosePathHasSpacesAndAccents)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("grille d'académie « test ».json"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(validReferential()).toJson());
    file.close();
    const Result<Referential> result = ReferentialLoader::loadFile(path);
    ASSERT_TRUE(result.ok()) << result.error().toStdString();
    EXPECT_EQ(result->criteria().size(), 3);
}
