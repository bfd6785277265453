#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QWidget>

class QAbstractButton;
class QButtonGroup;
class QLabel;
class QScrollArea;

namespace Paliers {

class Referential;

// Places each axis of a rubric referential (the jalons of Annexe 8) at one
// stage, shown as the table of the source document: a column per stage under
// its title, a row per axis, each cell a choice carrying its descriptor. The
// chosen cell of an axis is highlighted in its stage's colour and marked
// "Chosen"; a button clears the axis.
//
// The editor writes nothing: a click shows the choice at once and emits
// stageChosen(); the owner stores it and calls setStages() again (which also
// takes the choice back if storing failed). The cells are named
// "stage-<axis>-<stage>", the clear buttons "clear-<axis>" and the summary
// lines "summary-<axis>", for tests.
class RubricEditor : public QWidget
{
    Q_OBJECT

public:
    explicit RubricEditor(QWidget *parent = nullptr);
    ~RubricEditor() override;

    // Rebuilds the table; nullptr, or a referential that is not a rubric,
    // leaves it empty. The referential must outlive the editor's use of it.
    void setReferential(const Referential *referential);
    const Referential *referential() const { return m_referential; }

    // Axis id → stage, 0 (or a missing axis) for not placed. Does not emit.
    void setStages(const QHash<QString, int> &stageByAxis);
    int stage(const QString &axisId) const;

    // A validated assessment is read only: the choices are disabled.
    void setEditable(bool editable);
    bool isEditable() const { return m_editable; }

signals:
    // The user placed `axisId` at `stage`, or cleared it (0).
    void stageChosen(const QString &axisId, int stage);

private:
    struct Axis
    {
        QString id;
        int stage = 0;
        QButtonGroup *group = nullptr;
        QLabel *summary = nullptr;
        QAbstractButton *clear = nullptr;
    };

    void choose(qsizetype index, int stage);
    void showStage(Axis &axis);

    QScrollArea *m_scroll;
    const Referential *m_referential = nullptr;
    QList<Axis> m_axes;
    bool m_editable = true;
};

} // namespace Paliers
