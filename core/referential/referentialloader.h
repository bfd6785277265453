#pragma once

#include "model/result.h"
#include "referential/referential.h"

#include <QCoreApplication>

class QByteArray;

namespace Paliers {

// Reads a referential file (JSON, format "paliers-referential") and checks it
// through: a file that is malformed or inconsistent is refused with a message
// naming the file, the place in it and the problem.
class ReferentialLoader
{
    Q_DECLARE_TR_FUNCTIONS(ReferentialLoader)

public:
    static constexpr int FormatVersion = 1;
    static constexpr qint64 MaxFileSize = 4 * 1024 * 1024;
    // The grids are a few dozen criteria; far more is a mistake or an attack.
    static constexpr int MaxCriteria = 1000;
    static constexpr int MaxDomains = 50;

    static Result<Referential> loadFile(const QString &path);
    // The bytes of a referential file, refused when unreadable or too large.
    static Result<QByteArray> readFile(const QString &path);
    // `fileName` only names the source in error messages.
    static Result<Referential> loadData(const QByteArray &data, const QString &fileName);
};

} // namespace Paliers
