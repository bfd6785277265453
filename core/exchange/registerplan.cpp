#include "exchange/registerplan.h"

#include "model/limits.h"

#include <QHash>

namespace Paliers {

QString RegisterPlanner::stateLabel(RegisterState state)
{
    switch (state) {
    case RegisterState::Unlisted:
        return tr("not from the register");
    case RegisterState::Open:
        return tr("open");
    case RegisterState::Closing:
        return tr("closing");
    case RegisterState::Closed:
        return tr("closed");
    }
    return QString();
}

int RegisterPlan::created() const
{
    return static_cast<int>(std::count_if(changes.cbegin(), changes.cend(),
        [](const RegisterChange &change) { return change.kind == RegisterChange::Kind::Create; }));
}

int RegisterPlan::updated() const
{
    return static_cast<int>(changes.size()) - created();
}

int RegisterPlan::closed() const
{
    return static_cast<int>(std::count_if(changes.cbegin(), changes.cend(), [](const RegisterChange &change) {
        return change.establishment.registerState == RegisterState::Closed
            && (change.kind == RegisterChange::Kind::Create || change.previousState != RegisterState::Closed);
    }));
}

Establishment RegisterPlanner::fromRecord(const AnnuaireRecord &record)
{
    Establishment e;
    e.uai = record.uai;
    e.name = record.name;
    e.kind = record.kind;
    e.commune = record.commune;
    e.circonscription = record.circonscription;
    e.departement = record.departement;
    e.departementCode = record.departementCode;
    e.academie = record.academie;
    e.bassin = record.bassin;
    e.sector = record.status;
    e.educationPrioritaire = record.educationPrioritaire;
    e.mail = record.mail;
    e.registerState = record.state;
    return e;
}

RegisterPlan RegisterPlanner::plan(
    const QList<Establishment> &existing, const AnnuaireFile &file, const RegisterFilter &filter)
{
    RegisterPlan plan;
    plan.encoding = file.encoding;
    plan.rows = static_cast<int>(file.records.size() + file.rejected.size());
    plan.rejected = file.rejected;

    QHash<QString, const Establishment *> byUai;
    byUai.reserve(existing.size());
    for (const Establishment &e : existing)
        byUai.insert(e.uai, &e);
    QHash<QString, int> seen; // UAI → the line it was first read on
    seen.reserve(file.records.size());

    for (const AnnuaireRecord &record : file.records) {
        const Establishment incoming = fromRecord(record);
        if (!filter.matches(incoming)) {
            ++plan.filteredOut;
            continue;
        }
        if (const auto first = seen.constFind(record.uai); first != seen.constEnd()) {
            plan.rejected.append({record.line, tr("the UAI %1 is already on line %2").arg(record.uai).arg(*first)});
            continue;
        }
        seen.insert(record.uai, record.line);
        if (const QString *field = tooLongField(incoming)) {
            plan.rejected.append({record.line,
                tr("\"%1…\" is too long (at most %2 characters)").arg(field->left(40)).arg(Limits::MaxFieldLength)});
            continue;
        }

        const Establishment *current = byUai.value(record.uai);
        if (!current) {
            plan.changes.append({RegisterChange::Kind::Create, record.line, incoming, {}, RegisterState::Unlisted});
            continue;
        }
        RegisterChange change {RegisterChange::Kind::Update, record.line, *current, {}, current->registerState};
        Establishment &target = change.establishment;
        // The register's own fields follow it, emptied too (a school that
        // leaves REP, an address withdrawn); the fields a person may have
        // typed by hand are never erased by an empty one.
        const auto follow = [&change](const QString &label, QString &field, const QString &value) {
            if (field == value)
                return;
            change.fields.append({label, field, value});
            field = value;
        };
        const auto update = [&follow](const QString &label, QString &field, const QString &value) {
            if (!value.isEmpty())
                follow(label, field, value);
        };
        update(tr("Name"), target.name, incoming.name);
        if (target.kind != incoming.kind && incoming.kind != EstablishmentKind::Other) {
            change.fields.append(
                {tr("Kind"), establishmentKindLabel(target.kind), establishmentKindLabel(incoming.kind)});
            target.kind = incoming.kind;
        }
        update(tr("Commune"), target.commune, incoming.commune);
        update(tr("Circonscription"), target.circonscription, incoming.circonscription);
        follow(tr("Bassin"), target.bassin, incoming.bassin);
        update(tr("Département"), target.departement, incoming.departement);
        follow(tr("Code of the département"), target.departementCode, incoming.departementCode);
        update(tr("Académie"), target.academie, incoming.academie);
        follow(tr("Sector"), target.sector, incoming.sector);
        follow(tr("Éducation prioritaire"), target.educationPrioritaire, incoming.educationPrioritaire);
        follow(tr("E-mail"), target.mail, incoming.mail);
        if (target.registerState != incoming.registerState) {
            change.fields.append({tr("State"), stateLabel(target.registerState), stateLabel(incoming.registerState)});
            target.registerState = incoming.registerState;
        }
        if (change.fields.isEmpty())
            ++plan.unchanged;
        else
            plan.changes.append(change);
    }
    // Creations first, then updates, each in file order.
    std::stable_partition(plan.changes.begin(), plan.changes.end(),
        [](const RegisterChange &change) { return change.kind == RegisterChange::Kind::Create; });
    return plan;
}

} // namespace Paliers
