#pragma once

#include <atomic>
#include <functional>
#include <QString>

class QWidget;

namespace Paliers {

// A long job of the window (an import) on a thread of its own, while a
// progress dialog, modal and shown at once, keeps the window from taking
// input (it could otherwise close the database under the job) and tells
// how far the job has gone.
struct WorkerProgress
{
    QString label;
    int total = 0; // 0: a busy indicator
    const std::atomic<int> *done = nullptr; // the job's count, read every 100 ms
    // What the label says at `done` (the label as given when null).
    std::function<QString(int done)> labelAt;
    // Set to true when the user cancels, for the job to stop at its next
    // step; null: the job cannot be cancelled and no button says so.
    std::atomic<bool> *cancelled = nullptr;
};

// Runs `job` and returns once it has finished.
void runWithProgress(QWidget *window, const WorkerProgress &progress, const std::function<void()> &job);

} // namespace Paliers
