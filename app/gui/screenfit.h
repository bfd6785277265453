#pragma once

#include <QSize>

class QWidget;

namespace Paliers {

// The room the screen of `widget` leaves to windows (the desktop's panels
// taken off), in device-independent pixels: at 150 % a 1366×768 screen
// leaves about 910×480.
QSize availableScreenSize(const QWidget *widget);

// Resizes `widget` to `preferred`, or smaller where its screen has not that
// room: no window or dialog opens larger than the screen.
void resizeWithinScreen(QWidget *widget, QSize preferred);

} // namespace Paliers
