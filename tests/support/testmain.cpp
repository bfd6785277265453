#include "i18n.h"

#ifdef PALIERS_TEST_WIDGETS
#include <QApplication>
#else
#include <QCoreApplication>
#endif

#include <gtest/gtest.h>

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
    if (!Paliers::I18n::install(QStringLiteral("fr"))) {
        fprintf(stderr, "The French catalog could not be loaded.\n");
        return 1;
    }
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
