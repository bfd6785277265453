#pragma once

#include <QCoreApplication>
#include <QString>

namespace Paliers {

// What a file given to Paliers is, from its contents (not its name): what
// `paliers FILE...` and `paliers-cli --db FILE` read before doing anything
// with it, and what the shared-mime-info types of packaging/ recognise.
struct FileIdentity
{
    Q_DECLARE_TR_FUNCTIONS(FileIdentity)

public:
    enum class Kind
    {
        Database, // SQLite with Paliers' application_id (or none yet: an empty file)
        AssessmentExport, // "format": "paliers-assessment-export"
        Reperes, // "format": "paliers-reperes"
        Indicators, // "format": "paliers-indicators"
        Referential, // "format": "paliers-referential"
        Missing,
        Unreadable,
        Other,
    };

    Kind kind = Kind::Other;
    // Why a file is Missing, Unreadable or Other, in the user's words, naming
    // the file.
    QString reason;

    static FileIdentity of(const QString &path);
    // "a Paliers database", "an export of an assessment"…: what the kind is.
    static QString describe(Kind kind);
};

} // namespace Paliers
