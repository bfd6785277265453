#include "model/establishment.h"

#include "model/limits.h"

#include <array>
#include <QCoreApplication>
#include <QStringList>

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
    {EstablishmentKind::EcoleElementaire, "ecole_elementaire", QT_TRANSLATE_NOOP("Establishment", "Elementary school")},
    {EstablishmentKind::EcolePrimaire, "ecole_primaire", QT_TRANSLATE_NOOP("Establishment", "Primary school")},
    {EstablishmentKind::College, "college", QT_TRANSLATE_NOOP("Establishment", "Collège")},
    {EstablishmentKind::Lycee, "lycee", QT_TRANSLATE_NOOP("Establishment", "Lycée")},
    {EstablishmentKind::LyceeProfessionnel, "lycee_professionnel",
        QT_TRANSLATE_NOOP("Establishment", "Vocational lycée")},
    {EstablishmentKind::Erea, "erea", QT_TRANSLATE_NOOP("Establishment", "EREA")},
    {EstablishmentKind::Other, "autre", QT_TRANSLATE_NOOP("Establishment", "Other")},
}};

// The head's title, feminine and masculine, by kind of establishment: the
// comment tells the translator which.
struct TitleSource
{
    const char *text;
    const char *comment;
};

struct HeadTitles
{
    TitleSource feminine;
    TitleSource masculine;
};

HeadTitles headTitles(EstablishmentKind kind)
{
    switch (kind) {
    case EstablishmentKind::EcoleMaternelle:
    case EstablishmentKind::EcoleElementaire:
    case EstablishmentKind::EcolePrimaire:
        return {QT_TRANSLATE_NOOP3("Establishment", "school director", "a woman"),
            QT_TRANSLATE_NOOP3("Establishment", "school director", "a man")};
    case EstablishmentKind::College:
        return {QT_TRANSLATE_NOOP3("Establishment", "principal", "a woman, of a collège"),
            QT_TRANSLATE_NOOP3("Establishment", "principal", "a man, of a collège")};
    case EstablishmentKind::Lycee:
    case EstablishmentKind::LyceeProfessionnel:
        return {QT_TRANSLATE_NOOP3("Establishment", "head teacher", "a woman, of a lycée"),
            QT_TRANSLATE_NOOP3("Establishment", "head teacher", "a man, of a lycée")};
    case EstablishmentKind::Erea:
        return {QT_TRANSLATE_NOOP3("Establishment", "director", "a woman, of an EREA"),
            QT_TRANSLATE_NOOP3("Establishment", "director", "a man, of an EREA")};
    case EstablishmentKind::Other:
        break;
    }
    return {QT_TRANSLATE_NOOP3("Establishment", "head of establishment", "a woman"),
        QT_TRANSLATE_NOOP3("Establishment", "head of establishment", "a man")};
}

QString translated(const TitleSource &title)
{
    return QCoreApplication::translate("Establishment", title.text, title.comment);
}

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

const QString *tooLongField(const Establishment &e)
{
    for (const QString *field :
        {&e.name, &e.commune, &e.circonscription, &e.departement, &e.academie, &e.headName, &e.headTitle,
            &e.referentName, &e.sector, &e.departementCode, &e.bassin, &e.educationPrioritaire, &e.mail}) {
        if (field->size() > Limits::MaxFieldLength)
            return field;
    }
    return nullptr;
}

QList<EstablishmentKind> firstDegreeKinds()
{
    QList<EstablishmentKind> kinds;
    for (const EstablishmentKind kind : establishmentKinds()) {
        if (isFirstDegree(kind))
            kinds.append(kind);
    }
    return kinds;
}

QString registerStateKey(RegisterState state)
{
    switch (state) {
    case RegisterState::Unlisted:
        return QString();
    case RegisterState::Open:
        return QStringLiteral("open");
    case RegisterState::Closing:
        return QStringLiteral("closing");
    case RegisterState::Closed:
        return QStringLiteral("closed");
    }
    return QString();
}

RegisterState registerStateFromKey(const QString &key)
{
    if (key == QLatin1String("open"))
        return RegisterState::Open;
    if (key == QLatin1String("closing"))
        return RegisterState::Closing;
    if (key == QLatin1String("closed"))
        return RegisterState::Closed;
    return RegisterState::Unlisted;
}

bool isPrivateSector(const QString &sector)
{
    return sector.trimmed().startsWith(QLatin1String("priv"), Qt::CaseInsensitive);
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

QStringList headTitleChoices(EstablishmentKind kind)
{
    const HeadTitles titles = headTitles(kind);
    QStringList choices {translated(titles.feminine), translated(titles.masculine)};
    choices.removeDuplicates(); // English has one word for both
    return choices;
}

QString headTitleOf(const Establishment &establishment)
{
    QString chosen = establishment.headTitle.trimmed();
    if (!chosen.isEmpty())
        return chosen;
    // « Mme Nathalie Lefèvre », « M. Karim Benali »: the civility says which.
    const QString name = establishment.headName.trimmed();
    const auto startsWithWord = [&name](const char *word) {
        const QLatin1String w(word);
        return name.startsWith(w, Qt::CaseInsensitive) && (name.size() == w.size() || name.at(w.size()).isSpace());
    };
    const HeadTitles titles = headTitles(establishment.kind);
    if (startsWithWord("Mme") || startsWithWord("Madame"))
        return translated(titles.feminine);
    if (startsWithWord("M.") || startsWithWord("Monsieur"))
        return translated(titles.masculine);
    return QString();
}

} // namespace Paliers
