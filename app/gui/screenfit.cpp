#include "screenfit.h"

#include <QGuiApplication>
#include <QScreen>
#include <QWidget>

namespace Paliers {

QSize availableScreenSize(const QWidget *widget)
{
    const QScreen *screen = widget && widget->screen() ? widget->screen() : QGuiApplication::primaryScreen();
    return screen ? screen->availableGeometry().size() : QSize(1024, 768);
}

void resizeWithinScreen(QWidget *widget, QSize preferred)
{
    // A little room for the window's frame and title, which Qt does not count.
    const QSize room = availableScreenSize(widget) - QSize(16, 40);
    widget->resize(preferred.boundedTo(room).expandedTo(widget->minimumSizeHint().boundedTo(room)));
}

} // namespace Paliers
