#pragma once

#include <QWidget>

class QLabel;
class QTreeWidget;

namespace Paliers {

class Referential;

// Shows one grid as the académie wrote it: domains, then paliers, then the
// criteria of each palier with their ids.
class ReferentialView : public QWidget
{
    Q_OBJECT

public:
    explicit ReferentialView(QWidget *parent = nullptr);

    void setReferential(const Referential &referential);

private:
    QLabel *m_source;
    QTreeWidget *m_tree;
};

} // namespace Paliers
