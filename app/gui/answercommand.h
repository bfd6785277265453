#pragma once

#include "assessmenteditor.h"

#include <QPointer>
#include <QUndoCommand>

namespace Paliers {

// One change of one answer, undoable: it writes the whole state (status,
// comment, evidence) through the editor, which records it in the history.
// A write that storage refuses makes the command obsolete, so the stack never
// claims a change that is not in the database.
class AnswerCommand : public QUndoCommand
{
public:
    AnswerCommand(
        AssessmentEditor *editor, qint64 assessmentId, QString criterionId, AnswerState before, AnswerState after);

    void redo() override;
    void undo() override;

private:
    QPointer<AssessmentEditor> m_editor;
    qint64 m_assessmentId;
    QString m_criterionId;
    AnswerState m_before;
    AnswerState m_after;
};

} // namespace Paliers
