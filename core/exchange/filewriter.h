#pragma once

#include "model/result.h"

#include <functional>
#include <QCoreApplication>

class QIODevice;

namespace Paliers {

// Writes export files all or nothing: the content goes to a temporary file
// next to the target, which replaces the target only once everything was
// written (QSaveFile). A full disk or a read-only folder leaves no half file
// and an existing file untouched, and the message says why. Files are
// created readable by their owner only: they hold names.
class FileWriter
{
    Q_DECLARE_TR_FUNCTIONS(FileWriter)

public:
    static Status write(const QString &path, const QByteArray &data);
    // `produce` writes into the device; the file is kept only when it
    // succeeds and every byte reached the disk.
    static Status write(const QString &path, const std::function<Status(QIODevice &)> &produce);
};

} // namespace Paliers
