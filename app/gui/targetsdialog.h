#pragma once

#include "model/assessment.h"
#include "referential/palierengine.h"

#include <QDialog>

class QComboBox;
class QLabel;

namespace Paliers {

class Referential;
class Storage;

// Where the school aims: for each domain (or jalons axis), the palier to
// reach and the school year by which. Stores the targets itself on OK and
// stays open with the message when storage refuses them.
class TargetsDialog : public QDialog
{
    Q_OBJECT

public:
    TargetsDialog(Storage &storage, qint64 assessmentId, const Referential &referential, const Evaluation &evaluation,
        const QString &schoolYear, const QList<DomainTarget> &targets, QWidget *parent = nullptr);

    QList<DomainTarget> targets() const;
    void accept() override;

private:
    struct Row
    {
        QString domainId;
        QComboBox *palier;
        QComboBox *year;
    };

    Storage &m_storage;
    qint64 m_assessmentId;
    QList<Row> m_rows;
    QLabel *m_message;
};

} // namespace Paliers
