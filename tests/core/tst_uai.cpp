#include "model/uai.h"

#include <gtest/gtest.h>

using namespace Paliers;

TEST(Uai, AcceptsAValidNumber)
{
    const Result<QString> uai = Uai::normalize(QStringLiteral("0750655E"));
    ASSERT_TRUE(uai.ok()) << uai.error().toStdString();
    EXPECT_EQ(uai.value(), QStringLiteral("0750655E"));
}

TEST(Uai, NormalisesLowercaseAndSpaces)
{
    const Result<QString> uai = Uai::normalize(QStringLiteral("  0941234f "));
    ASSERT_TRUE(uai.ok());
    EXPECT_EQ(uai.value(), QStringLiteral("0941234F"));
}

TEST(Uai, ComputesTheCheckLetterSkippingIOQ)
{
    EXPECT_EQ(Uai::checkLetter(0), QLatin1Char('A'));
    EXPECT_EQ(Uai::checkLetter(8), QLatin1Char('J')); // no I
    EXPECT_EQ(Uai::checkLetter(13), QLatin1Char('P')); // no O
    EXPECT_EQ(Uai::checkLetter(14), QLatin1Char('R')); // no Q
    EXPECT_EQ(Uai::checkLetter(22), QLatin1Char('Z'));
    EXPECT_EQ(Uai::checkLetter(23), QLatin1Char('A'));
    EXPECT_EQ(Uai::checkLetter(750655), QLatin1Char('E'));
}

TEST(Uai, RefusesAWrongCheckLetter)
{
    const Result<QString> uai = Uai::normalize(QStringLiteral("0750655F"));
    ASSERT_FALSE(uai.ok());
    EXPECT_EQ(uai.error(),
        QStringLiteral("La lettre de contrôle de l'UAI 0750655 devrait être E, et non F : vérifiez le numéro."));
}

TEST(Uai, RefusesAWrongLength)
{
    for (const char *text : {"075065E", "07506555E", "0750655"}) {
        const Result<QString> uai = Uai::normalize(QString::fromLatin1(text));
        ASSERT_FALSE(uai.ok()) << text;
        EXPECT_TRUE(uai.error().startsWith(QStringLiteral("Une UAI compte 8 caractères"))) << uai.error().toStdString();
    }
}

TEST(Uai, RefusesLettersAmongTheDigitsAndAnEmptyValue)
{
    const Result<QString> letters = Uai::normalize(QStringLiteral("07A0655E"));
    ASSERT_FALSE(letters.ok());
    EXPECT_EQ(letters.error(), QStringLiteral("Une UAI commence par sept chiffres (par exemple 0750655E)."));
    // Arabic-Indic digits are digits to Unicode, not to the Éducation nationale.
    EXPECT_FALSE(Uai::normalize(QString::fromUtf8("٠٧٥٠٦٥٥E")).ok());
    const Result<QString> empty = Uai::normalize(QStringLiteral("   "));
    ASSERT_FALSE(empty.ok());
    EXPECT_EQ(empty.error(), QStringLiteral("L'UAI est obligatoire."));
}
