#pragma once

#include "referentialcatalog.h"

#include <QMainWindow>

class QComboBox;

namespace Paliers {

class ReferentialView;

// The main window. For now it lets a user read the bundled grids; filling
// an assessment comes with the storage layer.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(ReferentialCatalog catalog, QWidget *parent = nullptr);

private:
    void showReferential(int index);
    void about();

    ReferentialCatalog m_catalog;
    QComboBox *m_referentialBox;
    ReferentialView *m_view;
};

} // namespace Paliers
