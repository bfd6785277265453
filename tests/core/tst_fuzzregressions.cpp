// Every file the fuzzers were seeded with or found (tests/data/fuzz/TARGET/,
// tests/data/exports/, the referentials and answers of tests/data) goes
// through the same parser again: none may crash, hang or trip a sanitizer
// (the suite also runs under ASan and UBSan in CI), and the real files must
// still be accepted.
#include "exchange/answersdocument.h"
#include "exchange/assessmentexport.h"
#include "referential/referentialloader.h"
#include "testdata.h"

#include <gtest/gtest.h>
#include <QDir>
#include <QFile>

using namespace Paliers;
using namespace Paliers::TestSupport;

namespace {

QStringList filesIn(const QString &relative)
{
    const QDir dir(dataPath(relative));
    QStringList files;
    for (const QString &name : dir.entryList(QDir::Files, QDir::Name))
        files.append(dir.filePath(name));
    return files;
}

QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
    return file.readAll();
}

TEST(FuzzRegressions, ExportsReadBackOrAreRefusedCleanly)
{
    const ReferentialCatalog catalog = ReferentialCatalog::bundled().value();
    const QStringList real = filesIn(QStringLiteral("exports"));
    ASSERT_FALSE(real.isEmpty());
    for (const QString &file : real) {
        const Result<ImportedExport> parsed = AssessmentExport::parse(bytesOf(file), catalog, file);
        EXPECT_TRUE(parsed.ok()) << parsed.error().toStdString();
    }
    // An export that carries its grid, one this Paliers lacks.
    for (const QString &file : filesIn(QStringLiteral("exports-grid"))) {
        const Result<ImportedExport> parsed = AssessmentExport::parse(bytesOf(file), catalog, file);
        ASSERT_TRUE(parsed.ok()) << parsed.error().toStdString();
        EXPECT_NE(parsed->embeddedReferential, nullptr);
    }
    for (const QString &file : filesIn(QStringLiteral("fuzz/fuzz_export"))) {
        const Result<ImportedExport> parsed = AssessmentExport::parse(bytesOf(file), catalog, file);
        EXPECT_FALSE(parsed.ok() && parsed.error().isEmpty());
    }
}

TEST(FuzzRegressions, ReferentialsAndAnswersFilesNeverCrashTheirParsers)
{
    int files = 0;
    for (const QString &file :
        filesIn(QStringLiteral("referentials")) + filesIn(QStringLiteral("fuzz/fuzz_referential"))) {
        const Result<Referential> loaded = ReferentialLoader::loadData(bytesOf(file), file);
        EXPECT_TRUE(loaded.ok() || !loaded.error().isEmpty()) << file.toStdString();
        ++files;
    }
    for (const QString &file : filesIn(QStringLiteral("answers")) + filesIn(QStringLiteral("fuzz/fuzz_answers"))) {
        const Result<AnswersDocument> parsed = AnswersDocument::parse(bytesOf(file), file);
        EXPECT_TRUE(parsed.ok() || !parsed.error().isEmpty()) << file.toStdString();
        ++files;
    }
    EXPECT_GT(files, 5);
}

} // namespace
