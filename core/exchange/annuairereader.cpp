#include "exchange/annuairereader.h"

#include "model/uai.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QStringDecoder>

namespace Paliers {

namespace {

// The text of the file and the encoding it was in.
std::pair<QString, QString> decode(const QByteArray &data)
{
    if (data.startsWith("\xEF\xBB\xBF"))
        return {QString::fromUtf8(data.mid(3)), QStringLiteral("UTF-8")};
    QStringDecoder utf8(QStringDecoder::Utf8);
    QString text = utf8(data);
    if (!utf8.hasError())
        return {text, QStringLiteral("UTF-8")};
    return {QString::fromLatin1(data), QStringLiteral("ISO-8859-1")};
}

// Splits CSV text into rows of fields (';', '"' quoting with "" inside),
// remembering the line each row starts on.
struct CsvRow
{
    int line = 0;
    QStringList fields;
};

QList<CsvRow> splitRows(const QString &text)
{
    QList<CsvRow> rows;
    CsvRow row;
    QString field;
    bool quoted = false;
    int line = 1;
    row.line = 1;
    const auto endField = [&] {
        row.fields.append(field);
        field.clear();
    };
    const auto endRow = [&] {
        endField();
        if (!(row.fields.size() == 1 && row.fields.constFirst().isEmpty()))
            rows.append(row);
        row = CsvRow();
        row.line = line;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field.append(u'"');
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                if (c == u'\n')
                    ++line;
                field.append(c);
            }
        } else if (c == u'"' && field.isEmpty()) {
            quoted = true;
        } else if (c == u';') {
            endField();
        } else if (c == u'\n') {
            ++line;
            endRow();
        } else if (c != u'\r') {
            field.append(c);
        }
    }
    if (!field.isEmpty() || !row.fields.isEmpty())
        endRow();
    return rows;
}

} // namespace

EstablishmentKind AnnuaireReader::kindOf(const QString &type, const QString &nature)
{
    const QString t = type.toUpper();
    const QString n = nature.toUpper();
    if (t.startsWith(QLatin1String("ECOLE")) || t.startsWith(QStringLiteral("ÉCOLE"))) {
        if (n.contains(QLatin1String("MATERNELLE")))
            return EstablishmentKind::EcoleMaternelle;
        if (n.contains(QLatin1String("ELEMENTAIRE")) || n.contains(QStringLiteral("ÉLÉMENTAIRE")))
            return EstablishmentKind::EcoleElementaire;
        return EstablishmentKind::EcolePrimaire;
    }
    if (t.startsWith(QLatin1String("COLL")))
        return EstablishmentKind::College;
    if (t.startsWith(QLatin1String("LYC")))
        return n.contains(QLatin1String("PROFESSIONNEL")) ? EstablishmentKind::LyceeProfessionnel
                                                          : EstablishmentKind::Lycee;
    if (t.startsWith(QLatin1String("EREA")))
        return EstablishmentKind::Erea;
    return EstablishmentKind::Other;
}

Result<AnnuaireFile> AnnuaireReader::parse(const QByteArray &data, const QString &fileName)
{
    if (data.size() > MaxFileSize)
        return Error {tr("%1: the file is too large for the register (%2 MB; at most %3 MB).")
                          .arg(fileName)
                          .arg(data.size() / (1024 * 1024))
                          .arg(MaxFileSize / (1024 * 1024))};
    AnnuaireFile file;
    const auto [text, encoding] = decode(data);
    file.encoding = encoding;
    const QList<CsvRow> rows = splitRows(text);
    if (rows.isEmpty())
        return Error {tr("%1: the file is empty.").arg(fileName)};

    // Headers, without regard to case: the portal capitalises some.
    QHash<QString, qsizetype> columns;
    const QStringList &header = rows.constFirst().fields;
    for (qsizetype i = 0; i < header.size(); ++i)
        columns.insert(header.at(i).trimmed().toLower(), i);
    const QString uaiColumn = QStringLiteral("identifiant_de_l_etablissement");
    const QString nameColumn = QStringLiteral("nom_etablissement");
    const QString typeColumn = QStringLiteral("type_etablissement");
    QStringList missing;
    for (const QString &required : {uaiColumn, nameColumn, typeColumn}) {
        if (!columns.contains(required))
            missing.append(required);
    }
    if (!missing.isEmpty())
        return Error {tr("%1: this is not the Annuaire de l'éducation (no column %2; the columns are separated by "
                         "';').")
                          .arg(fileName, missing.join(QStringLiteral(", ")))};

    for (qsizetype r = 1; r < rows.size(); ++r) {
        const CsvRow &row = rows.at(r);
        const auto value = [&](const QString &column) {
            const qsizetype at = columns.value(column, -1);
            return at < 0 ? QString() : row.fields.value(at).trimmed();
        };
        const Result<QString> uai = Uai::normalize(value(uaiColumn));
        if (!uai) {
            file.rejected.append({row.line, uai.error()});
            continue;
        }
        AnnuaireRecord record;
        record.line = row.line;
        record.uai = uai.value();
        record.name = value(nameColumn);
        if (record.name.isEmpty()) {
            file.rejected.append({row.line, tr("%1 has no name.").arg(record.uai)});
            continue;
        }
        record.type = value(typeColumn);
        record.nature = value(QStringLiteral("libelle_nature"));
        record.kind = kindOf(record.type, record.nature);
        record.status = value(QStringLiteral("statut_public_prive"));
        record.commune = value(QStringLiteral("nom_commune"));
        record.departementCode = value(QStringLiteral("code_departement"));
        record.departement = value(QStringLiteral("libelle_departement"));
        record.academie = value(QStringLiteral("libelle_academie"));
        record.circonscription = value(QStringLiteral("nom_circonscription"));
        record.bassin = value(QStringLiteral("libelle_bassin_formation"));
        record.educationPrioritaire = value(QStringLiteral("appartenance_education_prioritaire"));
        record.mail = value(QStringLiteral("mail"));
        const QString state = value(QStringLiteral("etat")).toUpper();
        record.state = state == QLatin1String("FERME") || state == QStringLiteral("FERMÉ")
            ? RegisterState::Closed
            : (state.startsWith(QLatin1String("A FERMER")) || state.startsWith(QStringLiteral("À FERMER"))
                    ? RegisterState::Closing
                    : RegisterState::Open);
        file.records.append(record);
    }
    return file;
}

Result<AnnuaireFile> AnnuaireReader::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error {tr("Cannot open \"%1\": %2.").arg(path, file.errorString())};
    if (file.size() > MaxFileSize)
        return Error {tr("%1: the file is too large for the register (%2 MB; at most %3 MB).")
                          .arg(QFileInfo(path).fileName())
                          .arg(file.size() / (1024 * 1024))
                          .arg(MaxFileSize / (1024 * 1024))};
    return parse(file.readAll(), QFileInfo(path).fileName());
}

} // namespace Paliers
