#include "answercommand.h"

#include <QCoreApplication>

namespace Paliers {

namespace {

QString describe(const QString &criterionId, const AnswerState &before, const AnswerState &after)
{
    if (before.status != after.status)
        return QCoreApplication::translate("AnswerCommand", "%1: %2").arg(criterionId, answerStatusLabel(after.status));
    if (before.comment != after.comment && before.evidence != after.evidence)
        return QCoreApplication::translate("AnswerCommand", "%1: comment and evidence").arg(criterionId);
    if (before.evidence != after.evidence)
        return QCoreApplication::translate("AnswerCommand", "%1: evidence").arg(criterionId);
    return QCoreApplication::translate("AnswerCommand", "%1: comment").arg(criterionId);
}

} // namespace

AnswerCommand::AnswerCommand(
    AssessmentEditor *editor, qint64 assessmentId, QString criterionId, AnswerState before, AnswerState after)
    : QUndoCommand(describe(criterionId, before, after))
    , m_editor(editor)
    , m_assessmentId(assessmentId)
    , m_criterionId(std::move(criterionId))
    , m_before(std::move(before))
    , m_after(std::move(after))
{
}

void AnswerCommand::redo()
{
    if (!m_editor || !m_editor->write(m_assessmentId, m_criterionId, m_after))
        setObsolete(true);
}

void AnswerCommand::undo()
{
    if (!m_editor || !m_editor->write(m_assessmentId, m_criterionId, m_before))
        setObsolete(true);
}

} // namespace Paliers
