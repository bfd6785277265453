#pragma once

#include "analysis/campaign.h"
#include "analysis/indicators.h"
#include "analysis/reperes.h"
#include "exchange/assessmentexport.h"
#include "exchange/registerplan.h"
#include "model/assessment.h"
#include "model/establishment.h"
#include "model/limits.h"
#include "model/overviewrow.h"
#include "model/result.h"
#include "referential/palierengine.h"
#include "referential/referentialcatalog.h"
#include "storage/database.h"

#include <functional>
#include <memory>
#include <optional>
#include <QCoreApplication>
#include <QList>
#include <unordered_map>

class QSqlQuery;

namespace Paliers {

class SqliteStatement;

// What a draft held before it moved to another version of its grid: what
// undo puts back.
struct VersionSnapshot
{
    QString version;
    QList<Answer> answers;
    QHash<qint64, QString> actionCriteria; // action item id → its criterion
};

// What importing an export did.
struct ImportOutcome
{
    enum class Kind
    {
        Imported,
        AlreadyImported, // the same export (same identifier) was imported before: nothing done
    };
    Kind kind = Kind::Imported;
    qint64 assessmentId = 0;
    qint64 establishmentId = 0;
    bool establishmentCreated = false;
};

// What applying an import of the register did.
struct RegisterOutcome
{
    int created = 0;
    int updated = 0;
};

// Told how far an import has gone (`done` of `total`); returns false to
// cancel it.
using RegisterProgress = std::function<bool(int done, int total)>;

struct NewAssessment
{
    qint64 establishmentId = 0;
    QString referentialId;
    QString schoolYear;
    QString author;
    QString authorRole;
    // Start from the answers of this earlier assessment (last year's, usually).
    std::optional<qint64> copyFrom;
};

// Everything Paliers keeps, through a small typed API; no SQL lives outside
// this class and Database. Every call that changes data commits before it
// returns (there is no "Save" to forget), a batch is one transaction, and
// every change of an answer is written to its history.
//
// One file per aggregate writes it: establishments.cpp, assessments.cpp
// (and their events), answers.cpp (and their history), actionplan.cpp,
// commission.cpp, summaries.cpp (the paliers kept for the overview),
// import.cpp; storagerows.h maps rows to values.
class Storage
{
    Q_DECLARE_TR_FUNCTIONS(Storage)

public:
    // See model/limits.h.
    static constexpr int MaxTextLength = Limits::MaxTextLength;
    static constexpr int MaxFieldLength = Limits::MaxFieldLength;
    static constexpr int MaxEstablishments = Limits::MaxEstablishments;

    Storage(Database &database, ReferentialCatalog catalog);
    ~Storage();
    Storage(const Storage &) = delete;
    Storage &operator=(const Storage &) = delete;

    Database &database() const { return m_database; }
    const ReferentialCatalog &catalog() const { return m_catalog; }
    // Makes a grid installed while the database is open known to it.
    void adoptReferential(const std::shared_ptr<const Referential> &referential)
    {
        static_cast<void>(m_catalog.add(referential, true)); // refused only when already there
    }
    // The person recorded as author of the changes.
    void setActor(const QString &actor) { m_actor = actor; }
    const QString &actor() const { return m_actor; }

    // Establishments
    Result<qint64> addEstablishment(Establishment establishment);
    Status updateEstablishment(Establishment establishment);
    Result<QList<Establishment>> establishments() const;
    // How many establishments establishments() would list, without reading them.
    Result<qint64> establishmentCount() const;
    Result<Establishment> establishment(qint64 id) const;
    Result<std::optional<Establishment>> findEstablishment(const QString &uai) const;

    // The ministry's register (register.cpp)
    // Applies what RegisterPlanner computed, in one transaction: all of it,
    // or nothing when a row fails or `progress` cancels.
    Result<RegisterOutcome> applyRegister(const RegisterPlan &plan, const RegisterProgress &progress = {});

    // Campaigns (campaigns.cpp)
    // Stores a new campaign (id 0) or changes one; returns its id.
    Result<qint64> saveCampaign(const Campaign &campaign);
    Status removeCampaign(qint64 id);
    // Newest school year first, then by name.
    Result<QList<Campaign>> campaigns() const;
    // The expected establishments counted by territory, as one query: not
    // closed in the register, matching the campaign's filter; validated when
    // an assessment of the year with the campaign's grid is validated, in
    // progress when one is a draft.
    Result<CampaignProgress> campaignProgress(const Campaign &campaign, TerritoryLevel level) const;
    // The expected establishments, one territory's (`territory` given, ''
    // for those without) or all, in the states asked (all when empty).
    Result<QList<CampaignSchool>> campaignSchools(const Campaign &campaign, TerritoryLevel level,
        const std::optional<QString> &territory = std::nullopt, const QList<CampaignState> &states = {}) const;
    // The campaign's totals for each school year of the database and its
    // own, oldest first (today's register and filter applied to each year).
    Result<QList<YearProgress>> campaignYears(const Campaign &campaign) const;
    // Both, with the campaign in words: what a consolidated report prints.
    Result<CampaignReport> campaignReport(const Campaign &campaign, TerritoryLevel level) const;
    // The names of the territories at `level` among the establishments.
    Result<QStringList> territories(TerritoryLevel level) const;

    // Indicators of the roadmap (indicators.cpp), in the order given.
    Result<QList<Indicator>> indicators() const;
    Status setIndicators(const QList<Indicator> &indicators);
    // Each indicator for each school year of the database (and the years
    // the indicators' recorded values name): one query per indicator over
    // the validated assessments of its grid in its scope.
    Result<IndicatorTable> indicatorTable(const QList<Indicator> &indicators);

    // Repères of the académie (reperes.cpp)
    // From the consolidated rows (an overview, filtered as the DANE chose):
    // for each grid and year among them, the validated assessments counted
    // (Reperes::of), with the share of each criterion read from the answers.
    // Their scope is the académie of the rows, then `scope` (the choice made).
    Result<QList<Reperes>> reperesOf(const QList<OverviewRow> &rows, const QString &scope) const;
    // Keeps imported repères, replacing those of the same grid and year.
    Status storeReperes(const QList<Reperes> &reperes);
    // The repères to stand an assessment beside: those of its grid and year,
    // or else of the latest earlier year; nothing when none was imported.
    Result<std::optional<Reperes>> reperesFor(const QString &referentialId, const QString &schoolYear) const;

    // Assessments
    Result<qint64> createAssessment(const NewAssessment &request);
    // All assessments, or those of one establishment; newest school year first.
    Result<QList<Assessment>> assessments(std::optional<qint64> establishmentId = std::nullopt) const;
    Result<Assessment> assessment(qint64 id) const;
    // `validatedBy`: the person who validates, as they give their name (the
    // computer's login, actor(), when empty).
    Status validateAssessment(qint64 id, const QString &validatedBy = QString());
    Status reopenAssessment(qint64 id, const QString &reason);
    // Moves a draft to another version of its grid that maps the one it has
    // (Migration), its answers and its actions' criteria carried through the
    // map, as one step: every answer changed is in the history and the move
    // is an event. Returns what the draft held, for undo.
    Result<VersionSnapshot> migrateDraft(qint64 assessmentId, const QString &version);
    // Puts back what migrateDraft() returned (undo), recorded the same way.
    Status restoreVersion(qint64 assessmentId, const VersionSnapshot &snapshot);
    Result<QList<AssessmentEvent>> events(qint64 assessmentId) const;
    // The version of its grid the assessment was made with, or null.
    const Referential *referentialOf(const Assessment &assessment) const;
    // Says that the version of an assessment's grid is missing, and how to add it.
    static QString unknownReferential(const Assessment &assessment);

    // Answers
    Result<QList<Answer>> answers(qint64 assessmentId) const;
    Result<AnswerMap> answerMap(qint64 assessmentId) const;
    Status editAnswer(qint64 assessmentId, const AnswerEdit &edit);
    Status editAnswers(qint64 assessmentId, const QList<AnswerEdit> &edits);
    Result<QList<AnswerHistoryEntry>> history(qint64 assessmentId) const;
    Result<Evaluation> evaluate(qint64 assessmentId) const;

    // Imports an export read by AssessmentExport, in one transaction: the
    // establishment is matched by UAI (or created), the assessment is created
    // with its answers, history, events and action plan as they were. An
    // export already imported is skipped; an assessment of the same school,
    // grid and year already here is refused (nothing is overwritten).
    // `source` (the file name) is recorded with the import.
    Result<ImportOutcome> storeImportedAssessment(const ImportedExport &imported, const QString &source);

    // Many schools at once
    // Every assessment of `schoolYear` (all years when empty), or those of
    // one establishment, with their paliers; summaries that are missing are
    // computed (and kept, when the database is writable).
    Result<QList<OverviewRow>> overview(
        const QString &schoolYear = QString(), std::optional<qint64> establishmentId = std::nullopt);
    // The first `limit` assessments of `schoolYear` in the order of the
    // overview's table before any click on a header: by the school's name as
    // the locale sorts it (QCollator()), names it holds equal in overview()'s
    // order. What the overview shows first while it reads the whole year.
    // Reads only (summaries missing are computed for these rows, not kept):
    // it may run beside overview() on another connection.
    Result<QList<OverviewRow>> overviewFirstRows(const QString &schoolYear, int limit);
    // The school years that have assessments, newest first.
    Result<QStringList> schoolYears() const;

    // Action plan
    Result<qint64> addActionItem(const ActionItem &item);
    // Puts back an action removed earlier, under its own number (an undo).
    Status restoreActionItem(const ActionItem &item);
    Status updateActionItem(const ActionItem &item);
    Status removeActionItem(qint64 id);
    Result<QList<ActionItem>> actionItems(qint64 assessmentId) const;

    // Targets (targets.cpp): a palier per domain and the school year by
    // which to reach it. Carried to the next assessment of the grid.
    Result<QList<DomainTarget>> targets(qint64 assessmentId) const;
    // Replaces the targets of an assessment (checked with Targets::check).
    Status setTargets(qint64 assessmentId, const QList<DomainTarget> &targets);

    // Commission numérique: the meeting an assessment is prepared for. An
    // assessment without one gets an empty meeting (no date, no members).
    Result<CommissionMeeting> commissionMeeting(qint64 assessmentId) const;
    Status saveCommissionMeeting(const CommissionMeeting &meeting);

    // The assessment this one follows: the one its answers were copied from,
    // or else the same school's latest earlier assessment of the same grid.
    Result<std::optional<Assessment>> predecessor(qint64 assessmentId) const;

private:
    // Runs a prepared query: nothing when it succeeds, else the error to
    // return, in words a user understands (see Database::describe).
    std::optional<Error> failure(QSqlQuery &query) const;
    std::optional<Error> failure(QSqlQuery &query, const QString &statement) const;
    Status checkWritable() const;
    Status checkEstablishment(Establishment &establishment, qint64 ignoreId) const;
    Result<Assessment> editableAssessment(qint64 id) const;
    Status applyEdit(
        const Assessment &assessment, const Referential &referential, const AnswerEdit &edit, const QString &timestamp);
    Status addEvent(qint64 assessmentId, AssessmentEvent::Kind kind, const QString &note, const QString &timestamp,
        const QString &actor);
    Status touchAssessment(qint64 id, const QString &timestamp);
    // One line of the answers' history, by the current actor (the entry's
    // id, actor and time are ignored).
    Status recordHistory(qint64 assessmentId, const AnswerHistoryEntry &entry, const QString &timestamp);
    Status replaceVersion(const Assessment &assessment, const Referential &target, const QList<Answer> &answers,
        const QHash<qint64, QString> &actionCriteria);
    Status storeSummary(qint64 assessmentId, const Evaluation &evaluation);
    Status refreshSummaries();
    Status checkActionItem(const ActionItem &item) const;
    Status writeTargets(qint64 assessmentId, const QList<DomainTarget> &targets);
    // The targets of one assessment given to another, those `referential`
    // has room for.
    Status carryTargets(qint64 fromAssessmentId, qint64 toAssessmentId, const Referential &referential);
    // The FROM … WHERE of a campaign's expected establishments, with a
    // column `state` (2 validated, 1 in progress, NULL not started) and
    // `territory`; its values bound by bindCampaign().
    QString campaignSource(const Campaign &campaign, TerritoryLevel level, QVariantList &values) const;
    // The SELECT of an indicator's rows: `year` and `met` (1, 0 or NULL).
    QString indicatorSource(const Indicator &indicator, QVariantList &values) const;
    QString timestamp() const;

    // A statement prepared once on this connection and kept for the next
    // call: those run for each file of an import of thousands. Its rows are
    // released when the guard goes. A statement already in use higher up is
    // prepared afresh.
    struct PreparedEntry;
    class PreparedQuery
    {
    public:
        explicit PreparedQuery(PreparedEntry &entry);
        explicit PreparedQuery(QSqlQuery query);
        ~PreparedQuery();
        PreparedQuery(const PreparedQuery &) = delete;
        PreparedQuery &operator=(const PreparedQuery &) = delete;
        QSqlQuery &operator*() const { return *m_query; }
        QSqlQuery *operator->() const { return m_query; }

    private:
        PreparedEntry *m_entry = nullptr;
        std::unique_ptr<QSqlQuery> m_own;
        QSqlQuery *m_query = nullptr;
    };
    PreparedQuery prepared(const QString &statement) const;

    // The same through SQLite's C API, for the inserts an import runs for
    // each answer and event: prepared once on this connection and kept.
    // One use at a time (the import's, which does not nest).
    SqliteStatement &direct(const QString &statement) const;
    std::optional<Error> failure(SqliteStatement &statement) const;

    Database &m_database;
    ReferentialCatalog m_catalog;
    QString m_actor;
    mutable std::unordered_map<QString, std::unique_ptr<PreparedEntry>> m_prepared;
    mutable std::unordered_map<QString, std::unique_ptr<SqliteStatement>> m_direct;
};

} // namespace Paliers
