#pragma once

#include "analysis/reperes.h"
#include "model/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>

namespace Paliers {

// The repères file a DANE sends to its schools:
//
//   { "format": "paliers-reperes", "formatVersion": 1,
//     "writtenAt": "2026-06-30T10:00:00Z", "issuer": "DANE de Créteil",
//     "reperes": [ { "referential": "creteil-ecoles", "schoolYear": "2025-2026",
//                    "scope": "…", "schools": 60,
//                    "domains": [ { "domain": "PIL", "counts": [3, 20, 30, 7], "median": 2 } ],
//                    "criteria": [ { "criterion": "PIL-1-02", "met": 41, "applicable": 60 } ] } ],
//     "checksum": { "algorithm": "SHA-256", "value": "…" } }
//
// Counts only. The checksum is the SHA-256 of the document without it, in
// the canonical form of the exports (AssessmentExport::canonical): a file
// edited by hand is refused. Reading checks every count against the others
// and the medians against the counts.
class ReperesFile
{
    Q_DECLARE_TR_FUNCTIONS(ReperesFile)

public:
    static constexpr int FormatVersion = 1;
    static constexpr qint64 MaxFileSize = 8 * 1024 * 1024;

    struct Contents
    {
        QString issuer;
        QDateTime writtenAt;
        QList<Reperes> reperes;
    };

    static QString formatName();
    static QByteArray write(const Contents &contents);
    static Result<Contents> read(const QByteArray &data, const QString &fileName);
};

} // namespace Paliers
