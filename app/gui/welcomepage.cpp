#include "welcomepage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Paliers {

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
    , m_text(new QLabel(this))
    , m_problem(new QLabel(this))
    , m_create(new QPushButton(tr("&Create the first establishment…"), this))
    , m_example(new QPushButton(tr("Open the &example"), this))
    , m_open(new QPushButton(tr("&Open a database…"), this))
    , m_newDatabase(new QPushButton(tr("Create a &new database…"), this))
{
    auto *title = new QLabel(tr("Welcome to Paliers"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    title->setFont(big);

    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setText(
        tr("Paliers helps a school fill in the académie's grid of digital maturity levels (paliers de maturité "
           "numérique), shows the palier reached in each domain and what to do next, and exports the report "
           "for the DANE.\n\n"
           "Everything stays on this computer, in a local database. There is nothing to configure and every "
           "change is saved as you make it.\n\n"
           "Start with your establishment, or look around the example first: it is stored apart from your "
           "own data."));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->hide();

    auto *column = new QVBoxLayout;
    column->addWidget(title);
    column->addSpacing(12);
    column->addWidget(m_text);
    column->addWidget(m_problem);
    column->addSpacing(12);
    for (QPushButton *button : {m_create, m_example, m_open, m_newDatabase}) {
        button->setMinimumHeight(button->sizeHint().height() * 5 / 4);
        column->addWidget(button);
    }
    m_create->setDefault(true);

    auto *centred = new QWidget(this);
    centred->setLayout(column);
    // Wrapped labels in a centred column do not ask for their height by
    // themselves: give the column a width and the labels the height it takes.
    const int width = centred->fontMetrics().averageCharWidth() * 80;
    centred->setFixedWidth(width);
    for (QLabel *label : {m_text, m_problem})
        label->setMinimumHeight(std::max(0, label->heightForWidth(width)));
    auto *row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(centred);
    row->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addLayout(row);
    layout->addStretch(2);

    connect(m_create, &QPushButton::clicked, this, &WelcomePage::createEstablishmentRequested);
    connect(m_example, &QPushButton::clicked, this, &WelcomePage::openExampleRequested);
    connect(m_open, &QPushButton::clicked, this, &WelcomePage::openDatabaseRequested);
    connect(m_newDatabase, &QPushButton::clicked, this, &WelcomePage::newDatabaseRequested);
    setHasDatabase(true);
}

void WelcomePage::setHasDatabase(bool hasDatabase, const QString &problem)
{
    m_create->setVisible(hasDatabase);
    m_open->setVisible(!hasDatabase);
    m_newDatabase->setVisible(!hasDatabase);
    m_problem->setText(problem);
    m_problem->setMinimumHeight(
        problem.isEmpty() ? 0 : std::max(0, m_problem->heightForWidth(m_problem->parentWidget()->width())));
    m_problem->setVisible(!problem.isEmpty());
}

} // namespace Paliers
