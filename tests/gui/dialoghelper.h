#pragma once

#include <functional>
#include <QApplication>
#include <QTimer>
#include <QWidget>

namespace Paliers::TestSupport {

// Runs `act` on the next modal dialog of type T once it is shown by exec(),
// as a user would fill it in. Gives up (the dialog is then rejected, and the
// test sees that nothing happened) after about two seconds.
template<typename T> void onNextDialog(std::function<void(T *)> act, int attempts = 200)
{
    QTimer::singleShot(10, qApp, [act = std::move(act), attempts]() mutable {
        if (auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget())) {
            act(dialog);
            return;
        }
        if (attempts > 0) {
            onNextDialog<T>(std::move(act), attempts - 1);
        } else if (QWidget *other = QApplication::activeModalWidget()) {
            other->close();
        }
    });
}

} // namespace Paliers::TestSupport
