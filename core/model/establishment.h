#pragma once

#include <optional>
#include <QDateTime>
#include <QList>
#include <QString>

namespace Paliers {

enum class EstablishmentKind
{
    EcoleMaternelle,
    EcoleElementaire,
    EcolePrimaire,
    College,
    Lycee,
    LyceeProfessionnel,
    Erea,
    Other,
};

// Where an establishment stands in the ministry's register (the Annuaire
// de l'éducation), as its last import said.
enum class RegisterState
{
    Unlisted, // typed by hand or imported from an export: not from the register
    Open, // OUVERT
    Closing, // A FERMER
    Closed, // FERME: kept with its assessments, expected by no campaign
};

// A school as a report names it: identity, place and the people who answer.
struct Establishment
{
    qint64 id = 0; // 0 until stored
    QString uai;
    QString name;
    EstablishmentKind kind = EstablishmentKind::College;
    QString commune;
    QString circonscription; // circonscription (1er degré), district or bassin
    QString departement;
    QString academie;
    QString headName; // chef d'établissement or directeur·rice d'école
    QString headTitle; // as the head writes it: directrice d'école, principal, proviseure…
    QString referentName; // référent numérique
    // From the register (empty when typed by hand)
    QString sector; // Statut_public_prive: « Public », « Privé »
    QString departementCode; // three characters: 093
    QString bassin; // bassin de formation
    QString educationPrioritaire; // « REP », « REP+ » or empty
    QString mail; // the establishment's address: ce.0930123X@ac-creteil.fr
    RegisterState registerState = RegisterState::Unlisted;
    QDateTime registeredAt; // when the register last updated it
    QDateTime createdAt;
    QDateTime updatedAt;
};

QList<EstablishmentKind> establishmentKinds();
// The first text field of `establishment` longer than Limits::MaxFieldLength,
// or null.
const QString *tooLongField(const Establishment &establishment);
// The kinds of écoles (premier degré).
QList<EstablishmentKind> firstDegreeKinds();
// Stable key stored in databases: "", "open", "closing", "closed".
QString registerStateKey(RegisterState state);
RegisterState registerStateFromKey(const QString &key);
// « Public » or « Privé » read loosely: true for the private sector.
bool isPrivateSector(const QString &sector);
// Stable key stored in databases and files ("college", "ecole_primaire"...).
QString establishmentKindKey(EstablishmentKind kind);
std::optional<EstablishmentKind> establishmentKindFromKey(const QString &key);
QString establishmentKindLabel(EstablishmentKind kind);
// Écoles belong to the first degree; their grid is not the collèges' one.
bool isFirstDegree(EstablishmentKind kind);

// The titles a head of this kind of establishment holds, feminine first:
// « directrice d'école », « directeur d'école » for an école, « principale »,
// « principal » for a collège… (translated; duplicates removed).
QStringList headTitleChoices(EstablishmentKind kind);
// The head's title: the one chosen, else the one « Mme » or « M. » before the
// name gives, else empty (never « directeur ou directrice »).
QString headTitleOf(const Establishment &establishment);

} // namespace Paliers

// QString and QDateTime move as their bytes: so does an establishment, and a
// list of 60,000 grows without moving them one by one.
Q_DECLARE_TYPEINFO(Paliers::Establishment, Q_RELOCATABLE_TYPE);
