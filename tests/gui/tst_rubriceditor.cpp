#include "referential/referentialcatalog.h"
#include "rubriceditor.h"

#include <gtest/gtest.h>
#include <QAbstractButton>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>

using namespace Paliers;

namespace {

class RubricEditorTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        Result<ReferentialCatalog> catalog = ReferentialCatalog::bundled();
        ASSERT_TRUE(catalog.ok()) << catalog.error().toStdString();
        m_catalog = catalog.value();
        m_jalons = m_catalog.latest(QStringLiteral("creteil-jalons"));
        ASSERT_NE(m_jalons, nullptr);
        m_editor.setReferential(m_jalons);
        m_editor.resize(1100, 700);
        m_editor.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&m_editor));
    }

    QAbstractButton *cell(const QString &axis, int stage)
    {
        return m_editor.findChild<QAbstractButton *>(QStringLiteral("stage-%1-%2").arg(axis).arg(stage));
    }

    QAbstractButton *clearButton(const QString &axis)
    {
        return m_editor.findChild<QAbstractButton *>(QStringLiteral("clear-%1").arg(axis));
    }

    QString summary(const QString &axis)
    {
        const auto *label = m_editor.findChild<QLabel *>(QStringLiteral("summary-%1").arg(axis));
        return label ? label->text() : QString();
    }

    ReferentialCatalog m_catalog;
    const Referential *m_jalons = nullptr;
    RubricEditor m_editor;
};

TEST_F(RubricEditorTest, ShowsOneNamedChoicePerAxisAndStageWithItsDescriptor)
{
    ASSERT_EQ(m_jalons->domains().size(), 5);
    ASSERT_EQ(m_jalons->maxLevel(), 4);
    for (const Domain &axis : m_jalons->domains()) {
        for (const Level &level : m_jalons->levels()) {
            QAbstractButton *button = cell(axis.id, level.number);
            ASSERT_NE(button, nullptr) << axis.id.toStdString() << level.number;
            EXPECT_EQ(button->accessibleName(), RubricEditor::tr("%1: %2").arg(axis.id, level.title));
            EXPECT_EQ(button->accessibleDescription(), m_jalons->criteriaOf(axis.id, level.number).first()->text);
            EXPECT_TRUE(button->isCheckable());
            EXPECT_FALSE(button->isChecked());
            EXPECT_TRUE(button->isEnabled());
            EXPECT_NE(button->focusPolicy() & Qt::TabFocus, 0);
        }
        EXPECT_EQ(m_editor.stage(axis.id), 0);
        EXPECT_EQ(summary(axis.id), RubricEditor::tr("Not placed yet"));
    }
    EXPECT_EQ(cell(QStringLiteral("DYN"), 2)->accessibleName(), RubricEditor::tr("%1: %2").arg(u"DYN", u"Jalon 2"));
}

TEST_F(RubricEditorTest, SetStagesChecksTheChosenCellsWithoutEmitting)
{
    QSignalSpy chosen(&m_editor, &RubricEditor::stageChosen);
    m_editor.setStages({{QStringLiteral("DYN"), 2}, {QStringLiteral("RSC"), 4}});
    EXPECT_EQ(m_editor.stage(QStringLiteral("DYN")), 2);
    EXPECT_EQ(m_editor.stage(QStringLiteral("RSC")), 4);
    EXPECT_EQ(m_editor.stage(QStringLiteral("ORG")), 0);
    EXPECT_TRUE(cell(QStringLiteral("DYN"), 2)->isChecked());
    EXPECT_FALSE(cell(QStringLiteral("DYN"), 1)->isChecked());
    EXPECT_TRUE(cell(QStringLiteral("RSC"), 4)->isChecked());
    EXPECT_EQ(summary(QStringLiteral("DYN")), RubricEditor::tr("Placed at jalon %1").arg(2));
    EXPECT_EQ(summary(QStringLiteral("ORG")), RubricEditor::tr("Not placed yet"));

    // An axis left out of the map is not placed any more.
    m_editor.setStages({{QStringLiteral("RSC"), 1}});
    EXPECT_EQ(m_editor.stage(QStringLiteral("DYN")), 0);
    EXPECT_FALSE(cell(QStringLiteral("DYN"), 2)->isChecked());
    EXPECT_TRUE(cell(QStringLiteral("RSC"), 1)->isChecked());
    EXPECT_FALSE(cell(QStringLiteral("RSC"), 4)->isChecked());
    EXPECT_EQ(chosen.count(), 0);
}

TEST_F(RubricEditorTest, ClickingACellEmitsItsAxisAndStage)
{
    QSignalSpy chosen(&m_editor, &RubricEditor::stageChosen);
    QTest::mouseClick(cell(QStringLiteral("ESP"), 3), Qt::LeftButton);
    ASSERT_EQ(chosen.count(), 1);
    EXPECT_EQ(chosen.at(0).at(0).toString(), QStringLiteral("ESP"));
    EXPECT_EQ(chosen.at(0).at(1).toInt(), 3);
    EXPECT_EQ(m_editor.stage(QStringLiteral("ESP")), 3);
    EXPECT_TRUE(cell(QStringLiteral("ESP"), 3)->isChecked());
    EXPECT_EQ(summary(QStringLiteral("ESP")), RubricEditor::tr("Placed at jalon %1").arg(3));

    // Another stage of the same axis replaces it; the chosen one again does nothing.
    QTest::mouseClick(cell(QStringLiteral("ESP"), 1), Qt::LeftButton);
    QTest::mouseClick(cell(QStringLiteral("ESP"), 1), Qt::LeftButton);
    ASSERT_EQ(chosen.count(), 2);
    EXPECT_EQ(chosen.at(1).at(1).toInt(), 1);
    EXPECT_FALSE(cell(QStringLiteral("ESP"), 3)->isChecked());
    EXPECT_TRUE(cell(QStringLiteral("ESP"), 1)->isChecked());
    // Other axes are untouched.
    EXPECT_EQ(m_editor.stage(QStringLiteral("DYN")), 0);
}

TEST_F(RubricEditorTest, TheKeyboardPicksACell)
{
    QSignalSpy chosen(&m_editor, &RubricEditor::stageChosen);
    m_editor.activateWindow();
    QAbstractButton *button = cell(QStringLiteral("LIT"), 2);
    button->setFocus();
    QTest::keyClick(button, Qt::Key_Space);
    ASSERT_EQ(chosen.count(), 1);
    EXPECT_EQ(chosen.at(0).at(0).toString(), QStringLiteral("LIT"));
    EXPECT_EQ(chosen.at(0).at(1).toInt(), 2);

    QAbstractButton *other = cell(QStringLiteral("ORG"), 4);
    other->setFocus();
    QTest::keyClick(other, Qt::Key_Return);
    ASSERT_EQ(chosen.count(), 2);
    EXPECT_EQ(chosen.at(1).at(0).toString(), QStringLiteral("ORG"));
    EXPECT_EQ(chosen.at(1).at(1).toInt(), 4);
}

TEST_F(RubricEditorTest, ClearingEmitsZero)
{
    m_editor.setStages({{QStringLiteral("DYN"), 2}});
    QSignalSpy chosen(&m_editor, &RubricEditor::stageChosen);
    QAbstractButton *clear = clearButton(QStringLiteral("DYN"));
    ASSERT_NE(clear, nullptr);
    EXPECT_TRUE(clear->isEnabled());
    EXPECT_FALSE(clearButton(QStringLiteral("ORG"))->isEnabled()); // nothing to clear
    QTest::mouseClick(clear, Qt::LeftButton);
    ASSERT_EQ(chosen.count(), 1);
    EXPECT_EQ(chosen.at(0).at(0).toString(), QStringLiteral("DYN"));
    EXPECT_EQ(chosen.at(0).at(1).toInt(), 0);
    EXPECT_EQ(m_editor.stage(QStringLiteral("DYN")), 0);
    for (int stage = 1; stage <= 4; ++stage)
        EXPECT_FALSE(cell(QStringLiteral("DYN"), stage)->isChecked()) << stage;
    EXPECT_EQ(summary(QStringLiteral("DYN")), RubricEditor::tr("Not placed yet"));
    EXPECT_FALSE(clear->isEnabled());
}

TEST_F(RubricEditorTest, ReadOnlyDisablesEveryChoice)
{
    m_editor.setStages({{QStringLiteral("DYN"), 2}});
    m_editor.setEditable(false);
    QSignalSpy chosen(&m_editor, &RubricEditor::stageChosen);
    for (const Domain &axis : m_jalons->domains()) {
        for (int stage = 1; stage <= 4; ++stage)
            EXPECT_FALSE(cell(axis.id, stage)->isEnabled()) << axis.id.toStdString() << stage;
        EXPECT_FALSE(clearButton(axis.id)->isEnabled());
    }
    QTest::mouseClick(cell(QStringLiteral("ORG"), 3), Qt::LeftButton);
    EXPECT_EQ(chosen.count(), 0);
    // The choice stays visible.
    EXPECT_TRUE(cell(QStringLiteral("DYN"), 2)->isChecked());
    EXPECT_EQ(m_editor.stage(QStringLiteral("ORG")), 0);

    m_editor.setEditable(true);
    EXPECT_TRUE(cell(QStringLiteral("ORG"), 3)->isEnabled());
    EXPECT_TRUE(clearButton(QStringLiteral("DYN"))->isEnabled());
}

TEST_F(RubricEditorTest, WithoutARubricTheEditorIsEmpty)
{
    m_editor.setStages({{QStringLiteral("DYN"), 2}});
    m_editor.setReferential(nullptr);
    EXPECT_EQ(cell(QStringLiteral("DYN"), 2), nullptr);
    EXPECT_EQ(m_editor.stage(QStringLiteral("DYN")), 0);

    const Referential *checklist = m_catalog.latest(QStringLiteral("creteil-ecoles"));
    ASSERT_NE(checklist, nullptr);
    m_editor.setReferential(checklist);
    EXPECT_TRUE(m_editor.findChildren<QAbstractButton *>().isEmpty());

    m_editor.setReferential(m_jalons);
    EXPECT_NE(cell(QStringLiteral("DYN"), 2), nullptr);
    EXPECT_EQ(m_editor.stage(QStringLiteral("DYN")), 0);
}

} // namespace
