#include "grideditor.h"

#include "focusframe.h"
#include "palierscharts.h"
#include "rubriceditor.h"
#include "screenfit.h"
#include "session.h"

#include <algorithm>
#include <initializer_list>
#include <QButtonGroup>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStackedWidget>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Paliers {

namespace {

constexpr int CriterionIdRole = Qt::UserRole + 1;
constexpr int LevelRole = Qt::UserRole + 2;

// A small square of the status or palier colour, with its number or letter
// written on it: the colour is never the only sign.
QIcon swatch(const QColor &colour, const QString &text)
{
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(colour.darker(150));
    painter.setBrush(colour);
    painter.drawRoundedRect(QRectF(1, 1, 30, 30), 6, 6);
    if (!text.isEmpty()) {
        QFont font = painter.font();
        font.setBold(true);
        font.setPixelSize(20);
        painter.setFont(font);
        painter.setPen(colour.lightness() > 150 ? Qt::black : Qt::white);
        painter.drawText(QRectF(0, 0, 32, 32), Qt::AlignCenter, text);
    }
    return QIcon(pixmap);
}

const AnswerStatus KeyedStatuses[]
    = {AnswerStatus::Met, AnswerStatus::InProgress, AnswerStatus::NotMet, AnswerStatus::NotApplicable};

} // namespace

GridEditor::GridEditor(QWidget *parent)
    : QWidget(parent)
    , m_editor(new AssessmentEditor(this))
    , m_domains(new QListWidget(this))
    , m_domainTitle(new QLabel(this))
    , m_domainPalier(new QLabel(this))
    , m_blocking(new QLabel(this))
    , m_readOnlyBanner(new QLabel(this))
    , m_simulationBanner(new QLabel(this))
    , m_simulationToTargets(new QPushButton(tr("Make these the tar&gets"), this))
    , m_versionFrame(new QWidget(this))
    , m_versionBanner(new QLabel(m_versionFrame))
    , m_versionDetails(new QPushButton(m_versionFrame))
    , m_criterionChange(new QLabel(this))
    , m_simulate(new QToolButton(this))
    , m_simulateRubric(new QToolButton(this))
    , m_pages(new QStackedWidget(this))
    , m_rubric(new RubricEditor(this))
    , m_criteria(new QTreeWidget(this))
    , m_statusButtons(new QButtonGroup(this))
    , m_criterionText(new QLabel(this))
    , m_comment(new QPlainTextEdit(this))
    , m_evidence(new QLineEdit(this))
{
    m_domains->setAccessibleName(tr("Domains"));
    m_domains->setIconSize(QSize(24, 24));
    m_domains->setWordWrap(true);
    m_domains->setSpacing(2);

    QFont titleFont = m_domainTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_domainTitle->setFont(titleFont);
    m_domainTitle->setTextFormat(Qt::PlainText);
    m_domainTitle->setWordWrap(true);
    m_domainPalier->setTextFormat(Qt::PlainText);
    QFont palierFont = m_domainPalier->font();
    palierFont.setPointSizeF(palierFont.pointSizeF() * 1.15);
    m_domainPalier->setFont(palierFont);
    m_blocking->setTextFormat(Qt::PlainText);
    m_blocking->setWordWrap(true);
    m_readOnlyBanner->setTextFormat(Qt::PlainText);
    m_readOnlyBanner->setWordWrap(true);
    m_readOnlyBanner->setAutoFillBackground(true);
    m_readOnlyBanner->setBackgroundRole(QPalette::ToolTipBase);
    m_readOnlyBanner->setForegroundRole(QPalette::ToolTipText);
    m_readOnlyBanner->setMargin(6);
    m_readOnlyBanner->hide();
    m_simulationBanner->setTextFormat(Qt::PlainText);
    m_simulationBanner->setWordWrap(true);
    m_simulationBanner->setMargin(6);
    m_simulationBanner->setStyleSheet(
        QStringLiteral("QLabel { background: #fff3c4; color: #3d2e00; border: 1px solid #d9b44a; }"));
    m_simulationBanner->setObjectName(QStringLiteral("simulationBanner"));
    m_simulationBanner->hide();
    m_simulationToTargets->setObjectName(QStringLiteral("simulationToTargets"));
    m_simulationToTargets->setToolTip(tr("Every domain the simulation raises gets its simulated palier as target, "
                                         "by next school year"));
    m_simulationToTargets->hide();
    connect(m_simulationToTargets, &QPushButton::clicked, this, &GridEditor::targetsFromSimulationRequested);
    // A new version of the grid: what changed since last year's answers, in
    // one line (a small screen needs its room for the criteria) and, on
    // demand, in full.
    m_versionFrame->setObjectName(QStringLiteral("versionFrame"));
    m_versionFrame->setAttribute(Qt::WA_StyledBackground);
    m_versionFrame->setStyleSheet(QStringLiteral("#versionFrame { background: #e3f0fb; border: 1px solid #7aa7d1; }"
                                                 " #versionFrame QLabel { color: #0b2e4f; }"));
    m_versionBanner->setTextFormat(Qt::PlainText);
    m_versionBanner->setWordWrap(true);
    m_versionBanner->setObjectName(QStringLiteral("versionBanner"));
    m_versionDetails->setText(tr("What changed…"));
    m_versionDetails->setObjectName(QStringLiteral("versionDetails"));
    connect(m_versionDetails, &QPushButton::clicked, this, &GridEditor::showVersionDetails);
    auto *versionLayout = new QHBoxLayout(m_versionFrame);
    versionLayout->setContentsMargins(6, 3, 6, 3);
    versionLayout->addWidget(m_versionBanner, 1);
    versionLayout->addWidget(m_versionDetails, 0, Qt::AlignVCenter);
    m_versionFrame->hide();
    m_criterionChange->setTextFormat(Qt::PlainText);
    m_criterionChange->setWordWrap(true);
    m_criterionChange->setMargin(4);
    m_criterionChange->setStyleSheet(
        QStringLiteral("QLabel { background: #e3f0fb; color: #0b2e4f; border: 1px solid #7aa7d1; }"));
    m_criterionChange->setObjectName(QStringLiteral("criterionChange"));
    m_criterionChange->hide();

    m_criteria->setColumnCount(2);
    m_criteria->setHeaderLabels({tr("Criterion"), tr("Answer")});
    m_criteria->setWordWrap(true);
    m_criteria->setUniformRowHeights(false);
    m_criteria->setRootIsDecorated(false);
    m_criteria->setItemsExpandable(false);
    m_criteria->setIconSize(QSize(20, 20));
    m_criteria->header()->setStretchLastSection(false);
    m_criteria->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_criteria->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_criteria->setAccessibleName(tr("Criteria of the domain"));
    m_criteria->setAccessibleDescription(
        tr("Keys 1 to 4 set the answer (met, in progress, not met, not applicable), 0 clears it."));
    m_criteria->installEventFilter(this);
    m_criteria->setObjectName(QStringLiteral("criteria"));
    m_domainPalier->setObjectName(QStringLiteral("domainPalier"));

    auto *buttons = new QHBoxLayout;
    int key = 1;
    for (AnswerStatus status : KeyedStatuses) {
        auto *button = new QToolButton(this);
        button->setText(tr("%1 %2").arg(key).arg(answerStatusLabel(status)));
        button->setIcon(swatch(PaliersCharts::statusColor(status), QString()));
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setCheckable(true);
        button->setToolTip(tr("Set the answer to \"%1\" (key %2)").arg(answerStatusLabel(status)).arg(key));
        button->setAccessibleName(answerStatusLabel(status));
        m_statusButtons->addButton(button, static_cast<int>(status));
        buttons->addWidget(button);
        ++key;
    }
    auto *clear = new QToolButton(this);
    clear->setText(tr("0 Clear"));
    clear->setToolTip(tr("Remove the answer (key 0)"));
    clear->setAccessibleName(tr("Clear the answer"));
    clear->setCheckable(true);
    m_statusButtons->addButton(clear, static_cast<int>(AnswerStatus::Unanswered));
    buttons->addWidget(clear);
    buttons->addStretch();
    m_simulate->setText(tr("Simula&te (what if…)"));
    m_simulate->setCheckable(true);
    m_simulate->setToolTip(tr("Try answers without saving them, to see which palier they would give"));
    m_simulate->setObjectName(QStringLiteral("simulate"));
    connect(m_simulate, &QAbstractButton::toggled, this, &GridEditor::setSimulation);
    m_simulateRubric->setText(m_simulate->text());
    m_simulateRubric->setToolTip(tr("Try stages without saving them"));
    m_simulateRubric->setCheckable(true);
    m_simulateRubric->setObjectName(QStringLiteral("simulateRubric"));
    connect(m_simulateRubric, &QAbstractButton::toggled, this, &GridEditor::setSimulation);
    // Not exclusive: Tab reaches every button (an exclusive group is one tab
    // stop); updateAnswerPanel() checks the one of the current answer.
    m_statusButtons->setExclusive(false);
    // Toggled, not clicked: a screen reader's or a switch device's "Toggle"
    // action toggles a checkable button without clicking it.
    connect(m_statusButtons, &QButtonGroup::idToggled, this, [this](int id) {
        if (m_loadingPanel)
            return; // updateAnswerPanel() showing the current answer
        const QString criterion = currentCriterionId();
        if (!criterion.isEmpty() && m_editor->acceptsAnswers()) {
            setStatus(criterion, static_cast<AnswerStatus>(id));
            // As the keys do: on to the next criterion.
            moveToNextCriterion();
        }
        updateAnswerPanel();
    });

    m_criterionText->setWordWrap(true);
    m_criterionText->setTextFormat(Qt::PlainText);
    m_criterionText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_comment->setAccessibleName(tr("Comment"));
    m_comment->setObjectName(QStringLiteral("comment"));
    m_comment->setPlaceholderText(tr("What was observed, what is planned…"));
    m_comment->setTabChangesFocus(true);
    m_comment->setMinimumHeight(m_comment->fontMetrics().lineSpacing() * 2 + 8);
    m_comment->setMaximumHeight(m_comment->fontMetrics().lineSpacing() * 5 + 8);
    m_evidence->setAccessibleName(tr("Evidence"));
    m_evidence->setObjectName(QStringLiteral("evidence"));
    m_evidence->setPlaceholderText(tr("Where the proof is: a document, a link"));

    auto *answerForm = new QFormLayout;
    answerForm->addRow(tr("Co&mment:"), m_comment);
    answerForm->addRow(tr("Evi&dence:"), m_evidence);

    // Tab goes as the eye reads: domains, « Simuler » beside the domain's
    // title, the criteria, the answer buttons below them, then the comment
    // and the evidence.
    QWidget::setTabOrder(m_versionDetails, m_domains);
    QWidget::setTabOrder(m_domains, m_simulate);
    QWidget::setTabOrder(m_simulate, m_criteria);
    QWidget *before = m_criteria;
    for (QAbstractButton *button : m_statusButtons->buttons()) {
        QWidget::setTabOrder(before, button);
        before = button;
    }
    for (QWidget *next : std::initializer_list<QWidget *> {m_comment, m_evidence}) {
        QWidget::setTabOrder(before, next);
        before = next;
    }

    // The criteria above, the answer being written below: a splitter, so
    // that a small screen or large fonts leave room for the list.
    auto *list = new QWidget(this);
    auto *listLayout = new QVBoxLayout(list);
    listLayout->setContentsMargins(0, 0, 0, 0);
    // « Simuler » is a mode of the whole grid, not an answer: beside the
    // domain's title, so that the answer buttons alone fill their row (a
    // 1024×768 screen at 150 % has room for them, not for both).
    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(m_domainTitle, 1);
    titleRow->addWidget(m_simulate, 0, Qt::AlignTop);
    listLayout->addLayout(titleRow);
    listLayout->addWidget(m_domainPalier);
    listLayout->addWidget(m_blocking);
    listLayout->addWidget(m_criteria, 1);
    listLayout->addLayout(buttons);
    auto *answer = new QWidget(this);
    auto *answerLayout = new QVBoxLayout(answer);
    answerLayout->setContentsMargins(0, 0, 0, 0);
    answerLayout->addWidget(m_criterionChange);
    answerLayout->addWidget(m_criterionText);
    answerLayout->addLayout(answerForm);
    auto *right = new QSplitter(Qt::Vertical, this);
    right->setObjectName(QStringLiteral("gridAnswerSplitter"));
    right->addWidget(list);
    right->addWidget(answer);
    right->setStretchFactor(0, 1);
    right->setStretchFactor(1, 0);
    right->setChildrenCollapsible(false);
    right->setSizes({1000, 1}); // the answer panel at its smallest, until the user drags it

    auto *splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("gridDomainSplitter"));
    m_domains->setMinimumWidth(m_domains->fontMetrics().averageCharWidth() * 16);
    splitter->addWidget(m_domains);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({260, 800});
    splitter->setChildrenCollapsible(false);
    // A rubric has its own page: the table of axes and stages.
    auto *rubricPage = new QWidget(this);
    auto *rubricLayout = new QVBoxLayout(rubricPage);
    rubricLayout->setContentsMargins(0, 0, 0, 0);
    auto *rubricHeader = new QHBoxLayout;
    auto *rubricHint = new QLabel(tr("For each axis, choose the jalon whose description fits what the team does "
                                     "today."),
        rubricPage);
    rubricHint->setWordWrap(true);
    rubricHeader->addWidget(rubricHint, 1);
    rubricHeader->addWidget(m_simulateRubric);
    rubricLayout->addLayout(rubricHeader);
    rubricLayout->addWidget(m_rubric, 1);
    connect(m_rubric, &RubricEditor::stageChosen, this, &GridEditor::setStage);

    m_pages->addWidget(splitter);
    m_pages->addWidget(rubricPage);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_readOnlyBanner);
    auto *simulationRow = new QHBoxLayout;
    simulationRow->addWidget(m_simulationBanner, 1);
    simulationRow->addWidget(m_simulationToTargets, 0, Qt::AlignVCenter);
    layout->addLayout(simulationRow);
    layout->addWidget(m_versionFrame);
    layout->addWidget(m_pages, 1);

    connect(m_editor, &AssessmentEditor::assessmentChanged, this, &GridEditor::showAssessment);
    connect(m_editor, &AssessmentEditor::answerChanged, this, [this](const QString &criterionId) {
        refreshAfterChange(criterionId);
        updateSimulationBanner();
    });
    connect(m_editor, &AssessmentEditor::simulationChanged, this, &GridEditor::showSimulation);
    connect(m_editor, &AssessmentEditor::evaluationChanged, this, &GridEditor::evaluationChanged);
    connect(m_editor, &AssessmentEditor::notice, this, &GridEditor::notice);
    connect(m_editor, &AssessmentEditor::errorOccurred, this, &GridEditor::errorOccurred);
    connect(m_comment, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_loadingPanel)
            noteTextEdited();
    });
    connect(m_evidence, &QLineEdit::textEdited, this, &GridEditor::noteTextEdited);
    connect(m_evidence, &QLineEdit::editingFinished, m_editor, &AssessmentEditor::commitPendingText);
    m_comment->installEventFilter(this);
    m_evidence->installEventFilter(this);

    connect(m_domains, &QListWidget::currentRowChanged, this, &GridEditor::showDomain);
    // The next and previous domain from anywhere in the grid.
    const auto addDomainShortcut = [this](const QList<QKeySequence> &keys, int step) {
        for (const QKeySequence &sequence : keys) {
            auto *shortcut = new QShortcut(sequence, this);
            shortcut->setContext(Qt::WidgetWithChildrenShortcut);
            connect(shortcut, &QShortcut::activated, this, [this, step] { stepDomain(step); });
        }
    };
    addDomainShortcut({QKeySequence(Qt::CTRL | Qt::Key_PageDown), QKeySequence(Qt::ALT | Qt::Key_Down)}, 1);
    addDomainShortcut({QKeySequence(Qt::CTRL | Qt::Key_PageUp), QKeySequence(Qt::ALT | Qt::Key_Up)}, -1);
    // Where the focus is, it shows.
    showFocusFrame(m_domains);
    showFocusFrame(m_criteria);
    showFocusFrame(m_comment);
    connect(m_criteria, &QTreeWidget::currentItemChanged, this,
        [this](QTreeWidgetItem *current, QTreeWidgetItem *previous) {
            // What was typed belongs to the criterion it was typed for;
            // updateAnswerPanel() writes it before showing this one.
            if (current && current->data(0, CriterionIdRole).toString().isEmpty() && !m_loadingPanel) {
                // A palier heading is not an answer: step over it in the
                // direction the user was going.
                QTreeWidgetItem *above = m_criteria->itemAbove(current);
                QTreeWidgetItem *below = m_criteria->itemBelow(current);
                const bool goingUp = previous && previous == below;
                QTreeWidgetItem *target = goingUp && above ? above : (below ? below : above);
                if (target && target != previous) {
                    m_criteria->setCurrentItem(target);
                    return;
                }
                if (previous) {
                    m_criteria->setCurrentItem(previous);
                    return;
                }
            }
            updateAnswerPanel();
        });
}

GridEditor::~GridEditor() = default;

void GridEditor::showAssessment()
{
    m_domains->clear();
    m_criteria->clear();
    m_domainId.clear();
    m_rubric->setReferential(nullptr);
    const Referential *referential = m_editor->referential();
    if (!referential) {
        updateDomainHeader();
        updateAnswerPanel();
        updateEditability();
        return;
    }
    for (const Domain &domain : referential->domains()) {
        auto *item = new QListWidgetItem(domain.title, m_domains);
        item->setData(Qt::UserRole, domain.id);
    }
    updateDomainList();
    updateEditability();
    updateVersionBanner();
    m_domains->setCurrentRow(0);
    const bool rubric = referential->kind() == ReferentialKind::Rubric;
    m_rubric->setReferential(rubric ? referential : nullptr);
    updateRubric();
    m_pages->setCurrentIndex(rubric ? 1 : 0);
}

void GridEditor::updateRubric()
{
    if (!referential() || referential()->kind() != ReferentialKind::Rubric)
        return;
    QHash<QString, int> stages;
    for (const DomainResult &result : evaluation().domains)
        stages.insert(result.domainId, result.palier);
    m_rubric->setStages(stages);
}

void GridEditor::setStage(const QString &axisId, int stage)
{
    m_editor->setStage(axisId, stage);
    // What was stored, which also takes the click back when nothing was
    // (a validated assessment, or storage refusing).
    updateRubric();
}

void GridEditor::updateEditability()
{
    const bool editable = isEditable();
    for (QAbstractButton *button : m_statusButtons->buttons())
        button->setEnabled(m_editor->acceptsAnswers());
    m_comment->setReadOnly(!editable || isSimulating());
    m_evidence->setReadOnly(!editable || isSimulating());
    m_simulate->setEnabled(referential() != nullptr);
    m_simulateRubric->setEnabled(referential() != nullptr);
    m_rubric->setEditable(editable || isSimulating());
    if (m_editor->session() && m_editor->session()->isReadOnly()) {
        m_readOnlyBanner->setText(tr("This database is open read-only: the answers can be read, not changed."));
        m_readOnlyBanner->show();
    } else if (assessment().status == AssessmentStatus::Validated) {
        m_readOnlyBanner->setText(
            tr("This assessment was validated on %1 by %2. It is read-only; reopen it (Assessment menu) to change "
               "it.")
                .arg(QLocale().toString(assessment().validatedAt.toLocalTime().date(), QLocale::LongFormat),
                    assessment().validatedBy.isEmpty() ? tr("an unnamed user") : assessment().validatedBy));
        m_readOnlyBanner->show();
    } else {
        m_readOnlyBanner->hide();
    }
}

void GridEditor::updateDomainList()
{
    for (int row = 0; row < m_domains->count(); ++row) {
        QListWidgetItem *item = m_domains->item(row);
        const DomainResult *result = evaluation().domain(item->data(Qt::UserRole).toString());
        const int palier = result ? result->palier : 0;
        const Domain *domain = referential()->domain(item->data(Qt::UserRole).toString());
        const DomainResult *stored = storedEvaluation().domain(item->data(Qt::UserRole).toString());
        if (isSimulating() && stored && stored->palier != palier)
            item->setText(
                tr("%1\nPalier %2").arg(domain ? domain->title : QString(), palierChange(stored->palier, palier)));
        else
            item->setText(tr("%1\nPalier %2").arg(domain ? domain->title : QString()).arg(palier));
        item->setIcon(swatch(PaliersCharts::palierColor(palier), QString::number(palier)));
        item->setData(Qt::AccessibleTextRole, tr("%1, palier %2").arg(domain ? domain->title : QString()).arg(palier));
    }
}

void GridEditor::showDomain(int row)
{
    commitPendingText();
    QListWidgetItem *item = m_domains->item(row);
    if (!item || !referential())
        return;
    m_domainId = item->data(Qt::UserRole).toString();

    m_loadingPanel = true;
    m_criteria->clear();
    for (const Level &level : referential()->levels()) {
        const QList<const Criterion *> criteria = referential()->criteriaOf(m_domainId, level.number);
        if (criteria.isEmpty())
            continue;
        auto *levelItem = new QTreeWidgetItem(m_criteria);
        levelItem->setData(0, LevelRole, level.number);
        levelItem->setFlags(Qt::ItemIsEnabled);
        levelItem->setFirstColumnSpanned(true);
        QFont bold = levelItem->font(0);
        bold.setBold(true);
        levelItem->setFont(0, bold);
        for (const Criterion *criterion : criteria) {
            QString text = criterion->text;
            if (const auto &carried = m_editor->carriedOver()) {
                const Migration::Change change = carried->migration.change(criterion->id);
                if (change == Migration::Change::Added)
                    text = tr("[New] %1").arg(text);
                else if (change != Migration::Change::Same)
                    text = tr("[Changed] %1").arg(text);
            }
            auto *child = new QTreeWidgetItem(levelItem, {text});
            child->setData(0, CriterionIdRole, criterion->id);
            child->setToolTip(
                0, criterion->note.isEmpty() ? criterion->id : tr("%1 — %2").arg(criterion->id, criterion->note));
            updateCriterionItem(child);
        }
    }
    m_criteria->expandAll();
    updateLevelItems();
    updateDomainHeader();
    m_loadingPanel = false;
    if (m_criteria->topLevelItemCount() > 0 && m_criteria->topLevelItem(0)->childCount() > 0)
        m_criteria->setCurrentItem(m_criteria->topLevelItem(0)->child(0));
    updateAnswerPanel();
}

void GridEditor::updateCriterionItem(QTreeWidgetItem *item)
{
    const AnswerState state = answerState(item->data(0, CriterionIdRole).toString());
    item->setText(1, answerStatusLabel(state.status));
    item->setIcon(1, swatch(PaliersCharts::statusColor(state.status), QString()));
    item->setData(0, Qt::AccessibleDescriptionRole, answerStatusLabel(state.status));
}

void GridEditor::updateLevelItems()
{
    const DomainResult *result = evaluation().domain(m_domainId);
    for (int i = 0; i < m_criteria->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_criteria->topLevelItem(i);
        const int number = item->data(0, LevelRole).toInt();
        const Level *level = referential()->level(number);
        QString counts;
        if (result) {
            for (const LevelTally &tally : result->levels) {
                if (tally.level == number)
                    counts = tr("%1 of %2 met").arg(tally.met).arg(tally.applicable());
            }
        }
        // The counts first: when the row is cut, what it says is kept.
        item->setText(
            0, tr("%1 (%2) — %3", "palier, counts, description").arg(level->title, counts, level->description));
        item->setToolTip(
            0, tr("%1 (%2) — %3", "palier, counts, description").arg(level->title, counts, level->description));
    }
}

void GridEditor::updateDomainHeader()
{
    const Domain *domain = referential() ? referential()->domain(m_domainId) : nullptr;
    const DomainResult *result = evaluation().domain(m_domainId);
    if (!domain || !result) {
        m_domainTitle->clear();
        m_domainPalier->clear();
        m_blocking->clear();
        return;
    }
    m_domainTitle->setText(domain->title);
    m_domainPalier->setText(result->palier == 0 ? tr("Palier reached: none yet (palier 1 not reached)")
                                                : tr("Palier reached: %1").arg(result->palier));
    if (const DomainResult *stored = storedEvaluation().domain(m_domainId); isSimulating() && stored)
        m_domainPalier->setText(tr("Simulated palier: %1 (stored: %2)").arg(result->palier).arg(stored->palier));
    if (result->blocking.isEmpty()) {
        m_blocking->setText(
            result->palier >= referential()->maxLevel() ? tr("The highest palier is reached.") : QString());
    } else {
        QStringList ids = result->blocking;
        m_blocking->setText(tr("To reach palier %1: %n criterion(s) still to meet (%2).", nullptr, result->missing)
                                .arg(result->palier + 1)
                                .arg(ids.join(QLatin1String(", "))));
    }
}

void GridEditor::updateAnswerPanel()
{
    // The one place that overwrites the text fields: what they hold is
    // written first, to the criterion it was typed for.
    commitPendingText();
    const QString id = currentCriterionId();
    const AnswerState state = answerState(id);
    const bool wasLoading = std::exchange(m_loadingPanel, true);
    for (QAbstractButton *button : m_statusButtons->buttons())
        button->setChecked(!id.isEmpty() && m_statusButtons->id(button) == static_cast<int>(state.status));
    const Criterion *criterion = referential() ? referential()->criterion(id) : nullptr;
    m_criterionText->setText(criterion ? tr("%1 — %2").arg(criterion->id, criterion->text) : QString());
    const QString change = versionChange(id);
    m_criterionChange->setText(change);
    // The académie's note in full, for the mouse and for a screen reader.
    m_criterionChange->setToolTip(versionChange(id, true));
    m_criterionChange->setAccessibleDescription(m_criterionChange->toolTip());
    m_criterionChange->setVisible(!change.isEmpty());
    if (m_comment->toPlainText() != state.comment)
        m_comment->setPlainText(state.comment);
    if (m_evidence->text() != state.evidence)
        m_evidence->setText(state.evidence);
    m_comment->setEnabled(!id.isEmpty());
    m_evidence->setEnabled(!id.isEmpty());
    m_loadingPanel = wasLoading;
}

void GridEditor::updateVersionBanner()
{
    const std::optional<CarriedOver> &carried = m_editor->carriedOver();
    if (!carried) {
        m_versionFrame->hide();
        return;
    }
    const Migration &migration = carried->migration;
    int changed = 0;
    for (const Criterion &criterion : migration.to().criteria()) {
        const Migration::Change change = migration.change(criterion.id);
        changed += change != Migration::Change::Same && change != Migration::Change::Added ? 1 : 0;
    }
    const QString from = migration.from().version();
    const QString to = migration.to().version();
    const QString text = carried->inPlace
        ? tr("Moved from grid %1 to %2. To check: %3 [New], %4 [Changed]; not carried: %5.")
              .arg(from, to)
              .arg(migration.added().size())
              .arg(changed)
              .arg(carried->left.size())
        : tr("Carried over from %1 (grid %2 → %3). To check: %4 [New], %5 [Changed]; not carried: %6.")
              .arg(carried->previous.schoolYear, from, to)
              .arg(migration.added().size())
              .arg(changed)
              .arg(carried->left.size());
    m_versionBanner->setText(text);
    m_versionFrame->setAccessibleName(text);
    m_versionFrame->show();
}

void GridEditor::showVersionDetails()
{
    const std::optional<CarriedOver> &carried = m_editor->carriedOver();
    if (!carried)
        return;
    const Migration &migration = carried->migration;
    QStringList lines;
    if (carried->inPlace)
        lines << tr("This draft was moved from version %1 of the grid to version %2, its answers carried over "
                    "through the correspondence that version %2 gives.")
                     .arg(migration.from().version(), migration.to().version());
    else
        lines << tr("These answers were carried over from the assessment of %1, made with version %2 of the grid, "
                    "through the correspondence that version %3 gives.")
                     .arg(carried->previous.schoolYear, migration.from().version(), migration.to().version());
    lines << QString() << tr("Not carried over, the criteria having been removed:");
    if (carried->left.isEmpty())
        lines << tr("  none");
    for (const Answer &answer : carried->left) {
        const Criterion *old = migration.from().criterion(answer.criterionId);
        QString line = tr("  %1 « %2 »: %3")
                           .arg(answer.criterionId, old ? old->text : QString(), answerStatusLabel(answer.status));
        if (!answer.comment.isEmpty())
            line += tr(" — %1").arg(answer.comment);
        if (!answer.evidence.isEmpty())
            line += tr(" (evidence: %1)").arg(answer.evidence);
        lines << line;
    }
    QStringList added;
    QStringList changed;
    for (const Criterion &criterion : migration.to().criteria()) {
        const Migration::Change change = migration.change(criterion.id);
        if (change == Migration::Change::Added)
            added << tr("  %1 « %2 »").arg(criterion.id, criterion.text);
        else if (change != Migration::Change::Same)
            changed << tr("  %1: %2").arg(criterion.id, versionChange(criterion.id, true));
    }
    lines << QString() << tr("New criteria [New], to answer:")
          << (added.isEmpty() ? QStringList {tr("  none")} : added);
    lines << QString() << tr("Changed criteria [Changed], to check:")
          << (changed.isEmpty() ? QStringList {tr("  none")} : changed);

    QDialog dialog(this);
    dialog.setWindowTitle(tr("What the new version of the grid changed"));
    auto *view = new QPlainTextEdit(lines.join(u'\n'), &dialog);
    view->setReadOnly(true);
    view->setObjectName(QStringLiteral("versionDetailsText"));
    view->setAccessibleName(dialog.windowTitle());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(view, 1);
    layout->addWidget(buttons);
    resizeWithinScreen(&dialog, QSize(fontMetrics().averageCharWidth() * 90, fontMetrics().lineSpacing() * 24));
    dialog.exec();
}

QString GridEditor::versionChange(const QString &criterionId, bool withNote) const
{
    const std::optional<CarriedOver> &carried = m_editor->carriedOver();
    if (!carried || criterionId.isEmpty())
        return QString();
    const Migration &migration = carried->migration;
    const QString older = migration.from().version();
    const QStringList sources = migration.sources(criterionId);
    QString text;
    switch (migration.change(criterionId)) {
    case Migration::Change::Same:
        return QString();
    case Migration::Change::Added:
        text = tr("New in version %1: to answer.").arg(migration.to().version());
        break;
    case Migration::Change::Renamed:
        text = tr("Was %1 in version %2.").arg(sources.value(0), older);
        break;
    case Migration::Change::Merged:
        text = tr("Brings together %1 of version %2: check the answer carried over.")
                   .arg(sources.join(QStringLiteral(", ")), older);
        break;
    case Migration::Change::Split:
        text = tr("Part of %1 of version %2, now split: check the answer carried over.").arg(sources.value(0), older);
        break;
    }
    const QString note = migration.note(criterionId);
    return note.isEmpty() || !withNote ? text : tr("%1 The académie says: %2").arg(text, note);
}

QString GridEditor::currentCriterionId() const
{
    const QTreeWidgetItem *item = m_criteria->currentItem();
    return item ? item->data(0, CriterionIdRole).toString() : QString();
}

QString GridEditor::currentDomainId() const
{
    return m_domainId;
}

QTreeWidgetItem *GridEditor::itemFor(const QString &criterionId) const
{
    for (int i = 0; i < m_criteria->topLevelItemCount(); ++i) {
        QTreeWidgetItem *level = m_criteria->topLevelItem(i);
        for (int j = 0; j < level->childCount(); ++j) {
            if (level->child(j)->data(0, CriterionIdRole).toString() == criterionId)
                return level->child(j);
        }
    }
    return nullptr;
}

void GridEditor::selectCriterion(const QString &criterionId)
{
    const Criterion *criterion = referential() ? referential()->criterion(criterionId) : nullptr;
    if (!criterion)
        return;
    if (criterion->domainId != m_domainId) {
        for (int row = 0; row < m_domains->count(); ++row) {
            if (m_domains->item(row)->data(Qt::UserRole).toString() == criterion->domainId)
                m_domains->setCurrentRow(row);
        }
    }
    if (QTreeWidgetItem *item = itemFor(criterionId)) {
        m_criteria->setCurrentItem(item);
        m_criteria->scrollToItem(item);
    }
}

void GridEditor::noteTextEdited()
{
    m_editor->editText(currentCriterionId(), m_comment->toPlainText(), m_evidence->text());
}

void GridEditor::refreshAfterChange(const QString &criterionId)
{
    updateDomainList();
    updateRubric();
    if (const Criterion *criterion = referential()->criterion(criterionId);
        criterion && criterion->domainId == m_domainId) {
        if (QTreeWidgetItem *item = itemFor(criterionId))
            updateCriterionItem(item);
        updateLevelItems();
        updateDomainHeader();
    } else if (referential()->kind() == ReferentialKind::Checklist) {
        // An undo of a change made in another domain: show it there (the
        // jalons page shows every axis at once).
        selectCriterion(criterionId);
    }
    if (criterionId == currentCriterionId())
        updateAnswerPanel();
}

void GridEditor::showSimulation(bool on)
{
    if (!on && referential()) {
        // The stored answers are back: every one shown may have changed.
        updateDomainList();
        updateRubric();
        for (int i = 0; i < m_criteria->topLevelItemCount(); ++i) {
            for (int j = 0; j < m_criteria->topLevelItem(i)->childCount(); ++j)
                updateCriterionItem(m_criteria->topLevelItem(i)->child(j));
        }
        updateLevelItems();
        updateDomainHeader();
        updateAnswerPanel();
    }
    const QSignalBlocker blocker(m_simulate);
    const QSignalBlocker rubricBlocker(m_simulateRubric);
    m_simulate->setChecked(on);
    m_simulateRubric->setChecked(on);
    updateEditability();
    updateSimulationBanner();
    if (referential())
        updateDomainList();
    emit simulationChanged(on);
}

QString GridEditor::palierChange(int stored, int simulated) const
{
    if (stored == simulated)
        return QString::number(simulated);
    return tr("%1 → %2 %3")
        .arg(stored)
        .arg(simulated)
        .arg(simulated > stored ? QStringLiteral("▲") : QStringLiteral("▼"));
}

void GridEditor::updateSimulationBanner()
{
    if (!isSimulating()) {
        m_simulationBanner->hide();
        m_simulationToTargets->hide();
        return;
    }
    QStringList changes;
    for (const DomainResult &result : evaluation().domains) {
        const DomainResult *stored = storedEvaluation().domain(result.domainId);
        if (stored && stored->palier != result.palier) {
            const Domain *domain = referential()->domain(result.domainId);
            changes.append(tr("%1: %2").arg(
                domain ? domain->title : result.domainId, palierChange(stored->palier, result.palier)));
        }
    }
    const bool rubric = referential()->kind() == ReferentialKind::Rubric;
    QString text = (rubric ? tr("Simulation: nothing is saved. Lowest jalon %1.")
                           : tr("Simulation: nothing is saved. Overall palier %1."))
                       .arg(palierChange(storedEvaluation().overallPalier, evaluation().overallPalier));
    text += QLatin1Char(' ');
    text += changes.isEmpty() ? (rubric ? tr("No axis changes jalon yet.") : tr("No domain changes palier yet."))
                              : tr("Changes: %1.").arg(changes.join(tr("; ", "list separator")));
    text += QLatin1Char(' ');
    text += tr("Leave the simulation to get the stored answers back.");
    m_simulationBanner->setText(text);
    m_simulationBanner->show();
    m_simulationToTargets->setEnabled(!changes.isEmpty());
    m_simulationToTargets->show();
}

void GridEditor::focusWork()
{
    if (referential() && referential()->kind() == ReferentialKind::Rubric)
        m_rubric->setFocus();
    else
        m_criteria->setFocus();
}

void GridEditor::stepDomain(int step)
{
    if (!referential() || referential()->kind() == ReferentialKind::Rubric || m_domains->count() == 0)
        return;
    const int row = std::clamp(m_domains->currentRow() + step, 0, m_domains->count() - 1);
    if (row == m_domains->currentRow()) {
        emit notice(step > 0 ? tr("This is the last domain.") : tr("This is the first domain."));
        return;
    }
    m_domains->setCurrentRow(row);
    m_criteria->setFocus(); // the answers of the new domain, by keys at once
    const Domain *domain = referential()->domain(m_domainId);
    emit notice(tr("Domain %1 of %2: %3").arg(row + 1).arg(m_domains->count()).arg(domain ? domain->title : QString()));
}

void GridEditor::moveToNextCriterion()
{
    QTreeWidgetItem *item = m_criteria->currentItem();
    if (!item)
        return;
    QTreeWidgetItem *next = m_criteria->itemBelow(item);
    while (next && next->data(0, CriterionIdRole).toString().isEmpty())
        next = m_criteria->itemBelow(next);
    if (next)
        m_criteria->setCurrentItem(next);
}

bool GridEditor::eventFilter(QObject *watched, QEvent *event)
{
    if ((watched == m_comment || watched == m_evidence) && event->type() == QEvent::FocusOut)
        commitPendingText();
    // Escape leaves the comment or the evidence for the criteria, where the
    // keys answer again (what was typed is kept: the focus-out writes it).
    if ((watched == m_comment || watched == m_evidence) && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
        m_criteria->setFocus(Qt::ShortcutFocusReason);
        return true;
    }
    if (watched == m_criteria && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->modifiers() & ~(Qt::KeypadModifier | Qt::ShiftModifier))
            return QWidget::eventFilter(watched, event);
        std::optional<AnswerStatus> status;
        switch (key->key()) {
        case Qt::Key_1:
            status = AnswerStatus::Met;
            break;
        case Qt::Key_2:
            status = AnswerStatus::InProgress;
            break;
        case Qt::Key_3:
            status = AnswerStatus::NotMet;
            break;
        case Qt::Key_4:
            status = AnswerStatus::NotApplicable;
            break;
        case Qt::Key_0:
        case Qt::Key_Delete:
            status = AnswerStatus::Unanswered;
            break;
        default:
            break;
        }
        const QString id = currentCriterionId();
        if (status && !id.isEmpty()) {
            if (!isEditable() && !isSimulating()) {
                emit notice(m_editor->session() && m_editor->session()->isReadOnly()
                        ? tr("This database is open read-only.")
                        : tr("This assessment is validated: reopen it to change the answers."));
                return true;
            }
            setStatus(id, *status);
            moveToNextCriterion();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Paliers
