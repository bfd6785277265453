#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace Paliers {

// What a first-time user sees: what Paliers is for and the two ways to
// begin. It also stands in when no database could be opened.
class WelcomePage : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomePage(QWidget *parent = nullptr);

    // Without a database, offer to open or create one instead.
    void setHasDatabase(bool hasDatabase, const QString &problem = QString());

signals:
    void createEstablishmentRequested();
    void openExampleRequested();
    void openDatabaseRequested();
    void newDatabaseRequested();

private:
    QLabel *m_text;
    QLabel *m_problem;
    QPushButton *m_create;
    QPushButton *m_example;
    QPushButton *m_open;
    QPushButton *m_newDatabase;
};

} // namespace Paliers
