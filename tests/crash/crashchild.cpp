// Helper of tst_crash: applies edits to assessment 1 of DATABASE, numbered from
// FIRST, and prints each edit's number once it is committed, until killed.
#include "database.h"
#include "storage.h"

#include <QCoreApplication>

#include <cstdio>

using namespace Paliers;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 3) {
        std::fprintf(stderr, "usage: storage_crash_child DATABASE FIRST\n");
        return 2;
    }
    Result<std::unique_ptr<Database>> database = Database::open(QString::fromLocal8Bit(argv[1]));
    if (!database) {
        std::fprintf(stderr, "%s\n", qPrintable(database.error()));
        return 1;
    }
    Storage storage(*database.value(), ReferentialCatalog::bundled().value());
    const QList<Criterion> &criteria = storage.catalog().find(QStringLiteral("creteil-ecoles"))->criteria();
    const AnswerStatus statuses[] = {AnswerStatus::Met, AnswerStatus::InProgress, AnswerStatus::NotMet,
                                     AnswerStatus::NotApplicable};
    for (qint64 i = QByteArray(argv[2]).toLongLong();; ++i) {
        const AnswerEdit edit {criteria.at(i % criteria.size()).id, statuses[i % 4],
                               QStringLiteral("edit %1").arg(i), std::nullopt};
        if (Status done = storage.editAnswer(1, edit); !done) {
            std::fprintf(stderr, "%s\n", qPrintable(done.error()));
            return 1;
        }
        std::printf("%lld\n", static_cast<long long>(i));
        std::fflush(stdout);
    }
}
