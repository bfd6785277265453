#pragma once

#include "establishmentspage.h"
#include "grideditor.h"
#include "mainwindow.h"

#include <gtest/gtest.h>
#include <memory>
#include <QApplication>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

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
    // The establishments are listed right after the first paint: a person
    // waits for them, so does the test.
    EXPECT_TRUE(QTest::qWaitFor([&] { return !window->establishmentsPage()->isLoading(); }, 5000))
        << "the establishments are listed after the window shows";
    return window;
}

// Opens the assessment listed first on the establishments page, as a person
// does: a click on it, Return; returns once the grid shows.
inline void openFirstAssessment(MainWindow &window)
{
    QTreeWidget *assessments = nullptr;
    // Waits for the list as a person does: it is filled after the first paint.
    static_cast<void>(QTest::qWaitFor([&] {
        for (QTreeWidget *tree : window.establishmentsPage()->findChildren<QTreeWidget *>()) {
            if (tree->isVisible() && tree->topLevelItemCount() > 0)
                assessments = tree;
        }
        return assessments != nullptr;
    }));
    ASSERT_NE(assessments, nullptr) << "the establishments page lists the school's assessment";
    QTreeWidgetItem *item = assessments->topLevelItem(0);
    QTest::mouseClick(assessments->viewport(), Qt::LeftButton, {}, assessments->visualItemRect(item).center());
    QTest::keyClick(assessments, Qt::Key_Return);
    ASSERT_TRUE(QTest::qWaitFor([&] { return window.gridEditor()->isVisible(); }, 2000));
}

} // namespace Paliers::TestSupport
