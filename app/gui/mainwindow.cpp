#include "mainwindow.h"

#include "referentialview.h"

#include <QApplication>
#include <QComboBox>
#include <QFormLayout>
#include <QMenuBar>
#include <QMessageBox>
#include <QVBoxLayout>

namespace Paliers {

MainWindow::MainWindow(ReferentialCatalog catalog, QWidget *parent)
    : QMainWindow(parent)
    , m_catalog(std::move(catalog))
    , m_referentialBox(new QComboBox(this))
    , m_view(new ReferentialView(this))
{
    setWindowTitle(tr("Paliers — digital maturity of schools"));

    for (const Referential &referential : m_catalog.referentials())
        m_referentialBox->addItem(referential.title(), referential.id());
    m_referentialBox->setAccessibleName(tr("Referential"));

    auto *central = new QWidget(this);
    auto *form = new QFormLayout;
    form->addRow(tr("&Referential:"), m_referentialBox);
    auto *layout = new QVBoxLayout(central);
    layout->addLayout(form);
    layout->addWidget(m_view);
    setCentralWidget(central);

    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::closeAllWindows);
    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("&About Paliers"), this, &MainWindow::about);

    connect(m_referentialBox, &QComboBox::currentIndexChanged, this, &MainWindow::showReferential);
    if (m_referentialBox->count() > 0)
        showReferential(0);
    resize(1000, 700);
}

void MainWindow::showReferential(int index)
{
    if (const Referential *referential = m_catalog.find(m_referentialBox->itemData(index).toString()))
        m_view->setReferential(*referential);
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About Paliers"),
                       tr("<h3>Paliers %1</h3>"
                          "<p>Fill in the académie's grid of digital maturity levels (paliers de maturité "
                          "numérique), see the palier reached in each domain and plan what comes next.</p>"
                          "<p>Free software under the GNU General Public License, version 3 or later.</p>")
                           .arg(QCoreApplication::applicationVersion()));
}

} // namespace Paliers
