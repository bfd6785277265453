#pragma once

#include "mainwindow.h"

#include <gtest/gtest.h>
#include <memory>
#include <QApplication>
#include <QTemporaryDir>
#include <QTest>

namespace Paliers::TestSupport {

// The app's main window as a person starts it: the bundled grids and those
// added before (in the test's own data folder), its settings in `folder`, the
// database `database` (created when missing), shown and active. Null, with
// the test failed, when the grids do not load.
inline std::unique_ptr<MainWindow> startWindow(const QTemporaryDir &folder, const QString &database)
{
    Result<ReferentialCatalog> catalog = ReferentialCatalog::withInstalled();
    EXPECT_TRUE(catalog.ok());
    if (!catalog)
        return nullptr;
    auto window
        = std::make_unique<MainWindow>(std::move(catalog).value(), folder.filePath(QStringLiteral("settings.ini")));
    window->openInitialDatabase(database);
    window->show();
    window->activateWindow();
    QApplication::setActiveWindow(window.get());
    EXPECT_TRUE(QTest::qWaitForWindowActive(window.get()));
    return window;
}

} // namespace Paliers::TestSupport
