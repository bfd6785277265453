// A campaign over three circonscriptions, its rates worked by hand, the
// schools to remind and the reminder itself.

#include "exchange/reminder.h"
#include "model/uai.h"
#include "temporarydatabase.h"

#include <gtest/gtest.h>
#include <numeric>
#include <QUrlQuery>

using namespace Paliers;
using namespace Paliers::TestSupport;

namespace {

const QString Year = QStringLiteral("2025-2026");
const QString LastYear = QStringLiteral("2024-2025");

QString uai(int number)
{
    return QStringLiteral("%1").arg(number, 7, 10, QLatin1Char('0')) + Uai::checkLetter(number);
}

class CampaignTest : public ::testing::Test
{
protected:
    enum class Answer
    {
        None,
        Draft,
        Validated,
    };

    Storage &storage() { return m_db.storage(); }

    // An école of the register in `circonscription`, with an assessment of
    // `year` in the state given (of `grid`).
    qint64 school(const char *name, const QString &circonscription, Answer answer, const QString &year = Year,
        RegisterState state = RegisterState::Open, const QString &grid = QStringLiteral("creteil-ecoles"),
        EstablishmentKind kind = EstablishmentKind::EcoleElementaire)
    {
        Establishment e;
        e.uai = uai(930100 + ++m_count);
        e.name = QLatin1String(name);
        e.kind = kind;
        e.commune = QStringLiteral("Bobigny");
        e.circonscription = circonscription;
        e.departement = QStringLiteral("Seine-Saint-Denis");
        e.departementCode = QStringLiteral("093");
        e.academie = QStringLiteral("Créteil");
        e.sector = QStringLiteral("Public");
        e.mail = QStringLiteral("ce.%1@ac-creteil.fr").arg(e.uai.toLower());
        e.registerState = state;
        const Result<qint64> id = storage().addEstablishment(e);
        EXPECT_TRUE(id.ok()) << id.error().toStdString();
        if (answer != Answer::None) {
            const Result<qint64> assessment = storage().createAssessment({*id, grid, year, QStringLiteral("Test")});
            EXPECT_TRUE(assessment.ok()) << assessment.error().toStdString();
            if (answer == Answer::Validated) {
                EXPECT_TRUE(storage().validateAssessment(*assessment).ok());
            }
        }
        return *id;
    }

    void SetUp() override
    {
        // Bobigny 1: 4 expected, 2 validated, 1 draft, 1 not started: 50 %.
        school("A", QStringLiteral("Bobigny 1"), Answer::Validated);
        school("B", QStringLiteral("Bobigny 1"), Answer::Draft);
        school("C", QStringLiteral("Bobigny 1"), Answer::None);
        school("D", QStringLiteral("Bobigny 1"), Answer::Validated);
        // Bobigny 2: 2 expected, 1 validated; F answered last year only: 50 %.
        school("E", QStringLiteral("Bobigny 2"), Answer::Validated);
        school("F", QStringLiteral("Bobigny 2"), Answer::Validated, LastYear);
        // Pantin: 3 expected (I is closed), none validated, 1 draft: 0 %. K
        // answered the établissements' grid, which is not an école's.
        school("G", QStringLiteral("Pantin"), Answer::Draft);
        school("H", QStringLiteral("Pantin"), Answer::None);
        school("I", QStringLiteral("Pantin"), Answer::Validated, Year, RegisterState::Closed);
        school("K", QStringLiteral("Pantin"), Answer::Validated, Year, RegisterState::Open,
            QStringLiteral("creteil-etablissements"));
        // A collège, with no circonscription, validated.
        school("J", QString(), Answer::Validated, Year, RegisterState::Open, QStringLiteral("creteil-etablissements"),
            EstablishmentKind::College);

        m_campaign.name = QStringLiteral("Écoles du 93");
        m_campaign.schoolYear = Year;
        m_campaign.filter.kinds = {
            EstablishmentKind::EcoleMaternelle, EstablishmentKind::EcoleElementaire, EstablishmentKind::EcolePrimaire};
        m_campaign.filter.departement = QStringLiteral("093");
    }

    TemporaryDatabase m_db;
    Campaign m_campaign;
    int m_count = 0;
};

} // namespace

TEST_F(CampaignTest, CountsEachCirconscriptionByHand)
{
    const Result<CampaignProgress> progress = storage().campaignProgress(m_campaign, TerritoryLevel::Circonscription);
    ASSERT_TRUE(progress.ok()) << progress.error().toStdString();
    ASSERT_EQ(progress->territories.size(), 3);

    const TerritoryProgress &bobigny1 = progress->territories.at(0);
    EXPECT_EQ(bobigny1.territory, QStringLiteral("Bobigny 1"));
    EXPECT_EQ(bobigny1.expected, 4);
    EXPECT_EQ(bobigny1.validated, 2);
    EXPECT_EQ(bobigny1.draft, 1);
    EXPECT_EQ(bobigny1.notStarted(), 1);
    EXPECT_DOUBLE_EQ(bobigny1.rate(), 0.5);

    const TerritoryProgress &bobigny2 = progress->territories.at(1);
    EXPECT_EQ(bobigny2.expected, 2);
    EXPECT_EQ(bobigny2.validated, 1);
    EXPECT_EQ(bobigny2.draft, 0);
    EXPECT_EQ(bobigny2.notStarted(), 1);

    const TerritoryProgress &pantin = progress->territories.at(2);
    EXPECT_EQ(pantin.territory, QStringLiteral("Pantin"));
    EXPECT_EQ(pantin.expected, 3);
    EXPECT_EQ(pantin.validated, 0);
    EXPECT_EQ(pantin.draft, 1);
    EXPECT_EQ(pantin.notStarted(), 2);
    EXPECT_EQ(pantin.rateText(), QStringLiteral("0 %"));

    EXPECT_EQ(progress->total.expected, 9);
    EXPECT_EQ(progress->total.validated, 3);
    EXPECT_EQ(progress->total.draft, 2);
    EXPECT_EQ(progress->total.rateText(), QStringLiteral("33 %"));
}

TEST_F(CampaignTest, WithoutAFilterTheCollegeCountsWithItsOwnGridUnderNoCirconscription)
{
    Campaign all = m_campaign;
    all.filter = {};
    const Result<CampaignProgress> progress = storage().campaignProgress(all, TerritoryLevel::Circonscription);
    ASSERT_TRUE(progress.ok());
    ASSERT_EQ(progress->territories.size(), 4);
    EXPECT_TRUE(progress->territories.constLast().territory.isEmpty()); // last, named « (no circonscription) »
    EXPECT_EQ(progress->territories.constLast().validated, 1);
    EXPECT_EQ(progress->total.expected, 10);

    const Result<CampaignProgress> byDepartement = storage().campaignProgress(all, TerritoryLevel::Departement);
    ASSERT_TRUE(byDepartement.ok());
    ASSERT_EQ(byDepartement->territories.size(), 1);
    EXPECT_EQ(byDepartement->territories.constFirst().territory, QStringLiteral("Seine-Saint-Denis"));
    EXPECT_EQ(byDepartement->territories.constFirst().validated, 4);

    // One grid asked for: K's établissements grid counts, A's écoles one not.
    Campaign etablissements = all;
    etablissements.referentialId = QStringLiteral("creteil-etablissements");
    const Result<CampaignProgress> grid = storage().campaignProgress(etablissements, TerritoryLevel::Academie);
    ASSERT_TRUE(grid.ok());
    EXPECT_EQ(grid->total.validated, 2); // J and K
}

TEST_F(CampaignTest, ListsTheSchoolsToRemindWithTheirAddresses)
{
    const Result<QList<CampaignSchool>> late = storage().campaignSchools(
        m_campaign, TerritoryLevel::Circonscription, std::nullopt, {CampaignState::NotStarted, CampaignState::Draft});
    ASSERT_TRUE(late.ok());
    QStringList names;
    for (const CampaignSchool &school : late.value())
        names.append(school.name);
    EXPECT_EQ(names,
        (QStringList {QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("F"), QStringLiteral("G"),
            QStringLiteral("H"), QStringLiteral("K")}));
    EXPECT_EQ(late->at(0).state, CampaignState::Draft);
    EXPECT_EQ(late->at(1).state, CampaignState::NotStarted);
    EXPECT_EQ(late->at(0).mail, QStringLiteral("ce.%1@ac-creteil.fr").arg(late->at(0).uai.toLower()));

    const Result<QList<CampaignSchool>> pantin = storage().campaignSchools(
        m_campaign, TerritoryLevel::Circonscription, QStringLiteral("Pantin"), {CampaignState::NotStarted});
    ASSERT_TRUE(pantin.ok());
    ASSERT_EQ(pantin->size(), 2);
    EXPECT_EQ(pantin->at(0).name, QStringLiteral("H"));
    EXPECT_EQ(pantin->at(1).name, QStringLiteral("K"));

    const QByteArray csv = Reminder::csv(pantin.value(), TerritoryLevel::Circonscription);
    EXPECT_TRUE(
        csv.startsWith("\xEF\xBB\xBFUAI;Établissement;Type;Commune;Circonscription;État;Courriel;Direction\r\n"))
        << csv.toStdString();
    const QString text = QString::fromUtf8(csv);
    EXPECT_NE(text.indexOf(QStringLiteral("%1;H;").arg(pantin->at(0).uai)), -1);
    EXPECT_NE(
        text.indexOf(QStringLiteral(";Pantin;non commencé;ce.%1@ac-creteil.fr").arg(pantin->at(0).uai.toLower())), -1);
}

TEST_F(CampaignTest, TheReminderPutsTheAddressesInBccInBatches)
{
    QList<CampaignSchool> schools(3);
    schools[0].mail = QStringLiteral("ce.0930101B@ac-creteil.fr");
    schools[1].mail = QStringLiteral("CE.0930101B@ac-creteil.fr"); // the same, differently cased
    schools[2].mail = QStringLiteral("ce.0930102C@ac-creteil.fr");
    const QStringList addresses = Reminder::addresses(schools);
    ASSERT_EQ(addresses.size(), 2);

    const QString body = QStringLiteral("Bonjour,\nmerci & à bientôt ?");
    const QList<QUrl> one = Reminder::mailto(addresses, QStringLiteral("Paliers 2025-2026"), body);
    ASSERT_EQ(one.size(), 1);
    EXPECT_EQ(one.constFirst().scheme(), QStringLiteral("mailto"));
    EXPECT_TRUE(one.constFirst().path().isEmpty()); // no visible recipient
    const QByteArray encoded = one.constFirst().toEncoded();
    EXPECT_NE(encoded.indexOf("bcc=ce.0930101B@ac-creteil.fr,ce.0930102C@ac-creteil.fr&"), -1) << encoded.data();
    EXPECT_NE(encoded.indexOf("subject=Paliers%202025-2026"), -1);
    EXPECT_NE(encoded.indexOf("body=Bonjour%2C%0D%0Amerci%20%26%20%C3%A0%20bient%C3%B4t%20%3F"), -1) << encoded.data();
    EXPECT_EQ(encoded.indexOf('+'), -1);

    const QList<QUrl> batches = Reminder::mailto(addresses, QStringLiteral("s"), QStringLiteral("b"), 1);
    ASSERT_EQ(batches.size(), 2);
    EXPECT_NE(batches.at(1).toEncoded().indexOf("bcc=ce.0930102C@ac-creteil.fr&"), -1);

    // Batches end before a link passes what mail programs take.
    QStringList many;
    for (int i = 0; i < 120; ++i)
        many.append(QStringLiteral("ce.%1@ac-creteil.fr").arg(uai(930000 + i).toLower()));
    const QList<QUrl> batched
        = Reminder::mailto(many, Reminder::defaultSubject(m_campaign), Reminder::defaultBody(m_campaign));
    ASSERT_EQ(batched.size(), 3);
    QList<int> counts;
    for (const QUrl &url : batched) {
        const QByteArray link = url.toEncoded();
        EXPECT_LE(link.size(), Reminder::MaxUrlLength);
        counts.append(static_cast<int>(link.mid(12, link.indexOf('&') - 12).split(',').size()));
    }
    // The French text leaves room for fewer than 50 addresses a message.
    EXPECT_LT(counts.at(0), Reminder::MaxRecipients);
    const int listed = std::accumulate(counts.cbegin(), counts.cend(), 0);
    EXPECT_EQ(listed, 120);

    const QString defaultBody = Reminder::defaultBody(m_campaign);
    EXPECT_NE(defaultBody.indexOf(Year), -1);
}

TEST_F(CampaignTest, RatesOverTheYearsAndTheCampaignIsKept)
{
    const Result<QList<YearProgress>> years = storage().campaignYears(m_campaign);
    ASSERT_TRUE(years.ok());
    ASSERT_EQ(years->size(), 2);
    EXPECT_EQ(years->at(0).schoolYear, LastYear);
    EXPECT_EQ(years->at(0).progress.expected, 9);
    EXPECT_EQ(years->at(0).progress.validated, 1); // F
    EXPECT_EQ(years->at(1).schoolYear, Year);
    EXPECT_EQ(years->at(1).progress.validated, 3);

    const Result<qint64> id = storage().saveCampaign(m_campaign);
    ASSERT_TRUE(id.ok()) << id.error().toStdString();
    EXPECT_FALSE(storage().saveCampaign(m_campaign).ok()); // the same name and year twice
    m_db.reopen();
    const Result<QList<Campaign>> kept = storage().campaigns();
    ASSERT_TRUE(kept.ok());
    ASSERT_EQ(kept->size(), 1);
    EXPECT_EQ(kept->constFirst().id, *id);
    EXPECT_EQ(kept->constFirst().name, m_campaign.name);
    EXPECT_EQ(kept->constFirst().filter.kinds, m_campaign.filter.kinds);
    EXPECT_EQ(kept->constFirst().filter.departement, QStringLiteral("093"));
    const Result<CampaignProgress> again
        = storage().campaignProgress(kept->constFirst(), TerritoryLevel::Circonscription);
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->total.validated, 3);

    Campaign bad = m_campaign;
    bad.id = 0;
    bad.schoolYear = QStringLiteral("2025");
    EXPECT_FALSE(storage().saveCampaign(bad).ok());
    ASSERT_TRUE(storage().removeCampaign(*id).ok());
    EXPECT_TRUE(storage().campaigns()->isEmpty());
}

TEST_F(CampaignTest, ATerritoryWrittenInCapitalsIsTheSameTerritory)
{
    school("L", QStringLiteral("PANTIN"), Answer::None);
    const Result<CampaignProgress> progress = storage().campaignProgress(m_campaign, TerritoryLevel::Circonscription);
    ASSERT_TRUE(progress.ok());
    ASSERT_EQ(progress->territories.size(), 3);
    EXPECT_EQ(progress->territories.at(2).expected, 4);
    const Result<QList<CampaignSchool>> pantin = storage().campaignSchools(
        m_campaign, TerritoryLevel::Circonscription, QStringLiteral("Pantin"), {CampaignState::NotStarted});
    ASSERT_TRUE(pantin.ok());
    EXPECT_EQ(pantin->size(), 3); // H, K and L
}
