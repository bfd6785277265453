#pragma once

#include "model/assessment.h"

#include <optional>
#include <QPointer>
#include <QUndoCommand>

namespace Paliers {

class ActionPlanView;

// One change of the action plan, undoable: an action added (no `before`),
// changed (both) or removed (no `after`). It writes through the plan's view,
// so the history of the plan page holds only the plan's own steps. An action
// removed and put back keeps its number, so later steps still find it. A
// write that storage refuses makes the command obsolete.
class ActionCommand : public QUndoCommand
{
public:
    ActionCommand(
        ActionPlanView *view, std::optional<ActionItem> before, std::optional<ActionItem> after, const QString &text);

    void redo() override;
    void undo() override;

private:
    // Brings the plan from `from` to `to`; an added action gets its number here.
    bool apply(const std::optional<ActionItem> &from, std::optional<ActionItem> &to);

    QPointer<ActionPlanView> m_view;
    std::optional<ActionItem> m_before;
    std::optional<ActionItem> m_after;
};

} // namespace Paliers
