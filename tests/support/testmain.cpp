#include "i18n.h"

#ifdef PALIERS_TEST_WIDGETS
#include <QApplication>
#else
#include <QCoreApplication>
#endif

#include <cstdio>
#include <gtest/gtest.h>
#include <QDir>
#include <QStandardPaths>

namespace {

// True when every folder where Qt would read or keep the user's files lies
// inside the temporary folder that tests/support/run-hermetic.sh made for
// this run. A test run against the real home once passed only because an
// earlier run had left a database there.
bool isHermetic()
{
    const QString root = qEnvironmentVariable("PALIERS_TEST_ROOT");
    if (root.isEmpty() || !QDir(root).exists())
        return false;
    const QString prefix = QDir(root).canonicalPath() + QLatin1Char('/');
    for (const auto location : {QStandardPaths::HomeLocation, QStandardPaths::AppDataLocation,
             QStandardPaths::AppConfigLocation, QStandardPaths::GenericDataLocation,
             QStandardPaths::GenericConfigLocation, QStandardPaths::CacheLocation, QStandardPaths::TempLocation}) {
        const QString path = QStandardPaths::writableLocation(location);
        QDir().mkpath(path);
        if (!(QDir(path).canonicalPath() + QLatin1Char('/')).startsWith(prefix))
            return false;
    }
    return true;
}

} // namespace

// Every suite runs inside a Qt application object with the French catalog
// installed: that is what users see, and what the tests check.
int main(int argc, char *argv[])
{
#ifdef PALIERS_TEST_WIDGETS
    // The window tests never need a screen, not even to list themselves.
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
#else
    QCoreApplication app(argc, argv);
#endif
    QCoreApplication::setApplicationVersion(QStringLiteral(PALIERS_VERSION));
    // The name the application uses, so that its folders are the ones checked.
    QCoreApplication::setApplicationName(QStringLiteral("paliers"));
    if (!isHermetic()) {
        fprintf(stderr,
            "These tests run in a home of their own: run them with ctest, or by hand through\n"
            "  tests/support/run-hermetic.sh %s [--gtest_filter=...]\n",
            argc > 0 ? argv[0] : "TEST_PROGRAM");
        return 2;
    }
    if (!Paliers::I18n::install(QStringLiteral("fr"))) {
        fprintf(stderr, "The French catalog could not be loaded.\n");
        return 1;
    }
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
