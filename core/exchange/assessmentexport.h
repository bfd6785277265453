#pragma once

#include "analysis/assessmentrecord.h"
#include "model/result.h"
#include "referential/referentialcatalog.h"

#include <memory>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>

namespace Paliers {

// An establishment as exports and paliers-cli write it (without its local id).
QJsonObject establishmentToJson(const Establishment &establishment);

// Who wrote an export, when, and under which identifier. The identifier lets
// a receiver see that two files are the same export.
struct ExportStamp
{
    QString exportId; // a UUID without braces
    QDateTime exportedAt;
    QString appVersion;

    static ExportStamp now(); // a new identifier, the current time, this build's version
};

// An export read back from a file: its content, checked, and its stamp.
struct ImportedExport
{
    AssessmentRecord report;
    ExportStamp stamp;
    QString checksum; // the SHA-256 of the canonical form, hexadecimal
    // The grid the file carried, when the catalogue it was read with lacked
    // it; report.referential then points into it.
    std::shared_ptr<const Referential> embeddedReferential;
};

// Whether an export carries its referential file, for receivers that may not
// have the grid (one an académie installed rather than one Paliers ships).
enum class EmbedReferential
{
    No,
    Yes,
};

// The JSON file one assessment is exported to and imported from.
//
//   { "format": "paliers-assessment-export", "formatVersion": 1,
//     "exportId": "…", "exportedAt": "2026-03-02T10:00:00.000Z",
//     "application": { "name": "Paliers", "version": "…" },
//     "content": { "establishment": {…}, "assessment": {…}, "answers": […],
//                  "actionItems": […], "events": […], "evaluation": {…} },
//     "referentialFile": { "encoding": "base64", "data": "…" },   (optional)
//     "checksum": { "algorithm": "SHA-256", "value": "…" } }
//
// The checksum is the SHA-256 of the whole document without "checksum",
// written compact with keys in Unicode order (Qt's QJsonDocument::Compact);
// a file changed by hand no longer matches it. "content" alone is what two
// exports of the same data share.
//
// content.assessment.referential names the grid by id and version, with the
// SHA-256 of its file. The receiver reads the answers with its own copy of
// that version; it does not demand the same checksum, since the import checks
// that the paliers written are those the answers give under its copy. A file
// that carries its grid ("referentialFile") is refused when the grid's bytes
// do not hash to the named SHA-256.
class AssessmentExport
{
    Q_DECLARE_TR_FUNCTIONS(AssessmentExport)

public:
    static constexpr int FormatVersion = 1;
    static QString formatName();
    // Larger files are refused before they are parsed.
    static constexpr qint64 MaxFileSize = 32 * 1024 * 1024;

    static QJsonObject content(const AssessmentRecord &report);
    static QJsonObject document(
        const AssessmentRecord &report, const ExportStamp &stamp, EmbedReferential embed = EmbedReferential::No);
    static QByteArray toJson(
        const AssessmentRecord &report, const ExportStamp &stamp, EmbedReferential embed = EmbedReferential::No);

    // The bytes the checksum is computed on.
    static QByteArray canonical(const QJsonObject &object);
    static QString checksum(const QJsonObject &documentWithoutChecksum);
    // The checksum of the document `text` holds (`root`, parsed), without its
    // "checksum": the same as checksum(), written straight from the text when
    // compactJsonFromText() can, which saves building it back from `root`.
    static QString checksumOfText(QByteArrayView text, const QJsonObject &root);

    // Reads and checks an export: its format and version, its checksum, every
    // field, the referential (known to `catalog`, same version) and that the
    // paliers written in it are those its answers give. `fileName` names the
    // file in messages.
    static Result<ImportedExport> parse(
        const QByteArray &data, const ReferentialCatalog &catalog, const QString &fileName);
    static Result<ImportedExport> readFile(const QString &path, const ReferentialCatalog &catalog);
};

} // namespace Paliers
