#include "exchange/filewriter.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace Paliers {

Status FileWriter::write(const QString &path, const QByteArray &data)
{
    return write(path, [&data](QIODevice &device) -> Status {
        if (device.write(data) != data.size())
            return Error {device.errorString()};
        return Done {};
    });
}

Status FileWriter::write(const QString &path, const std::function<Status(QIODevice &)> &produce)
{
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (info.isDir())
        return Error {tr("\"%1\" is a folder; choose a file name.").arg(shown)};
    if (!info.dir().exists())
        return Error {tr("The folder of \"%1\" does not exist.").arg(shown)};

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error {tr("Paliers cannot write \"%1\" (%2). Is the folder read-only? Choose another place.")
                          .arg(shown, file.errorString())};
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (Status produced = produce(file); !produced) {
        file.cancelWriting();
        return Error {tr("Writing \"%1\" failed (%2); no file was written, an existing one was left as it was.")
                          .arg(shown, produced.error())};
    }
    if (file.error() != QFileDevice::NoError || !file.commit())
        return Error {tr("Writing \"%1\" failed (%2): is the disk full? No file was written, an existing one was "
                         "left as it was.")
                          .arg(shown, file.errorString())};
    return Done {};
}

} // namespace Paliers
