#pragma once

#include "model/result.h"

#include <QCoreApplication>

namespace Paliers {

// The UAI (unité administrative immatriculée, formerly RNE number) that
// identifies every French school: seven digits and a check letter, e.g.
// 0750655E. The letter is that of "ABCDEFGHJKLMNPRSTUVWXYZ" at the position
// (number modulo 23).
class Uai
{
    Q_DECLARE_TR_FUNCTIONS(Uai)

public:
    // Trims and upper-cases `text`; refuses anything that is not a valid UAI,
    // saying why (in French in the French UI).
    static Result<QString> normalize(const QString &text);
    static QChar checkLetter(int number);
};

} // namespace Paliers
