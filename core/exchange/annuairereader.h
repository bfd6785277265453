#pragma once

#include "model/establishment.h"
#include "model/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Paliers {

// One school or establishment of the ministry's register, the Annuaire de
// l'éducation (open data set « fr-en-annuaire-education »), as its CSV
// writes it.
struct AnnuaireRecord
{
    int line = 0; // in the file, from 1 (the header)
    QString uai; // normalised
    QString name;
    QString type; // Type_etablissement: Ecole, Collège, Lycée, EREA…
    QString nature; // libelle_nature: ECOLE MATERNELLE, COLLEGE…
    EstablishmentKind kind = EstablishmentKind::Other;
    QString status; // Statut_public_prive: Public, Privé
    QString commune;
    QString departementCode; // three characters: 093
    QString departement;
    QString academie;
    QString circonscription; // premier degré only
    QString bassin; // libelle_bassin_formation
    QString educationPrioritaire; // REP, REP+ or empty
    QString mail;
    RegisterState state = RegisterState::Open; // OUVERT, A FERMER, FERME
};

// A line of the register left out, and why.
struct AnnuaireRejection
{
    int line = 0;
    QString reason;
};

struct AnnuaireFile
{
    QString encoding; // "UTF-8" or "ISO-8859-1", as detected
    QList<AnnuaireRecord> records;
    QList<AnnuaireRejection> rejected;
};

// Reads the register's CSV as the open-data portal exports it: fields
// separated by ';', quoted with '"' when needed; UTF-8 with or without a BOM,
// or ISO-8859-1 (detected: bytes that are not UTF-8 are Latin-1); headers
// matched without regard to case. A file without the UAI, name or type
// column is refused; a row with a bad UAI or no name is reported and left out.
class AnnuaireReader
{
    Q_DECLARE_TR_FUNCTIONS(AnnuaireReader)

public:
    // The register of France is about 65,000 rows, some 60 MB with every column.
    static constexpr qint64 MaxFileSize = 256 * 1024 * 1024;

    static Result<AnnuaireFile> parse(const QByteArray &data, const QString &fileName);
    static Result<AnnuaireFile> readFile(const QString &path);

    // The kind Paliers gives a type and nature of the register.
    static EstablishmentKind kindOf(const QString &type, const QString &nature);
};

} // namespace Paliers
