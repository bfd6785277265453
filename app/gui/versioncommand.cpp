#include "versioncommand.h"

#include <QCoreApplication>

namespace Paliers {

VersionCommand::VersionCommand(AssessmentEditor *editor, qint64 assessmentId, const QString &from, QString to)
    : QUndoCommand(QCoreApplication::translate("VersionCommand", "grid version %1 → %2").arg(from, to))
    , m_editor(editor)
    , m_assessmentId(assessmentId)
    , m_to(std::move(to))
{
}

void VersionCommand::redo()
{
    if (!m_editor || !m_editor->moveToVersion(m_assessmentId, m_to, m_snapshot))
        setObsolete(true);
}

void VersionCommand::undo()
{
    if (!m_editor || !m_editor->restoreVersion(m_assessmentId, m_snapshot))
        setObsolete(true);
}

} // namespace Paliers
