#include "establishment.h"

#include <QCoreApplication>

#include <array>

namespace Paliers {

namespace {

struct KindEntry
{
    EstablishmentKind kind;
    const char *key;
    const char *label;
};

constexpr std::array<KindEntry, 8> Kinds {{
    {EstablishmentKind::EcoleMaternelle, "ecole_maternelle", QT_TRANSLATE_NOOP("Establishment", "Nursery school")},
    {EstablishmentKind::EcoleElementaire, "ecole_elementaire",
     QT_TRANSLATE_NOOP("Establishment", "Elementary school")},
    {EstablishmentKind::EcolePrimaire, "ecole_primaire", QT_TRANSLATE_NOOP("Establishment", "Primary school")},
    {EstablishmentKind::College, "college", QT_TRANSLATE_NOOP("Establishment", "Collège")},
    {EstablishmentKind::Lycee, "lycee", QT_TRANSLATE_NOOP("Establishment", "Lycée")},
    {EstablishmentKind::LyceeProfessionnel, "lycee_professionnel",
     QT_TRANSLATE_NOOP("Establishment", "Vocational lycée")},
    {EstablishmentKind::Erea, "erea", QT_TRANSLATE_NOOP("Establishment", "EREA")},
    {EstablishmentKind::Other, "autre", QT_TRANSLATE_NOOP("Establishment", "Other")},
}};

const KindEntry &entry(EstablishmentKind kind)
{
    for (const KindEntry &e : Kinds) {
        if (e.kind == kind)
            return e;
    }
    Q_UNREACHABLE();
}

} // namespace

QList<EstablishmentKind> establishmentKinds()
{
    QList<EstablishmentKind> kinds;
    for (const KindEntry &e : Kinds)
        kinds.append(e.kind);
    return kinds;
}

QString establishmentKindKey(EstablishmentKind kind)
{
    return QString::fromLatin1(entry(kind).key);
}

std::optional<EstablishmentKind> establishmentKindFromKey(const QString &key)
{
    for (const KindEntry &e : Kinds) {
        if (key == QLatin1String(e.key))
            return e.kind;
    }
    return std::nullopt;
}

QString establishmentKindLabel(EstablishmentKind kind)
{
    return QCoreApplication::translate("Establishment", entry(kind).label);
}

bool isFirstDegree(EstablishmentKind kind)
{
    return kind == EstablishmentKind::EcoleMaternelle || kind == EstablishmentKind::EcoleElementaire
        || kind == EstablishmentKind::EcolePrimaire;
}

} // namespace Paliers
