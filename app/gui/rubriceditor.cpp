#include "rubriceditor.h"

#include "palierscharts.h"
#include "referential/referential.h"

#include <algorithm>
#include <QAbstractButton>
#include <QButtonGroup>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace Paliers {

namespace {

QColor blend(const QColor &base, const QColor &tint, qreal amount)
{
    return QColor::fromRgbF(base.redF() + (tint.redF() - base.redF()) * amount,
        base.greenF() + (tint.greenF() - base.greenF()) * amount,
        base.blueF() + (tint.blueF() - base.blueF()) * amount);
}

// One cell of the rubric: a checkable button that wraps its descriptor over
// as many lines as its column's width needs (a QRadioButton does not wrap).
class StageChoice : public QAbstractButton
{
public:
    StageChoice(const QString &heading, const QString &descriptor, const QColor &color, const QString &chosenText,
        QWidget *parent)
        : QAbstractButton(parent)
        , m_descriptor(descriptor)
        , m_color(color)
        , m_chosenText(chosenText)
    {
        setText(heading);
        setCheckable(true);
        setAttribute(Qt::WA_Hover);
        setCursor(Qt::PointingHandCursor);
        QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
        policy.setHeightForWidth(true);
        setSizePolicy(policy);
    }

    bool hasHeightForWidth() const override { return true; }

    int heightForWidth(int width) const override
    {
        const int inner = std::max(width - 2 * Padding, 40);
        const QRect descriptor = fontMetrics().boundingRect(QRect(0, 0, inner, 100000), Qt::TextWordWrap, m_descriptor);
        return 2 * Padding + headingHeight() + Gap + descriptor.height();
    }

    QSize sizeHint() const override { return {PreferredWidth, heightForWidth(PreferredWidth)}; }
    QSize minimumSizeHint() const override { return {MinimumWidth, heightForWidth(MinimumWidth)}; }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        p.setRenderHint(QPainter::Antialiasing);
        const QPalette &pal = palette();
        const QColor text = pal.color(QPalette::Active, QPalette::Text);
        QColor background
            = isEnabled() ? pal.color(QPalette::Active, QPalette::Base) : pal.color(QPalette::Active, QPalette::Window);
        QColor border = pal.color(QPalette::Active, QPalette::Mid);
        qreal borderWidth = 1;
        if (isChecked()) {
            background = blend(pal.color(QPalette::Active, QPalette::Base), m_color, 0.25);
            border = m_color.darker(115);
            borderWidth = 3;
        } else if (isEnabled() && underMouse()) {
            border = m_color.darker(115);
            borderWidth = 2;
        }
        const qreal half = borderWidth / 2;
        p.setPen(QPen(border, borderWidth));
        p.setBrush(background);
        p.drawRoundedRect(QRectF(rect()).adjusted(half, half, -half, -half), 6, 6);
        if (hasFocus()) {
            p.setPen(QPen(pal.color(QPalette::Active, QPalette::Highlight), 1.5, Qt::DashLine));
            p.setBrush(Qt::NoBrush);
            p.drawRoundedRect(QRectF(rect()).adjusted(5, 5, -5, -5), 4, 4);
        }

        const QRect inner = rect().adjusted(Padding, Padding, -Padding, -Padding);
        QFont bold = font();
        bold.setBold(true);
        p.setFont(bold);
        p.setPen(text);
        const QRect headingRect(inner.left(), inner.top(), inner.width(), headingHeight());
        p.drawText(headingRect, Qt::AlignLeft | Qt::AlignVCenter, QAbstractButton::text());
        if (isChecked()) {
            // Said in words too, not only in colour.
            QFont small = bold;
            small.setPointSizeF(bold.pointSizeF() * 0.9);
            const int width = QFontMetrics(small).horizontalAdvance(m_chosenText) + 12;
            const QRect chip(headingRect.right() - width + 1, headingRect.top(), width, headingRect.height());
            p.setPen(Qt::NoPen);
            p.setBrush(m_color);
            p.drawRoundedRect(chip, 4, 4);
            p.setFont(small);
            p.setPen(PaliersCharts::textOn(m_color));
            p.drawText(chip, Qt::AlignCenter, m_chosenText);
        }
        p.setFont(font());
        p.setPen(text);
        p.drawText(inner.adjusted(0, headingHeight() + Gap, 0, 0), Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop,
            m_descriptor);
    }

    void keyPressEvent(QKeyEvent *event) override
    {
        // Enter picks the cell as Space does.
        if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && isEnabled()) {
            click();
            return;
        }
        QAbstractButton::keyPressEvent(event);
    }

    void focusInEvent(QFocusEvent *event) override
    {
        // The arrow keys move the focus between the cells of an axis without
        // the scroll area following: bring the cell into view.
        for (QWidget *w = parentWidget(); w; w = w->parentWidget()) {
            if (auto *scroll = qobject_cast<QScrollArea *>(w)) {
                scroll->ensureWidgetVisible(this, 0, 0);
                break;
            }
        }
        QAbstractButton::focusInEvent(event);
    }

private:
    static constexpr int Padding = 10;
    static constexpr int Gap = 4;
    static constexpr int PreferredWidth = 230;
    static constexpr int MinimumWidth = 150;

    int headingHeight() const
    {
        QFont bold = font();
        bold.setBold(true);
        return QFontMetrics(bold).height() + 4;
    }

    QString m_descriptor;
    QColor m_color;
    QString m_chosenText;
};

} // namespace

RubricEditor::RubricEditor(QWidget *parent)
    : QWidget(parent)
    , m_scroll(new QScrollArea(this))
{
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_scroll);
}

RubricEditor::~RubricEditor() = default;

void RubricEditor::setReferential(const Referential *referential)
{
    // Deleted now rather than later: nothing of the old table may linger
    // (a test or a screen reader would find its cells).
    delete m_scroll->takeWidget();
    m_axes.clear();
    m_referential = referential && referential->kind() == ReferentialKind::Rubric ? referential : nullptr;
    if (!m_referential)
        return;

    auto *content = new QWidget;
    auto *grid = new QGridLayout(content);
    grid->setContentsMargins(12, 12, 12, 12);
    grid->setHorizontalSpacing(8);
    grid->setVerticalSpacing(6);
    const QList<Level> &levels = m_referential->levels();
    const int maxStage = m_referential->maxLevel();
    const int columns = static_cast<int>(levels.size());
    for (int column = 0; column < columns; ++column)
        grid->setColumnStretch(column, 1);

    // The stages' titles head their columns once, as in the source table;
    // each cell repeats the short title and carries the long one as tooltip.
    int row = 0;
    for (int column = 0; column < columns; ++column) {
        const Level &level = levels.at(column);
        auto *header = new QLabel(content);
        header->setTextFormat(Qt::RichText);
        header->setWordWrap(true);
        header->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        header->setText(
            QStringLiteral("<b>%1</b><br>%2").arg(level.title.toHtmlEscaped(), level.description.toHtmlEscaped()));
        header->setContentsMargins(10, 0, 10, 4); // the cells' padding
        grid->addWidget(header, row, column);
    }
    ++row;

    QFont titleFont = font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    for (const Domain &domain : m_referential->domains()) {
        const qsizetype index = m_axes.size();
        Axis axis;
        axis.id = domain.id;

        auto *title = new QLabel(domain.title, content);
        title->setTextFormat(Qt::PlainText);
        title->setWordWrap(true);
        title->setFont(titleFont);
        title->setContentsMargins(0, 14, 0, 2);
        grid->addWidget(title, row++, 0, 1, columns);

        axis.group = new QButtonGroup(content);
        axis.group->setExclusive(true);
        for (int column = 0; column < columns; ++column) {
            const Level &level = levels.at(column);
            const QList<const Criterion *> cells = m_referential->criteriaOf(domain.id, level.number);
            const QString descriptor = cells.isEmpty() ? QString() : cells.first()->text;
            auto *choice = new StageChoice(
                level.title, descriptor, PaliersCharts::stageColor(level.number, maxStage), tr("Chosen"), content);
            choice->setObjectName(QStringLiteral("stage-%1-%2").arg(domain.id).arg(level.number));
            choice->setAccessibleName(tr("%1: %2").arg(domain.id, level.title));
            choice->setAccessibleDescription(descriptor);
            choice->setToolTip(
                level.description.isEmpty() ? level.title : tr("%1 — %2").arg(level.title, level.description));
            axis.group->addButton(choice, level.number);
            grid->addWidget(choice, row, column);
        }
        ++row;
        connect(axis.group, &QButtonGroup::idClicked, this, [this, index](int stage) { choose(index, stage); });

        axis.summary = new QLabel(content);
        axis.summary->setObjectName(QStringLiteral("summary-%1").arg(domain.id));
        axis.summary->setTextFormat(Qt::PlainText);
        auto *clear = new QPushButton(tr("Clear"), content);
        clear->setObjectName(QStringLiteral("clear-%1").arg(domain.id));
        clear->setToolTip(tr("Mark this axis as not placed yet"));
        clear->setAccessibleName(tr("%1: not placed yet").arg(domain.id));
        connect(clear, &QPushButton::clicked, this, [this, index] { choose(index, 0); });
        axis.clear = clear;
        auto *footer = new QHBoxLayout;
        footer->addWidget(axis.summary);
        footer->addStretch();
        footer->addWidget(clear);
        grid->addLayout(footer, row++, 0, 1, columns);

        m_axes.append(axis);
        showStage(m_axes.last());
    }
    grid->setRowStretch(row, 1);
    m_scroll->setWidget(content);
}

void RubricEditor::setStages(const QHash<QString, int> &stageByAxis)
{
    const int maxStage = m_referential ? m_referential->maxLevel() : 0;
    for (Axis &axis : m_axes) {
        axis.stage = std::clamp(stageByAxis.value(axis.id, 0), 0, maxStage);
        showStage(axis);
    }
}

int RubricEditor::stage(const QString &axisId) const
{
    for (const Axis &axis : m_axes) {
        if (axis.id == axisId)
            return axis.stage;
    }
    return 0;
}

void RubricEditor::setEditable(bool editable)
{
    m_editable = editable;
    for (Axis &axis : m_axes)
        showStage(axis);
}

void RubricEditor::choose(qsizetype index, int stage)
{
    Axis &axis = m_axes[index];
    if (!m_editable || axis.stage == stage)
        return;
    axis.stage = stage;
    showStage(axis);
    const QString id = axis.id;
    emit stageChosen(id, stage);
}

void RubricEditor::showStage(Axis &axis)
{
    if (axis.stage == 0) {
        // An exclusive group never unchecks its last button by itself.
        axis.group->setExclusive(false);
        if (QAbstractButton *checked = axis.group->checkedButton())
            checked->setChecked(false);
        axis.group->setExclusive(true);
    } else if (QAbstractButton *button = axis.group->button(axis.stage)) {
        button->setChecked(true);
    }
    for (QAbstractButton *button : axis.group->buttons())
        button->setEnabled(m_editable);
    axis.clear->setEnabled(m_editable && axis.stage > 0);
    axis.clear->setVisible(m_editable);
    axis.summary->setText(axis.stage == 0 ? tr("Not placed yet") : tr("Placed at jalon %1").arg(axis.stage));
}

} // namespace Paliers
