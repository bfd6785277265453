#include "focusframe.h"

#include <algorithm>
#include <QAbstractScrollArea>
#include <QApplication>
#include <QPainter>
#include <QPointer>
#include <QProxyStyle>
#include <QStyleOption>

namespace Paliers {

namespace {

// The application's style, but for the frame of the views it is given to:
// two pixels wide, whether the view has the focus or not (the view does not
// move when the focus comes), and in the highlight colour while it has it.
// A style sheet did this before, at a cost: a view under one is drawn
// through Qt's style-sheet style, and setting it on the first screen's two
// views took 2 ms of the start-up.
class FocusFrameStyle : public QProxyStyle
{
public:
    static constexpr int Width = 2;

    using QProxyStyle::QProxyStyle;

    int pixelMetric(PixelMetric metric, const QStyleOption *option, const QWidget *widget) const override
    {
        const int base = QProxyStyle::pixelMetric(metric, option, widget);
        return metric == PM_DefaultFrameWidth ? std::max(base, Width) : base;
    }

    void drawControl(
        ControlElement element, const QStyleOption *option, QPainter *painter, const QWidget *widget) const override
    {
        if (element != CE_ShapedFrame) {
            QProxyStyle::drawControl(element, option, painter, widget);
            return;
        }
        // The ring between the style's frame and the view, in the view's
        // colour; all of it in the highlight colour while the view has the
        // focus.
        const QRect outer = option->rect;
        const QRect inner = outer.adjusted(Width, Width, -Width, -Width);
        const bool focused = option->state & State_HasFocus;
        painter->save();
        painter->setClipRegion(QRegion(outer).subtracted(QRegion(inner)));
        painter->fillRect(outer, option->palette.color(focused ? QPalette::Highlight : QPalette::Base));
        painter->restore();
        if (!focused)
            QProxyStyle::drawControl(element, option, painter, widget);
    }
};

QStyle *focusFrameStyle()
{
    // One for the application, made from its style (by name: a proxy owns
    // its base, and the application's is not ours to own).
    static QPointer<QStyle> style;
    if (!style) {
        style = new FocusFrameStyle(QApplication::style()->name());
        style->setParent(QApplication::instance());
    }
    return style;
}

} // namespace

void showFocusFrame(QAbstractScrollArea *widget)
{
    widget->setStyle(focusFrameStyle());
}

} // namespace Paliers
