#include "exchange/reminder.h"

#include "exchange/csvexport.h"

#include <cstring>
#include <QSet>

namespace Paliers {

QByteArray Reminder::csv(const QList<CampaignSchool> &schools, TerritoryLevel level)
{
    QList<QStringList> rows;
    rows.reserve(schools.size() + 1);
    QString territory;
    switch (level) {
    case TerritoryLevel::Circonscription:
        territory = QStringLiteral("Circonscription");
        break;
    case TerritoryLevel::Bassin:
        territory = QStringLiteral("Bassin");
        break;
    case TerritoryLevel::Departement:
        territory = QStringLiteral("Département");
        break;
    case TerritoryLevel::Academie:
        territory = QStringLiteral("Académie");
        break;
    }
    rows.append(
        {QStringLiteral("UAI"), QStringLiteral("Établissement"), QStringLiteral("Type"), QStringLiteral("Commune"),
            territory, QStringLiteral("État"), QStringLiteral("Courriel"), QStringLiteral("Direction")});
    for (const CampaignSchool &school : schools) {
        QString state;
        switch (school.state) {
        case CampaignState::NotStarted:
            state = QStringLiteral("non commencé");
            break;
        case CampaignState::Draft:
            state = QStringLiteral("en cours");
            break;
        case CampaignState::Validated:
            state = QStringLiteral("validé");
            break;
        }
        rows.append({school.uai, school.name, establishmentKindLabel(school.kind), school.commune, school.territory,
            state, school.mail, school.head});
    }
    return CsvExport::document(rows);
}

QStringList Reminder::addresses(const QList<CampaignSchool> &schools)
{
    QStringList list;
    QSet<QString> seen;
    for (const CampaignSchool &school : schools) {
        const QString mail = school.mail.trimmed();
        if (mail.isEmpty() || !mail.contains(u'@') || seen.contains(mail.toLower()))
            continue;
        seen.insert(mail.toLower());
        list.append(mail);
    }
    return list;
}

QString Reminder::defaultSubject(const Campaign &campaign)
{
    return tr("Paliers de maturité numérique %1: your school's grid").arg(campaign.schoolYear);
}

QString Reminder::defaultBody(const Campaign &campaign)
{
    return tr("Dear colleague,\n\n"
              "As part of the %1 campaign of the « paliers de maturité numérique », your school's grid has not "
              "reached us yet, or has not been validated. Could you complete it with Paliers, validate it and send "
              "us its export (the JSON file) or its PDF report?\n\n"
              "Thank you for your help.\n")
        .arg(campaign.schoolYear);
}

QList<QUrl> Reminder::mailto(const QStringList &addresses, const QString &subject, const QString &body, int perMessage)
{
    QList<QUrl> urls;
    const int size = std::max(1, perMessage);
    // RFC 6068: every value percent-encoded (a space is %20, never '+'),
    // the body's lines ending CRLF.
    const QByteArray tail = "&subject=" + QUrl::toPercentEncoding(subject) + "&body="
        + QUrl::toPercentEncoding(QString(body)
                                      .replace(QStringLiteral("\r\n"), QStringLiteral("\n"))
                                      .replace(QLatin1Char('\n'), QStringLiteral("\r\n")));
    // A batch ends at `perMessage` addresses, or before its link would pass
    // MaxUrlLength (mail programs on Windows cut longer ones).
    const auto link = [&tail](const QByteArrayList &bcc) {
        return QUrl::fromEncoded("mailto:?bcc=" + bcc.join(',') + tail, QUrl::StrictMode);
    };
    QByteArrayList bcc;
    qsizetype length = qsizetype(std::strlen("mailto:?bcc=")) + tail.size();
    for (const QString &address : addresses) {
        const QByteArray encoded = QUrl::toPercentEncoding(address, "@");
        if (!bcc.isEmpty() && (bcc.size() >= size || length + encoded.size() + 1 > MaxUrlLength)) {
            urls.append(link(bcc));
            bcc.clear();
            length = qsizetype(std::strlen("mailto:?bcc=")) + tail.size();
        }
        bcc.append(encoded);
        length += encoded.size() + 1;
    }
    if (!bcc.isEmpty())
        urls.append(link(bcc));
    return urls;
}

} // namespace Paliers
