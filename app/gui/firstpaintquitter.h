#pragma once

#include <cstdio>
#include <QCoreApplication>
#include <QEvent>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QWidget>

namespace Paliers {

// Says "painted" on standard output right after the first paint of a window,
// then quits: the start-up benchmark times processes with it, Paliers and a
// bare Qt window alike. A window covered by its children never paints itself, so
// any paint inside the window counts; the quit is queued, so the whole
// backing store is painted first.
class FirstPaintQuitter : public QObject
{
public:
    explicit FirstPaintQuitter(QWidget *window)
        : QObject(window)
        , m_window(window)
    {
        QCoreApplication::instance()->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_seen && watched->isWidgetType()
            && static_cast<QWidget *>(watched)->window() == m_window) {
            m_seen = true;
            QTimer::singleShot(0, QCoreApplication::instance(), [] {
                // The benchmark stops its clock on this line, before the
                // process spends time tearing down.
                std::fputs("painted\n", stdout);
                std::fflush(stdout);
                QCoreApplication::quit();
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QPointer<QWidget> m_window;
    bool m_seen = false;
};

} // namespace Paliers
