#pragma once

#include "model/answerstatus.h"
#include "model/result.h"

#include <QCoreApplication>

namespace Paliers {

// A small answers file, as scripts write it for `paliers-cli score`:
//   { "referential": "creteil-ecoles", "answers": { "PIL-1-01": "atteint", ... } }
struct AnswersDocument
{
    Q_DECLARE_TR_FUNCTIONS(AnswersDocument)

public:
    static constexpr qint64 MaxFileSize = 4 * 1024 * 1024;

    QString referentialId;
    AnswerMap answers;

    static Result<AnswersDocument> loadFile(const QString &path);
    // `fileName` only names the source in error messages.
    static Result<AnswersDocument> parse(const QByteArray &data, const QString &fileName);
};

} // namespace Paliers
