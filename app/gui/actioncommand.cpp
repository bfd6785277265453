#include "actioncommand.h"

#include "actionplanview.h"

namespace Paliers {

ActionCommand::ActionCommand(
    ActionPlanView *view, std::optional<ActionItem> before, std::optional<ActionItem> after, const QString &text)
    : QUndoCommand(text)
    , m_view(view)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
}

void ActionCommand::redo()
{
    if (!apply(m_before, m_after))
        setObsolete(true);
}

void ActionCommand::undo()
{
    if (!apply(m_after, m_before))
        setObsolete(true);
}

bool ActionCommand::apply(const std::optional<ActionItem> &from, std::optional<ActionItem> &to)
{
    if (!m_view)
        return false;
    if (!from && to) {
        if (to->id != 0)
            return m_view->writeRestored(*to);
        const std::optional<qint64> id = m_view->writeAdded(*to);
        if (id)
            to->id = *id;
        return id.has_value();
    }
    if (from && !to)
        return m_view->writeRemoved(*from);
    if (from && to)
        return m_view->writeChanged(*to);
    return false;
}

} // namespace Paliers
