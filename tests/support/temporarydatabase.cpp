#include "temporarydatabase.h"

#include <gtest/gtest.h>
#include <QFile>

namespace Paliers::TestSupport {

Database::Clock fixedClock()
{
    auto tick = std::make_shared<qint64>(0);
    return [tick]() {
        return QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC).addSecs((*tick)++);
    };
}

TemporaryDatabase::TemporaryDatabase()
    : m_path(m_dir.filePath(QStringLiteral("paliers.sqlite")))
{
    open();
}

void TemporaryDatabase::open()
{
    Result<std::unique_ptr<Database>> opened = Database::open(m_path);
    if (!opened.ok())
        qFatal("cannot open the test database: %s", qPrintable(opened.error()));
    m_database = std::move(opened).value();
    m_database->setClock(fixedClock());
    Result<ReferentialCatalog> catalog = ReferentialCatalog::bundled();
    if (!catalog.ok())
        qFatal("cannot load the referentials: %s", qPrintable(catalog.error()));
    m_storage = std::make_unique<Storage>(*m_database, catalog.value());
    m_storage->setActor(QStringLiteral("Test"));
}

void TemporaryDatabase::reopen()
{
    m_storage.reset();
    m_database.reset();
    open();
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray();
    return file.readAll();
}

Establishment sampleCollege()
{
    Establishment e;
    e.uai = QStringLiteral(" 0941234f "); // normalised to 0941234F
    e.name = QStringLiteral("Collège Victor-Hugo");
    e.kind = EstablishmentKind::College;
    e.commune = QStringLiteral("Créteil");
    e.circonscription = QStringLiteral("District 4");
    e.departement = QStringLiteral("Val-de-Marne");
    e.academie = QStringLiteral("Créteil");
    e.headName = QStringLiteral("Mme Principale");
    e.referentName = QStringLiteral("M. Référent");
    return e;
}

Establishment sampleEcole()
{
    Establishment e;
    e.uai = QStringLiteral("0750655E");
    e.name = QStringLiteral("École élémentaire Jean-Jaurès");
    e.kind = EstablishmentKind::EcoleElementaire;
    e.commune = QStringLiteral("Paris");
    e.circonscription = QStringLiteral("Paris 11e");
    e.departement = QStringLiteral("Paris");
    e.academie = QStringLiteral("Paris");
    return e;
}

qint64 addEcoleAtPilPalierOne(Storage &storage)
{
    const Result<qint64> school = storage.addEstablishment(sampleEcole());
    EXPECT_TRUE(school.ok()) << school.error().toStdString();
    if (!school)
        return 0;
    const Result<qint64> id = storage.createAssessment({school.value(), QStringLiteral("creteil-ecoles"),
        QStringLiteral("2025-2026"), QString(), QString(), std::nullopt});
    EXPECT_TRUE(id.ok()) << id.error().toStdString();
    if (!id)
        return 0;
    QList<AnswerEdit> edits;
    for (const char *criterion : {"PIL-1-01", "PIL-1-02", "PIL-1-03", "PIL-1-04", "PIL-1-05"})
        edits.append({QString::fromLatin1(criterion), AnswerStatus::Met, std::nullopt, std::nullopt});
    const Status done = storage.editAnswers(id.value(), edits);
    EXPECT_TRUE(done.ok()) << done.error().toStdString();
    return done ? id.value() : 0;
}

} // namespace Paliers::TestSupport
