#pragma once

#include "model/result.h"
#include "storage/database.h"
#include "storage/storage.h"

#include <memory>
#include <QDateTime>
#include <QObject>

namespace Paliers {

// The database a window works on, and the news of what changed in it. Views
// write through storage() and then call one of the notify functions, so the
// other views and the status bar follow.
//
// A view that shows something of a session observes it: it writes what the
// user is typing when asked (flushRequested) and lets go of the session when
// it closes (aboutToClose, emitted by the destructor while storage() still
// works). So a window that opens another database only has to destroy the
// old session: no view can keep a pointer into it.
class Session : public QObject
{
    Q_OBJECT

public:
    static Result<std::unique_ptr<Session>> open(const QString &path, const ReferentialCatalog &catalog);
    ~Session() override;

    Storage &storage() { return *m_storage; }
    const Storage &storage() const { return *m_storage; }
    QString path() const { return m_database->path(); }
    bool isReadOnly() const { return m_database->isReadOnly(); }
    // When the last change was written, invalid before the first one.
    QDateTime lastWrite() const { return m_lastWrite; }

    // Asks every view to write what is still waiting to be written (the text
    // being typed before its idle delay): called before anything reads the
    // database on the user's behalf, and before the session closes.
    void flushPendingEdits();

    void notifyEstablishmentsChanged();
    void notifyAssessmentChanged(qint64 assessmentId);
    void notifyAnswerWritten(qint64 assessmentId);

signals:
    void flushRequested();
    // The last moment to read or write: the session is being destroyed.
    void aboutToClose();
    void establishmentsChanged();
    void assessmentChanged(qint64 assessmentId);
    void answersChanged(qint64 assessmentId);
    void written(const QDateTime &at);

private:
    Session(std::unique_ptr<Database> database, const ReferentialCatalog &catalog);
    void markWritten();

    std::unique_ptr<Database> m_database;
    std::unique_ptr<Storage> m_storage;
    QDateTime m_lastWrite;
};

} // namespace Paliers
