#pragma once

#include "database.h"
#include "result.h"
#include "storage.h"

#include <QDateTime>
#include <QObject>

#include <memory>

namespace Paliers {

// The database a window works on, and the news of what changed in it. Views
// write through storage() and then call one of the notify functions, so the
// other views and the status bar follow.
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

    void notifyEstablishmentsChanged();
    void notifyAssessmentChanged(qint64 assessmentId);
    void notifyAnswerWritten(qint64 assessmentId);

signals:
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
