#include "session.h"

namespace Paliers {

Session::Session(std::unique_ptr<Database> database, const ReferentialCatalog &catalog)
    : m_database(std::move(database))
    , m_storage(std::make_unique<Storage>(*m_database, catalog))
{
}

Session::~Session()
{
    // The views write what is pending and let go while storage still works.
    emit flushRequested();
    emit aboutToClose();
    m_storage.reset(); // before the connection it uses
}

void Session::flushPendingEdits()
{
    emit flushRequested();
}

Result<std::unique_ptr<Session>> Session::open(const QString &path, const ReferentialCatalog &catalog)
{
    Result<std::unique_ptr<Database>> database = Database::open(path);
    if (!database)
        return Error {database.error()};
    return std::unique_ptr<Session>(new Session(std::move(database).value(), catalog));
}

void Session::markWritten()
{
    m_lastWrite = QDateTime::currentDateTime();
    emit written(m_lastWrite);
}

void Session::notifyEstablishmentsChanged()
{
    markWritten();
    emit establishmentsChanged();
}

void Session::notifyAssessmentChanged(qint64 assessmentId)
{
    markWritten();
    emit assessmentChanged(assessmentId);
}

void Session::notifyAnswerWritten(qint64 assessmentId)
{
    markWritten();
    emit answersChanged(assessmentId);
}

} // namespace Paliers
