// Helper of tst_crash, in one of three modes:
//
//   storage_crash_child DATABASE FIRST
//       applies edits to assessment 1 of DATABASE, numbered from FIRST, and
//       prints each edit's number once it is committed, until killed;
//   storage_crash_child DATABASE FIRST checkpoint
//       the same with large edits (every criterion at once, long comments
//       "edit N|xxx…") and no automatic checkpoint: after every few commits
//       it prints "checkpoint" and copies the log into the file with
//       PRAGMA wal_checkpoint(TRUNCATE), until killed;
//   storage_crash_child DATABASE 0 import FOLDER
//       prints "started", imports every export of FOLDER and prints
//       "imported N", N the files imported.
#include "storage/database.h"
#include "storage/exportimporter.h"
#include "storage/storage.h"

#include <cstdio>
#include <QCoreApplication>

using namespace Paliers;

namespace {

constexpr AnswerStatus Statuses[]
    = {AnswerStatus::Met, AnswerStatus::InProgress, AnswerStatus::NotMet, AnswerStatus::NotApplicable};

void report(const char *line)
{
    std::printf("%s\n", line);
    std::fflush(stdout);
}

int fail(const QString &message)
{
    std::fprintf(stderr, "%s\n", qPrintable(message));
    return 1;
}

int editOneByOne(Storage &storage, qint64 first)
{
    const QList<Criterion> &criteria = storage.catalog().latest(QStringLiteral("creteil-ecoles"))->criteria();
    for (qint64 i = first;; ++i) {
        const AnswerEdit edit {
            criteria.at(i % criteria.size()).id, Statuses[i % 4], QStringLiteral("edit %1").arg(i), std::nullopt};
        if (Status done = storage.editAnswer(1, edit); !done)
            return fail(done.error());
        report(QByteArray::number(i).constData());
    }
}

int editAndCheckpoint(Database &database, Storage &storage, qint64 first)
{
    constexpr int CommitsPerCheckpoint = 8;
    if (!database.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0")))
        return fail(QStringLiteral("cannot turn the automatic checkpoint off"));
    const QList<Criterion> &criteria = storage.catalog().latest(QStringLiteral("creteil-ecoles"))->criteria();
    const QString padding(1500, QLatin1Char('x'));
    for (qint64 i = first;; ++i) {
        QList<AnswerEdit> edits;
        for (qsizetype c = 0; c < criteria.size(); ++c)
            edits.append(
                {criteria.at(c).id, Statuses[(i + c) % 4], QStringLiteral("edit %1|").arg(i) + padding, std::nullopt});
        if (Status done = storage.editAnswers(1, edits); !done)
            return fail(done.error());
        report(QByteArray::number(i).constData());
        if ((i - first) % CommitsPerCheckpoint == CommitsPerCheckpoint - 1) {
            report("checkpoint");
            QString error;
            if (!database.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"), &error))
                return fail(error);
        }
    }
}

int import(Storage &storage, const QString &folder)
{
    report("started");
    ExportImporter importer(storage);
    int imported = 0;
    for (const ImportFileResult &result : importer.importFiles(ExportImporter::expand({folder}))) {
        if (result.kind != ImportFileResult::Kind::Imported)
            return fail(result.message);
        ++imported;
    }
    report(QByteArrayLiteral("imported ").append(QByteArray::number(imported)).constData());
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments().mid(1);
    if (arguments.size() < 2 || (arguments.size() == 3 && arguments.at(2) != QLatin1String("checkpoint"))
        || (arguments.size() == 4 && arguments.at(2) != QLatin1String("import")) || arguments.size() > 4) {
        std::fprintf(stderr, "usage: storage_crash_child DATABASE FIRST [checkpoint | import FOLDER]\n");
        return 2;
    }
    Result<std::unique_ptr<Database>> database = Database::open(arguments.at(0));
    if (!database)
        return fail(database.error());
    Storage storage(*database.value(), ReferentialCatalog::bundled().value());
    const qint64 first = arguments.at(1).toLongLong();
    if (arguments.size() == 2)
        return editOneByOne(storage, first);
    if (arguments.size() == 3)
        return editAndCheckpoint(*database.value(), storage, first);
    return import(storage, arguments.at(3));
}
