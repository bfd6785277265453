#pragma once

#include "assessmenteditor.h"

#include <QPointer>
#include <QUndoCommand>

namespace Paliers {

// A draft moved to another version of its grid, undoable as one step: redo
// carries the answers through the newer version's map, undo puts back what
// the draft held (Storage::migrateDraft, Storage::restoreVersion). Both are
// in the history. A move storage refuses makes the command obsolete.
class VersionCommand : public QUndoCommand
{
public:
    VersionCommand(AssessmentEditor *editor, qint64 assessmentId, const QString &from, QString to);

    void redo() override;
    void undo() override;

private:
    QPointer<AssessmentEditor> m_editor;
    qint64 m_assessmentId;
    QString m_to;
    VersionSnapshot m_snapshot;
};

} // namespace Paliers
