#pragma once

#include "model/assessment.h"
#include "model/result.h"
#include "referential/referential.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QStringList>

namespace Paliers {

// How the answers given to one version of a grid carry over to a newer one,
// as the newer file's "supersedes" map says (see Supersession).
//
// A carried answer keeps its status, comment and evidence. A criterion split
// in several gets the same answer on each part. Merged criteria give the
// merged one the status they agree on (leaving aside those not answered and
// then those non concernés), else « en cours », and every comment and piece
// of evidence, each marked with the old criterion's id. Answers to removed
// criteria cannot be carried: they are listed for the people to read.
class Migration
{
    Q_DECLARE_TR_FUNCTIONS(Migration)

public:
    enum class Change
    {
        Same, // one old criterion, same id
        Renamed, // one old criterion, another id
        Merged, // several old criteria
        Split, // part of an old criterion cut in several
        Added, // no old criterion
    };

    struct Carried
    {
        QList<Answer> answers; // on criteria of the newer version, in its order
        QList<Answer> left; // answers with content on removed criteria, in the older order
    };

    // `to` must declare that it supersedes `from`'s version, and every old
    // criterion its map names must exist in `from`. Both referentials must
    // outlive the migration (the catalogue's do).
    static Result<Migration> between(const Referential &from, const Referential &to);

    const Referential &from() const { return *m_from; }
    const Referential &to() const { return *m_to; }

    // The old criteria a criterion of the newer version comes from.
    QStringList sources(const QString &newId) const { return m_sources.value(newId); }
    // What an old criterion became; empty when it was removed.
    QStringList targets(const QString &oldId) const { return m_targets.value(oldId); }
    Change change(const QString &newId) const;
    // The notes of the map's entries for this criterion, joined.
    QString note(const QString &newId) const { return m_notes.value(newId); }
    // Old criteria with no successor, in the older order.
    QStringList removed() const;
    // Criteria of the newer version with no predecessor, in its order.
    QStringList added() const;

    AnswerMap carry(const AnswerMap &old) const;
    Carried carry(const QList<Answer> &old) const;

    static AnswerStatus merged(const QList<AnswerStatus> &statuses);
    // Answers given to `from` as `to` reads them: the same map when they are
    // one version, else carried through the map; an error when `to` has no
    // map from `from`.
    static Result<AnswerMap> translate(const Referential &from, const Referential &to, const AnswerMap &answers);

private:
    Migration(const Referential &from, const Referential &to);

    const Referential *m_from;
    const Referential *m_to;
    QHash<QString, QStringList> m_sources;
    QHash<QString, QStringList> m_targets;
    QHash<QString, QString> m_notes;
};

} // namespace Paliers
