#pragma once

#include "analysis/indicators.h"
#include "model/result.h"
#include "referential/referentialcatalog.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

namespace Paliers {

// The indicators of a roadmap, in a file a DANE keeps and shares:
//
//   { "format": "paliers-indicators", "formatVersion": 1,
//     "title": "Feuille de route …", "source": "…",
//     "indicators": [
//       { "label": "Pourcentage d'écoles qui utilisent une charte d'usage du numérique",
//         "referential": "creteil-ecoles",
//         "scope": { "kinds": ["ecole_maternelle", …], "departement": "93" },   (optional)
//         "condition": "criterion", "criterion": "PIL-1-02",
//           (or "condition": "domain", "domain": "FOR", "palier": 2;
//            or "condition": "overall", "palier": 1)
//         "target": { "percent": 100, "schoolYear": "2016-2017" },              (optional)
//         "recorded": [ { "schoolYear": "2012-2013", "percent": 52 } ],         (optional)
//         "note": "…" } ] }                                                      (optional)
//
// "scope" is a RegisterFilter as campaigns save it. Every indicator is
// checked against the grids Paliers knows (Indicator::check).
class IndicatorFile
{
    Q_DECLARE_TR_FUNCTIONS(IndicatorFile)

public:
    static constexpr int FormatVersion = 1;
    static constexpr qint64 MaxFileSize = 4 * 1024 * 1024;
    static constexpr int MaxIndicators = 500;

    struct Contents
    {
        QString title;
        QString source;
        QList<Indicator> indicators;
    };

    static QString formatName();
    static QByteArray write(const Contents &contents);
    static Result<Contents> read(const QByteArray &data, const ReferentialCatalog &catalog, const QString &fileName);
    // One indicator as it is stored in the database and in the file.
    static QJsonObject toJson(const Indicator &indicator);
    static Result<Indicator> fromJson(
        const QJsonObject &object, const ReferentialCatalog &catalog, const QString &fileName, const QString &place);
};

} // namespace Paliers
