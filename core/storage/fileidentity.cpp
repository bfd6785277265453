#include "storage/fileidentity.h"

#include "exchange/assessmentexport.h"
#include "exchange/indicatorfile.h"
#include "exchange/reperesfile.h"
#include "storage/database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtEndian>

namespace Paliers {

namespace {

// A JSON file larger than this is not read whole to find its format: no
// Paliers file comes near it (an export with its grid is under 1 MiB).
constexpr qint64 MaxJsonBytes = 64 * 1024 * 1024;
// SQLite's header: its magic, and where the application_id is (big-endian).
constexpr char SqliteMagic[] = "SQLite format 3";
constexpr qint64 ApplicationIdOffset = 68;

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

FileIdentity FileIdentity::of(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return {Kind::Missing, tr("\"%1\" does not exist.").arg(shown(path))};
    if (info.isDir())
        return {Kind::Other, tr("\"%1\" is a folder.").arg(shown(path))};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {Kind::Unreadable, tr("\"%1\" cannot be read: %2").arg(shown(path), file.errorString())};

    const QByteArray header = file.peek(100);
    if (header.startsWith(QByteArray::fromRawData(SqliteMagic, sizeof(SqliteMagic)))) {
        const qint32 applicationId = header.size() >= ApplicationIdOffset + 4
            ? qFromBigEndian<qint32>(header.constData() + ApplicationIdOffset)
            : 0;
        // No application_id yet: an empty SQLite file, which Paliers may make
        // its own, or a database of another application, which opening says.
        if (applicationId == Database::ApplicationId || applicationId == 0)
            return {Kind::Database, QString()};
        return {Kind::Other, tr("\"%1\" is the database of another application, not of Paliers.").arg(shown(path))};
    }
    if (header.isEmpty() && info.size() == 0)
        return {Kind::Other, tr("\"%1\" is empty.").arg(shown(path))};

    const QByteArray start = header.trimmed();
    if (!start.startsWith('{') || info.size() > MaxJsonBytes)
        return {Kind::Other, tr("\"%1\" is neither a Paliers database nor a Paliers export.").arg(shown(path))};
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    const QString format = document.object().value(QLatin1String("format")).toString();
    if (format == AssessmentExport::formatName())
        return {Kind::AssessmentExport, QString()};
    if (format == ReperesFile::formatName())
        return {Kind::Reperes, QString()};
    if (format == IndicatorFile::formatName())
        return {Kind::Indicators, QString()};
    if (format == QLatin1String("paliers-referential"))
        return {Kind::Referential, QString()};
    if (error.error != QJsonParseError::NoError)
        return {Kind::Other,
            tr("\"%1\" is neither a Paliers database nor a Paliers export (its JSON is invalid at "
               "character %2: %3).")
                .arg(shown(path))
                .arg(error.offset)
                .arg(error.errorString())};
    return {Kind::Other, tr("\"%1\" is neither a Paliers database nor a Paliers export.").arg(shown(path))};
}

QString FileIdentity::describe(Kind kind)
{
    switch (kind) {
    case Kind::Database:
        return tr("a Paliers database");
    case Kind::AssessmentExport:
        return tr("an export of an assessment");
    case Kind::Reperes:
        return tr("a file of the académie's repères");
    case Kind::Indicators:
        return tr("a file of the roadmap's indicators");
    case Kind::Referential:
        return tr("a grid (referential)");
    case Kind::Missing:
    case Kind::Unreadable:
    case Kind::Other:
        break;
    }
    return tr("a file Paliers does not know");
}

} // namespace Paliers
