#pragma once

#include <cstdio>
#include <functional>
#include <QCoreApplication>
#include <QEvent>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QWidget>
#include <utility>

namespace Paliers {

// Runs `then` once, right after the first paint of a window: what the first
// screen does not show waits for it (start-up is timed to that paint). A
// window covered by its children never paints itself, so any paint inside
// the window counts; `then` is queued, so the whole backing store is painted
// first. Nothing runs if the window is gone by then.
class FirstPaintWatcher : public QObject
{
public:
    FirstPaintWatcher(QWidget *window, std::function<void()> then)
        : QObject(window)
        , m_window(window)
        , m_then(std::move(then))
    {
        QCoreApplication::instance()->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_seen && watched->isWidgetType()
            && static_cast<QWidget *>(watched)->window() == m_window) {
            m_seen = true;
            QCoreApplication::instance()->removeEventFilter(this);
            QTimer::singleShot(0, this, [this] {
                m_then();
                deleteLater();
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QPointer<QWidget> m_window;
    std::function<void()> m_then;
    bool m_seen = false;
};

inline void afterFirstPaint(QWidget *window, std::function<void()> then)
{
    new FirstPaintWatcher(window, std::move(then));
}

// Says "painted" on standard output right after the first paint of a
// window, then quits: the start-up benchmark times processes with it,
// Paliers and a bare Qt window alike.
inline void quitAfterFirstPaint(QWidget *window)
{
    afterFirstPaint(window, [] {
        // The benchmark stops its clock on this line, before the process
        // spends time tearing down.
        std::fputs("painted\n", stdout);
        std::fflush(stdout);
        QCoreApplication::quit();
    });
}

} // namespace Paliers
