#include "actionplanview.h"

#include "actioncommand.h"
#include "actionitemdialog.h"
#include "actionplanmodel.h"
#include "analysis/targets.h"
#include "focusframe.h"
#include "referential/referential.h"
#include "session.h"

#include <algorithm>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Paliers {

ActionPlanView::ActionPlanView(QWidget *parent)
    : QWidget(parent)
    , m_undoStack(new QUndoStack(this))
    , m_model(new ActionPlanModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_summary(new QLabel(this))
    , m_table(new QTableView(this))
    , m_new(new QPushButton(tr("&New action…"), this))
    , m_edit(new QPushButton(tr("&Change…"), this))
    , m_done(new QPushButton(tr("Mark as &done"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_proposalsTitle(new QLabel(this))
    , m_proposalTable(new QTableWidget(this))
    , m_adopt(new QPushButton(tr("&Adopt the proposal"), this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ActionPlanModel::SortRole);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ActionPlanModel::PriorityColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    // Rows follow the wrapped titles as the columns are resized.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ActionPlanModel::TitleColumn, QHeaderView::Stretch);
    // The owner is a name, the title a sentence: on a narrow screen the owner
    // is cut (its whole text on hover), not the title.
    m_table->horizontalHeader()->setSectionResizeMode(ActionPlanModel::OwnerColumn, QHeaderView::Interactive);
    m_table->setColumnWidth(ActionPlanModel::OwnerColumn, fontMetrics().averageCharWidth() * 16);
    m_table->setAccessibleName(tr("Actions of the plan"));
    m_table->setObjectName(QStringLiteral("actions"));

    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true); // on two lines rather than a window wider than a small screen
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);

    m_proposalsTitle->setTextFormat(Qt::PlainText);
    m_proposalsTitle->setWordWrap(true);
    m_proposalsTitle->setFont(bold);
    m_proposalTable->setColumnCount(3);
    // Every column has a header: a screen reader says it before each cell.
    m_proposalTable->setHorizontalHeaderLabels(
        {tr("Criterion"), tr("What it asks"), tr("Action", "header of the column of « Adopt » cells")});
    m_proposalTable->verticalHeader()->hide();
    m_proposalTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_proposalTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_proposalTable->setWordWrap(true);
    m_proposalTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_proposalTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_proposalTable->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_proposalTable->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_proposalTable->setAccessibleName(tr("Criteria proposed as actions"));
    m_proposalTable->setAccessibleDescription(tr("Return or Space adopts the proposal of the current row."));
    m_proposalTable->setObjectName(QStringLiteral("proposals"));
    m_proposalTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_proposalTable->setTabKeyNavigation(false); // one tab stop: the arrows move inside
    m_proposalTable->installEventFilter(this);
    m_table->setTabKeyNavigation(false);
    showFocusFrame(m_table);
    showFocusFrame(m_proposalTable);
    m_adopt->setObjectName(QStringLiteral("adoptProposal"));
    m_adopt->setToolTip(tr("Adds the selected proposal to the plan (Return or Space in the list does the same)"));
    connect(m_adopt, &QPushButton::clicked, this, &ActionPlanView::adoptCurrentProposal);
    connect(m_proposalTable, &QTableWidget::cellClicked, this, [this](int row, int column) {
        if (column == 2 && row >= 0 && row < m_proposals.size())
            adopt(m_proposals.at(row));
    });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_summary, 1);
    for (QPushButton *button : {m_new, m_edit, m_done, m_remove})
        buttons->addWidget(button);

    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addLayout(buttons);
    topLayout->addWidget(m_table, 1);
    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(m_proposalsTitle);
    bottomLayout->addWidget(m_proposalTable, 1);
    auto *adoptRow = new QHBoxLayout;
    adoptRow->addStretch();
    adoptRow->addWidget(m_adopt);
    bottomLayout->addLayout(adoptRow);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("planSplitter"));
    splitter->addWidget(top);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_new, &QPushButton::clicked, this, &ActionPlanView::newAction);
    connect(m_edit, &QPushButton::clicked, this, &ActionPlanView::editCurrent);
    connect(m_done, &QPushButton::clicked, this, &ActionPlanView::markCurrentDone);
    connect(m_remove, &QPushButton::clicked, this, &ActionPlanView::removeCurrent);
    connect(m_table, &QTableView::activated, this, &ActionPlanView::editCurrent);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ActionPlanView::updateButtons);
    updateButtons();
}

ActionPlanView::~ActionPlanView() = default;

void ActionPlanView::setAssessment(
    Session *session, const Assessment &assessment, const Referential *referential, const Evaluation &evaluation)
{
    m_undoStack->clear();
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (session)
        connect(session, &Session::aboutToClose, this, [this] { setAssessment(nullptr, {}, nullptr, {}); });
    m_assessment = session ? assessment : Assessment();
    m_referential = session ? referential : nullptr;
    m_evaluation = evaluation;
    m_targets.clear();
    m_reperes.reset();
    if (session && assessment.id != 0) {
        // Where it aims and where the académie stands order the proposals;
        // when they cannot be read, the proposals stay those of the next palier.
        if (Result<QList<DomainTarget>> targets = session->storage().targets(assessment.id))
            m_targets = targets.value();
        if (Result<std::optional<Reperes>> reperes
            = session->storage().reperesFor(assessment.referentialId, assessment.schoolYear))
            m_reperes = reperes.value();
    }
    reload();
}

void ActionPlanView::setTargets(const QList<DomainTarget> &targets)
{
    m_targets = targets;
    updateProposals();
}

void ActionPlanView::setEvaluation(const Evaluation &evaluation)
{
    m_evaluation = evaluation;
    updateProposals();
}

bool ActionPlanView::isWritable() const
{
    return m_session && !m_session->isReadOnly() && m_assessment.id != 0;
}

void ActionPlanView::reload()
{
    QList<ActionItem> items;
    if (m_session && m_assessment.id != 0) {
        Result<QList<ActionItem>> loaded = m_session->storage().actionItems(m_assessment.id);
        if (loaded)
            items = std::move(loaded).value();
        else
            emit errorOccurred(loaded.error());
    }
    m_model->setItems(items, m_referential);
    updateSummary();
    updateProposals();
    updateButtons();
}

void ActionPlanView::updateSummary()
{
    const int count = static_cast<int>(m_model->items().size());
    const int open = static_cast<int>(std::count_if(m_model->items().cbegin(), m_model->items().cend(),
        [](const ActionItem &item) { return isOpen(item.status); }));
    QString text = tr("%n action(s), %1 open", nullptr, count).arg(open);
    if (const int overdue = m_model->overdueCount(); overdue > 0)
        text += tr(" — %n overdue", nullptr, overdue);
    m_summary->setText(text);
}

void ActionPlanView::updateProposals()
{
    m_proposals.clear();
    QSet<QString> planned;
    for (const ActionItem &item : m_model->items()) {
        if (!item.criterionId.isEmpty() && item.status != ActionStatus::Abandoned)
            planned.insert(item.criterionId);
    }
    // First what stands between the school and its targets, then what
    // blocks the next palier elsewhere.
    QList<TargetState> targets;
    if (m_referential && !m_targets.isEmpty() && m_session) {
        const Result<AnswerMap> answers = m_session->storage().answerMap(m_assessment.id);
        targets = Targets::states(
            *m_referential, m_evaluation, answers ? answers.value() : AnswerMap(), m_targets, m_assessment.schoolYear);
    }
    QHash<QString, QString> reasons;
    for (const TargetState &state : std::as_const(targets)) {
        const Domain *domain = m_referential->domain(state.target.domainId);
        for (const QString &id : state.criteria) {
            if (planned.contains(id) || m_proposals.contains(id))
                continue;
            m_proposals.append(id);
            reasons.insert(id,
                tr("For the target (%1: %2)")
                    .arg(domain ? domain->title : state.target.domainId, Targets::describe(state.target)));
        }
    }
    for (const DomainResult &result : m_evaluation.domains) {
        for (const QString &id : result.blocking) {
            if (!planned.contains(id) && !m_proposals.contains(id))
                m_proposals.append(id);
        }
    }
    // The académie's least met criteria, flagged.
    const QStringList rare = m_reperes ? m_reperes->leastMet(10) : QStringList();
    for (const QString &id : std::as_const(m_proposals)) {
        if (!rare.contains(id))
            continue;
        for (const CriterionShare &share : std::as_const(m_reperes->criteria)) {
            if (share.criterionId != id)
                continue;
            const QString flag
                = tr("often missing in the académie (%1 % of schools meet it)").arg(qRound(share.share() * 100));
            reasons.insert(id, reasons.value(id).isEmpty() ? flag : reasons.value(id) + tr("; ") + flag);
        }
    }

    const bool rubric = m_referential && m_referential->kind() == ReferentialKind::Rubric;
    if (rubric) {
        m_proposalsTitle->setText(m_proposals.isEmpty()
                ? tr("Every next jalon already has an action.")
                : tr("Proposed: the next jalon of each axis with no action yet (%1). Adopt one to "
                     "add it to the plan.")
                      .arg(m_proposals.size()));
    } else {
        m_proposalsTitle->setText(m_proposals.isEmpty()
                ? tr("Every criterion blocking the next palier already has an action.")
                : tr("Proposed: the criteria that block the next palier and have no action yet (%1). "
                     "Adopt one to add it to the plan.")
                      .arg(m_proposals.size()));
    }
    m_proposalTable->setRowCount(static_cast<int>(m_proposals.size()));
    const bool writable = isWritable();
    for (int row = 0; row < m_proposals.size(); ++row) {
        const QString id = m_proposals.at(row);
        const Criterion *criterion = m_referential ? m_referential->criterion(id) : nullptr;
        m_proposalTable->setItem(row, 0, new QTableWidgetItem(id));
        const QString asked = criterion ? criterion->text : QString();
        const QString reason = reasons.value(id);
        auto *text = new QTableWidgetItem(reason.isEmpty() ? asked : tr("%1 — %2").arg(reason, asked));
        text->setToolTip(text->text());
        m_proposalTable->setItem(row, 1, text);
        // A cell, not a widget in the cell: the accessible tree shows cells
        // (it never shows cell widgets). One click on it adopts, and so do
        // Return and Space on the row, and the button below the table.
        auto *adopt = new QTableWidgetItem(tr("Adopt"));
        adopt->setTextAlignment(Qt::AlignCenter);
        adopt->setToolTip(tr("Adopt %1 as an action").arg(id));
        adopt->setData(Qt::AccessibleTextRole, tr("Adopt %1 as an action").arg(id));
        if (writable) {
            QFont font = adopt->font();
            font.setUnderline(true);
            adopt->setFont(font);
            adopt->setForeground(palette().color(QPalette::Link));
        } else {
            adopt->setFlags(adopt->flags() & ~Qt::ItemIsEnabled);
        }
        m_proposalTable->setItem(row, 2, adopt);
    }
    m_adopt->setEnabled(writable && !m_proposals.isEmpty());
}

void ActionPlanView::adoptCurrentProposal()
{
    const int row = m_proposalTable->currentRow();
    if (row >= 0 && row < m_proposals.size())
        adopt(m_proposals.at(row));
}

bool ActionPlanView::eventFilter(QObject *watched, QEvent *event)
{
    // Tab into the proposals: the row Return would adopt is highlighted.
    if (watched == m_proposalTable && event->type() == QEvent::FocusIn && m_proposalTable->currentRow() < 0
        && m_proposalTable->rowCount() > 0)
        m_proposalTable->setCurrentCell(0, 0);
    if (watched == m_proposalTable && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter || key == Qt::Key_Space) {
            adoptCurrentProposal();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ActionPlanView::updateButtons()
{
    const bool writable = isWritable();
    const bool selected = currentItem() != nullptr;
    m_new->setEnabled(writable);
    m_edit->setEnabled(writable && selected);
    m_done->setEnabled(writable && selected && currentItem()->status != ActionStatus::Done);
    m_remove->setEnabled(writable && selected);
}

void ActionPlanView::selectAction(qint64 id)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->item(row)->id == id)
            m_table->setCurrentIndex(m_proxy->mapFromSource(m_model->index(row, ActionPlanModel::TitleColumn)));
    }
}

const ActionItem *ActionPlanView::currentItem() const
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return nullptr;
    return m_model->item(m_proxy->mapToSource(current).row());
}

bool ActionPlanView::adopt(const QString &criterionId)
{
    const Criterion *criterion = m_referential ? m_referential->criterion(criterionId) : nullptr;
    if (!criterion || !isWritable())
        return false;
    ActionItem item;
    item.assessmentId = m_assessment.id;
    item.criterionId = criterionId;
    item.title = criterion->text.left(Storage::MaxFieldLength);
    if (!push(std::nullopt, item, tr("Adopt %1").arg(criterionId)))
        return false;
    emit notice(tr("%1 is in the plan, to do.").arg(criterionId));
    return true;
}

bool ActionPlanView::addAction(const ActionItem &item)
{
    if (!isWritable())
        return false;
    ActionItem added = item;
    added.id = 0;
    added.assessmentId = m_assessment.id;
    return push(std::nullopt, added, tr("New action"));
}

bool ActionPlanView::updateAction(const ActionItem &item)
{
    if (!isWritable())
        return false;
    const auto before = std::find_if(m_model->items().cbegin(), m_model->items().cend(),
        [&item](const ActionItem &held) { return held.id == item.id; });
    if (before == m_model->items().cend()) {
        emit errorOccurred(tr("No action has the number %1.").arg(item.id));
        return false;
    }
    // Short: the undo label stays readable in the menu and on the toolbar.
    const QString text = before->status != ActionStatus::Done && item.status == ActionStatus::Done
        ? tr("Mark the action as done")
        : tr("Change the action");
    return push(*before, item, text);
}

bool ActionPlanView::removeAction(qint64 id)
{
    if (!isWritable())
        return false;
    const auto before = std::find_if(
        m_model->items().cbegin(), m_model->items().cend(), [id](const ActionItem &held) { return held.id == id; });
    if (before == m_model->items().cend()) {
        emit errorOccurred(tr("No action has the number %1.").arg(id));
        return false;
    }
    return push(*before, std::nullopt, tr("Remove the action"));
}

bool ActionPlanView::push(std::optional<ActionItem> before, std::optional<ActionItem> after, const QString &text)
{
    m_lastWriteDone = false;
    // The stack runs the command's first redo(), which writes; a refused
    // write makes it obsolete and the stack drops it.
    m_undoStack->push(new ActionCommand(this, std::move(before), std::move(after), text));
    return m_lastWriteDone;
}

bool ActionPlanView::belongsHere(const ActionItem &item)
{
    if (isWritable() && item.assessmentId == m_assessment.id)
        return true;
    emit errorOccurred(tr("This change belongs to another assessment and was not applied."));
    return false;
}

std::optional<qint64> ActionPlanView::writeAdded(const ActionItem &item)
{
    if (!belongsHere(item))
        return std::nullopt;
    Result<qint64> id = m_session->storage().addActionItem(item);
    if (!id) {
        emit errorOccurred(id.error());
        return std::nullopt;
    }
    afterWrite(id.value());
    return id.value();
}

bool ActionPlanView::writeRestored(const ActionItem &item)
{
    if (!belongsHere(item))
        return false;
    if (Status restored = m_session->storage().restoreActionItem(item); !restored) {
        emit errorOccurred(restored.error());
        return false;
    }
    afterWrite(item.id);
    return true;
}

bool ActionPlanView::writeChanged(const ActionItem &item)
{
    if (!belongsHere(item))
        return false;
    if (Status updated = m_session->storage().updateActionItem(item); !updated) {
        emit errorOccurred(updated.error());
        return false;
    }
    afterWrite(item.id);
    return true;
}

bool ActionPlanView::writeRemoved(const ActionItem &item)
{
    if (!belongsHere(item))
        return false;
    if (Status removed = m_session->storage().removeActionItem(item.id); !removed) {
        emit errorOccurred(removed.error());
        return false;
    }
    afterWrite(0);
    return true;
}

void ActionPlanView::afterWrite(qint64 selectedId)
{
    m_lastWriteDone = true;
    m_session->notifyAssessmentChanged(m_assessment.id);
    reload();
    if (selectedId != 0)
        selectAction(selectedId); // wherever the sort put it
}

void ActionPlanView::newAction()
{
    if (!isWritable())
        return;
    ActionItem item;
    item.assessmentId = m_assessment.id;
    ActionItemDialog dialog(item, m_referential, this);
    if (dialog.exec() == QDialog::Accepted)
        addAction(dialog.item());
}

void ActionPlanView::editCurrent()
{
    const ActionItem *current = currentItem();
    if (!current || !isWritable())
        return;
    ActionItemDialog dialog(*current, m_referential, this);
    if (dialog.exec() == QDialog::Accepted)
        updateAction(dialog.item());
}

void ActionPlanView::markCurrentDone()
{
    const ActionItem *current = currentItem();
    if (!current)
        return;
    ActionItem done = *current;
    done.status = ActionStatus::Done;
    updateAction(done);
}

void ActionPlanView::removeCurrent()
{
    const ActionItem *current = currentItem();
    if (!current || !isWritable())
        return;
    const QMessageBox::StandardButton answer = QMessageBox::question(this, tr("Remove the action"),
        tr("Remove \"%1\" from the plan? Marking it abandoned keeps a trace of it instead.").arg(current->title),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer == QMessageBox::Yes)
        removeAction(current->id);
}

} // namespace Paliers
