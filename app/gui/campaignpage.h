#pragma once

#include "analysis/campaign.h"
#include "referential/referentialcatalog.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace Paliers {

class Session;

// The DANE's and the IEN's campaign: which establishments of the register
// are expected to fill the grid this school year, per territory how many
// have validated it, have a draft or have not started, the rate as a bar;
// the schools of a territory with their e-mail; the reminder to those who
// have not validated. Campaigns (a name, a year, a grid and the filters)
// are kept in the database.
class CampaignPage : public QWidget
{
    Q_OBJECT

public:
    CampaignPage(const ReferentialCatalog &catalog, QWidget *parent = nullptr);

    void setSession(Session *session);
    // Counts again from the database.
    void reload();

    // What the filters say, as a campaign (the saved one chosen, changed).
    Campaign campaign() const;
    TerritoryLevel level() const;
    QTableWidget *territoryTable() const { return m_territories; }
    QTableWidget *schoolTable() const { return m_schools; }

    // Writes the reminder list of what is shown (every expected school not
    // validated, or those of the territory chosen).
    void remind();

signals:
    void errorOccurred(const QString &message);
    void importRegisterRequested();

private:
    void fillChoices();
    void fillCampaigns(qint64 select);
    void applyCampaign();
    void showSchools();
    void saveCampaign();
    void removeCampaign();
    QList<CampaignSchool> schoolsToRemind() const;

    const ReferentialCatalog &m_catalog;
    QPointer<Session> m_session;
    QList<Campaign> m_saved;
    bool m_filling = false;
    QComboBox *m_campaign;
    QComboBox *m_year;
    QComboBox *m_grid;
    QComboBox *m_level;
    QComboBox *m_kind;
    QComboBox *m_departement;
    QComboBox *m_circonscription;
    QComboBox *m_bassin;
    QComboBox *m_sector;
    QComboBox *m_priority;
    QComboBox *m_show;
    QLabel *m_total;
    QLabel *m_years;
    QTableWidget *m_territories;
    QTableWidget *m_schools;
    QPushButton *m_save;
    QPushButton *m_remove;
    QPushButton *m_import;
    QPushButton *m_remind;
};

} // namespace Paliers
