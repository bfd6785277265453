#pragma once

#include "analysis/campaign.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUrl>

namespace Paliers {

// The reminder a campaign sends to the establishments that have not answered
// yet: the list as a spreadsheet, and messages with their addresses in Bcc
// (so that no school sees the others') and a text the user may edit first.
class Reminder
{
    Q_DECLARE_TR_FUNCTIONS(Reminder)

public:
    // A mail server refuses a message to too many recipients, and a mail
    // program a mailto: link too long: the addresses go in batches.
    static constexpr int MaxRecipients = 50;
    static constexpr qsizetype MaxUrlLength = 1900;

    // UAI;Établissement;Type;Commune;<territoire>;État;Courriel;Directeur·rice: fixed French
    // column names, as CsvExport writes them.
    static QByteArray csv(const QList<CampaignSchool> &schools, TerritoryLevel level);
    // The schools' addresses, each once, in order; schools without one are
    // left out (the CSV still lists them).
    static QStringList addresses(const QList<CampaignSchool> &schools);
    static QString defaultSubject(const Campaign &campaign);
    static QString defaultBody(const Campaign &campaign);
    // mailto: links with `addresses` in Bcc, at most `perMessage` each and
    // MaxUrlLength characters (one address more when it alone is longer),
    // the subject and body encoded as RFC 6068 asks.
    static QList<QUrl> mailto(
        const QStringList &addresses, const QString &subject, const QString &body, int perMessage = MaxRecipients);
};

} // namespace Paliers
