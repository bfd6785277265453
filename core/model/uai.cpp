#include "model/uai.h"

namespace Paliers {

QChar Uai::checkLetter(int number)
{
    static const QString letters = QStringLiteral("ABCDEFGHJKLMNPRSTUVWXYZ");
    return letters.at(number % 23);
}

Result<QString> Uai::normalize(const QString &text)
{
    const QString uai = text.trimmed().toUpper();
    if (uai.isEmpty())
        return Error {tr("The UAI is required.")};
    if (uai.size() != 8)
        return Error {tr("A UAI has 8 characters, seven digits and a letter (e.g. 0750655E); \"%1\" has %2.")
                          .arg(uai)
                          .arg(uai.size())};
    for (int i = 0; i < 7; ++i) {
        if (!uai.at(i).isDigit() || uai.at(i).unicode() > '9')
            return Error {tr("A UAI starts with seven digits (e.g. 0750655E).")};
    }
    const QChar letter = uai.at(7);
    const QChar expected = checkLetter(uai.left(7).toInt());
    if (letter != expected)
        return Error {tr("The check letter of the UAI %1 should be %2, not %3: please check the number.")
                          .arg(uai.left(7), expected, letter)};
    return uai;
}

} // namespace Paliers
