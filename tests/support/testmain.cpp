#include "i18n.h"

#include <QCoreApplication>

#include <gtest/gtest.h>

// Every suite runs inside a Qt application object with the French catalog
// installed: that is what users see, and what the tests check.
int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationVersion(QStringLiteral(PALIERS_VERSION));
    if (!Paliers::I18n::install(QStringLiteral("fr"))) {
        fprintf(stderr, "The French catalog could not be loaded.\n");
        return 1;
    }
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
