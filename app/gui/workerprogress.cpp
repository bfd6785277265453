#include "workerprogress.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QProgressDialog>
#include <QThread>
#include <QTimer>

namespace Paliers {

void runWithProgress(QWidget *window, const WorkerProgress &progress, const std::function<void()> &job)
{
    QThread *worker = QThread::create(job);
    QProgressDialog dialog(
        progress.label, QCoreApplication::translate("WorkerProgress", "Cancel"), 0, progress.total, window);
    if (!progress.cancelled)
        dialog.setCancelButton(nullptr);
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(0);
    dialog.setAutoReset(false);
    dialog.setAutoClose(false);
    QObject::connect(&dialog, &QProgressDialog::canceled, &dialog, [cancelled = progress.cancelled] {
        if (cancelled)
            *cancelled = true;
    });
    QTimer ticker;
    ticker.setInterval(100);
    QObject::connect(&ticker, &QTimer::timeout, &dialog, [&dialog, &progress] {
        if (!progress.done)
            return;
        const int done = progress.done->load();
        if (progress.total > 0)
            dialog.setValue(done);
        if (progress.labelAt)
            dialog.setLabelText(progress.labelAt(done));
    });
    QEventLoop loop;
    QObject::connect(worker, &QThread::finished, &loop, &QEventLoop::quit);
    ticker.start();
    worker->start();
    loop.exec();
    worker->wait();
    delete worker;
}

} // namespace Paliers
