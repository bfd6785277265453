#include "exchange/answersdocument.h"

#include <gtest/gtest.h>

using namespace Paliers;

TEST(AnswersDocument, ReadsTheReferentialAndEveryStatus)
{
    const Result<AnswersDocument> doc = AnswersDocument::parse(
        QByteArrayLiteral(R"({"referential": "creteil-ecoles", "answers": {"PIL-1-01": "atteint",
            "PIL-1-02": "en_cours", "PIL-1-03": "non_atteint", "PIL-1-04": "non_concerne",
            "PIL-1-05": "non_renseigne"}})"),
        QStringLiteral("reponses.json"));
    ASSERT_TRUE(doc.ok()) << doc.error().toStdString();
    EXPECT_EQ(doc->referentialId, QStringLiteral("creteil-ecoles"));
    ASSERT_EQ(doc->answers.size(), 5);
    EXPECT_EQ(doc->answers.value(QStringLiteral("PIL-1-01")), AnswerStatus::Met);
    EXPECT_EQ(doc->answers.value(QStringLiteral("PIL-1-02")), AnswerStatus::InProgress);
    EXPECT_EQ(doc->answers.value(QStringLiteral("PIL-1-03")), AnswerStatus::NotMet);
    EXPECT_EQ(doc->answers.value(QStringLiteral("PIL-1-04")), AnswerStatus::NotApplicable);
    EXPECT_EQ(doc->answers.value(QStringLiteral("PIL-1-05")), AnswerStatus::Unanswered);
}

TEST(AnswersDocument, RefusesAnUnknownStatusNamingTheCriterion)
{
    const Result<AnswersDocument> doc = AnswersDocument::parse(
        QByteArrayLiteral(R"({"referential": "creteil-ecoles", "answers": {"PIL-1-01": "fait"}})"),
        QStringLiteral("reponses.json"));
    ASSERT_FALSE(doc.ok());
    EXPECT_EQ(doc.error(),
        QStringLiteral("reponses.json, à l'emplacement answers.PIL-1-01 : statut « fait » inconnu "
                       "(valeurs possibles : atteint, en_cours, non_atteint, non_concerne, "
                       "non_renseigne)"));
}

TEST(AnswersDocument, RefusesAStatusThatIsNotText)
{
    const Result<AnswersDocument> doc
        = AnswersDocument::parse(QByteArrayLiteral(R"({"referential": "creteil-ecoles", "answers": {"PIL-1-01": 1}})"),
            QStringLiteral("reponses.json"));
    ASSERT_FALSE(doc.ok());
    EXPECT_TRUE(doc.error().contains(QStringLiteral("answers.PIL-1-01 : un statut est attendu")))
        << doc.error().toStdString();
}

TEST(AnswersDocument, RefusesAFileWithoutAnswers)
{
    const Result<AnswersDocument> doc
        = AnswersDocument::parse(QByteArrayLiteral(R"({"referential": "creteil-ecoles"})"), QStringLiteral("r.json"));
    ASSERT_FALSE(doc.ok());
    EXPECT_EQ(doc.error(), QStringLiteral("r.json : le champ « answers » est absent"));
}
