#pragma once

#include "analysis/campaign.h"
#include "exchange/annuairereader.h"
#include "model/establishment.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Paliers {

// One field of an establishment the register changes.
struct FieldChange
{
    QString field; // as the interface names it: « Nom », « Commune »…
    QString before;
    QString after;
};

// What importing one row of the register does to the database.
struct RegisterChange
{
    enum class Kind
    {
        Create,
        Update,
    };
    Kind kind = Kind::Create;
    int line = 0; // in the register's file
    // What the establishment becomes: for an update, the one in the database
    // (its id, head, référent…) with the register's fields applied.
    Establishment establishment;
    QList<FieldChange> fields; // for an update: what changes, for review
    RegisterState previousState = RegisterState::Unlisted;
};

// What an import of the register would do, computed before anything is
// written so that the user sees it first.
struct RegisterPlan
{
    QString encoding;
    int rows = 0; // rows read, refused ones included
    QList<RegisterChange> changes; // creations, then updates, in file order
    int unchanged = 0; // rows the database already agrees with
    int filteredOut = 0; // rows the choice of académie, département… leaves out
    QList<AnnuaireRejection> rejected;

    int created() const;
    int updated() const;
    // Establishments this import marks closed (FERME), new or not.
    int closed() const;
};

// Compares the register with the establishments of a database. An
// establishment is matched by UAI; the register's fields replace what is
// there. Its own fields (sector, département code, bassin, éducation
// prioritaire, mail, state) follow it even when empty; an empty name,
// commune, circonscription, département or académie never erases a value
// typed by hand (the circonscription a collège was given, say). The head,
// the référent and every assessment are left alone. Pure: runs on any thread.
class RegisterPlanner
{
    Q_DECLARE_TR_FUNCTIONS(RegisterPlanner)

public:
    static RegisterPlan plan(
        const QList<Establishment> &existing, const AnnuaireFile &file, const RegisterFilter &filter);
    // The establishment a register row describes, as a new one.
    static Establishment fromRecord(const AnnuaireRecord &record);
    // « ouvert », « fermé »…: an establishment's state in the register.
    static QString stateLabel(RegisterState state);
};

} // namespace Paliers
