// Every page and dialog fits the screens schools have: 1024×768 at scale 1,
// and 1366×768 at scale 1.5, which leaves 910×512 device-independent pixels
// (Qt scales fonts and widgets alike, so that is the size tested). Geometry,
// not pixels: the window is not forced larger than the screen, every button
// and field lies inside it, the toolbar hides nothing behind its chevron, and
// the grid shows more than a few criteria. (The overview's own geometry, and
// the charts' labels and legends, are tested in tst_overview.cpp.)
//
// With PALIERS_LAYOUT_SHOTS=FOLDER set, each page and dialog is also saved
// there as a picture, to be looked at.

#include "actionitemdialog.h"
#include "actionplanview.h"
#include "commissiondialog.h"
#include "establishmentdialog.h"
#include "establishmentspage.h"
#include "evolutiondialog.h"
#include "grideditor.h"
#include "mainwindow.h"
#include "newassessmentdialog.h"
#include "session.h"
#include "summaryview.h"
#include "windowtesting.h"

#include <gtest/gtest.h>
#include <QAbstractButton>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QScrollArea>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QTreeWidget>

using namespace Paliers;

namespace {

struct Screen
{
    const char *name;
    QSize size;
};

const Screen Screens[] = {
    {"1024x768 at scale 1", QSize(1024, 768)},
    {"1366x768 at scale 1.5", QSize(910, 512)},
    {"1024x768 at scale 1.5", QSize(683, 512)},
    {"1024x768 at scale 1.5", QSize(683, 512)},
};

void saveShot(QWidget &widget, const QString &page, const Screen &screen)
{
    const QString folder = qEnvironmentVariable("PALIERS_LAYOUT_SHOTS");
    if (folder.isEmpty())
        return;
    QDir().mkpath(folder);
    QString name = QStringLiteral("%1-%2x%3.png").arg(page).arg(screen.size.width()).arg(screen.size.height());
    name.replace(QLatin1Char(' '), QLatin1Char('-'));
    widget.grab().save(folder + QLatin1Char('/') + name);
}

// Inside a scroll area (a QScrollArea's content, a view's cells) a widget
// may lie out of view: it scrolls.
bool scrolls(const QWidget *widget, const QWidget *top)
{
    for (const QWidget *w = widget->parentWidget(); w && w != top; w = w->parentWidget()) {
        if (const auto *area = qobject_cast<const QAbstractScrollArea *>(w->parentWidget());
            area && area->viewport() == w)
            return true;
    }
    return false;
}

// "name (x, y, w×h)" of every visible control of `top` that is not wholly
// inside it.
QStringList outside(const QWidget *top)
{
    QStringList found;
    const QRect bounds = top->rect();
    for (const QWidget *widget : top->findChildren<QWidget *>()) {
        const bool control = qobject_cast<const QAbstractButton *>(widget) || qobject_cast<const QLineEdit *>(widget)
            || qobject_cast<const QComboBox *>(widget);
        if (!control || !widget->isVisibleTo(top) || scrolls(widget, top))
            continue;
        if (widget->objectName().startsWith(QLatin1String("qt_")))
            continue; // Qt's own parts, such as a scroll bar's buttons
        const QRect rect(widget->mapTo(top, QPoint()), widget->size());
        if (!bounds.contains(rect)) {
            const auto *button = qobject_cast<const QAbstractButton *>(widget);
            found.append(QStringLiteral("%1 \"%2\" (%3, %4, %5×%6)")
                             .arg(QString::fromLatin1(widget->metaObject()->className()),
                                 button ? button->text() : widget->objectName())
                             .arg(rect.x())
                             .arg(rect.y())
                             .arg(rect.width())
                             .arg(rect.height()));
        }
    }
    return found;
}

class LayoutTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_window = TestSupport::startWindow(m_dir, m_dir.filePath(QStringLiteral("vide.sqlite")));
        ASSERT_NE(m_window, nullptr);
    }

    // The window on a screen of `size`: it takes that size (nothing forces it
    // larger) and every control of it is inside.
    void expectFits(const Screen &screen, const QString &page)
    {
        m_window->resize(screen.size);
        QApplication::processEvents();
        QApplication::processEvents();
        const QString where = QStringLiteral("%1 on %2").arg(page, QString::fromLatin1(screen.name));
        EXPECT_LE(m_window->minimumSizeHint().width(), screen.size.width()) << where.toStdString();
        EXPECT_LE(m_window->minimumSizeHint().height(), screen.size.height()) << where.toStdString();
        EXPECT_EQ(m_window->size(), screen.size) << where.toStdString();
        const QStringList out = outside(m_window.get());
        EXPECT_TRUE(out.isEmpty()) << where.toStdString() << ": " << out.join(QStringLiteral("; ")).toStdString();
        saveShot(*m_window, page, screen);
        for (const QToolBar *bar : m_window->findChildren<QToolBar *>()) {
            const auto *chevron = bar->findChild<QWidget *>(QStringLiteral("qt_toolbar_ext_button"));
            EXPECT_TRUE(!chevron || !chevron->isVisible())
                << where.toStdString() << ": the toolbar hides buttons behind its chevron";
        }
    }

    // A dialog on a screen of `size`: no larger than the screen, and every
    // control inside it.
    static void expectDialogFits(QDialog &dialog, const Screen &screen, const QString &name)
    {
        dialog.show();
        QApplication::processEvents();
        const QSize size = dialog.sizeHint().boundedTo(screen.size).expandedTo(dialog.minimumSizeHint());
        dialog.resize(size);
        QApplication::processEvents();
        const QString where = QStringLiteral("%1 on %2").arg(name, QString::fromLatin1(screen.name));
        EXPECT_LE(dialog.width(), screen.size.width()) << where.toStdString();
        EXPECT_LE(dialog.height(), screen.size.height()) << where.toStdString();
        const QStringList out = outside(&dialog);
        EXPECT_TRUE(out.isEmpty()) << where.toStdString() << ": " << out.join(QStringLiteral("; ")).toStdString();
        saveShot(dialog, name, screen);
        dialog.hide();
    }

    qint64 assessmentOf(const QString &referentialId)
    {
        const Result<QList<Assessment>> assessments = m_window->session()->storage().assessments();
        if (assessments) {
            for (const Assessment &assessment : *assessments) {
                if (assessment.referentialId == referentialId && assessment.status == AssessmentStatus::Draft)
                    return assessment.id;
            }
        }
        return 0;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace

TEST_F(LayoutTest, EveryPageOfTheWindowFits)
{
    for (const Screen &screen : Screens)
        expectFits(screen, QStringLiteral("welcome page"));

    ASSERT_TRUE(m_window->openExample());
    const qint64 ecole = assessmentOf(QStringLiteral("creteil-ecoles"));
    const qint64 jalons = assessmentOf(QStringLiteral("creteil-jalons"));
    ASSERT_NE(ecole, 0);
    ASSERT_NE(jalons, 0);
    for (const Screen &screen : Screens) {
        m_window->showEstablishments();
        expectFits(screen, QStringLiteral("establishments"));
        ASSERT_TRUE(m_window->showAssessment(ecole));
        expectFits(screen, QStringLiteral("grid"));
        // At least a handful of criteria are in view, not three.
        const auto *criteria = m_window->gridEditor()->findChild<QTreeWidget *>(QStringLiteral("criteria"));
        ASSERT_NE(criteria, nullptr);
        EXPECT_GE(criteria->viewport()->height(), 5 * criteria->fontMetrics().lineSpacing())
            << screen.name << ": the grid shows too few criteria";
        m_window->showSummary();
        expectFits(screen, QStringLiteral("summary"));
        m_window->showActionPlan();
        expectFits(screen, QStringLiteral("action plan"));
        ASSERT_TRUE(m_window->showAssessment(jalons));
        expectFits(screen, QStringLiteral("jalons"));
    }
}

TEST_F(LayoutTest, EveryDialogFits)
{
    ASSERT_TRUE(m_window->openExample());
    Storage &storage = m_window->session()->storage();
    const Result<QList<Establishment>> establishments = storage.establishments();
    ASSERT_TRUE(establishments.ok());
    ASSERT_FALSE(establishments->isEmpty());
    const Establishment school = establishments->first();
    const ReferentialCatalog &catalog = storage.catalog();
    const Referential *grid = catalog.latest(QStringLiteral("creteil-ecoles"));
    ASSERT_NE(grid, nullptr);
    for (const Screen &screen : Screens) {
        {
            EstablishmentDialog dialog(storage, school, m_window.get());
            expectDialogFits(dialog, screen, QStringLiteral("establishment"));
        }
        {
            NewAssessmentDialog dialog(storage, school, m_window.get());
            expectDialogFits(dialog, screen, QStringLiteral("new assessment"));
        }
        {
            ActionItem item;
            item.title = QStringLiteral("Former les enseignants aux usages de l'ENT");
            ActionItemDialog dialog(item, grid, m_window.get());
            expectDialogFits(dialog, screen, QStringLiteral("action"));
        }
        {
            CommissionDialog dialog(CommissionMeeting {}, {QStringLiteral("Mme Durand, directrice")}, m_window.get());
            expectDialogFits(dialog, screen, QStringLiteral("commission"));
        }
        {
            EvolutionDialog dialog(*m_window->session(), school.id, m_window.get());
            expectDialogFits(dialog, screen, QStringLiteral("evolution"));
        }
    }
}

// The bar chart's numbers are on the page as text too: a table with the
// counts of each answer per domain, which add up to the grid's criteria.
TEST_F(LayoutTest, TheAnswersPerDomainAreATableToo)
{
    ASSERT_TRUE(m_window->openExample());
    const qint64 ecole = assessmentOf(QStringLiteral("creteil-ecoles"));
    ASSERT_TRUE(m_window->showAssessment(ecole));
    m_window->showSummary();
    auto *table = m_window->summaryView()->findChild<QTableWidget *>(QStringLiteral("answersTable"));
    ASSERT_NE(table, nullptr);
    EXPECT_TRUE(table->isVisible());
    const Evaluation &evaluation = m_window->gridEditor()->storedEvaluation();
    ASSERT_EQ(table->rowCount(), evaluation.domains.size());
    int total = 0;
    for (int row = 0; row < table->rowCount(); ++row) {
        EXPECT_EQ(table->item(row, 0)->text(), evaluation.domains.at(row).domainId);
        int met = 0;
        for (const LevelTally &tally : evaluation.domains.at(row).levels)
            met += tally.met;
        EXPECT_EQ(table->item(row, 1)->text().toInt(), met) << row;
        for (int column = 1; column < table->columnCount(); ++column)
            total += table->item(row, column)->text().toInt();
    }
    EXPECT_EQ(total, evaluation.total);
    EXPECT_EQ(table->horizontalHeaderItem(1)->text(), QStringLiteral("Atteint"));
}
