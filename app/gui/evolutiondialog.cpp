#include "evolutiondialog.h"

#include "analysis/consolidation.h"
#include "analysis/progress.h"
#include "model/overviewrow.h"
#include "palierscharts.h"
#include "referential/migration.h"
#include "referential/referential.h"
#include "reportstyle.h"
#include "screenfit.h"
#include "session.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Paliers {

EvolutionDialog::EvolutionDialog(Session &session, qint64 establishmentId, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_years(new QTableWidget(this))
    , m_from(new QComboBox(this))
    , m_to(new QComboBox(this))
    , m_changes(new QTreeWidget(this))
{
    Storage &storage = session.storage();
    const Result<Establishment> establishment = storage.establishment(establishmentId);
    setWindowTitle(tr("Evolution — %1").arg(establishment ? establishment->name : QString()));
    resizeWithinScreen(this, QSize(900, 640));

    Result<QList<OverviewRow>> rows = storage.overview(QString(), establishmentId);
    QList<OverviewRow> history = rows ? rows.value() : QList<OverviewRow>();
    std::reverse(history.begin(), history.end()); // oldest year first

    // One grid's years, in that grid's domains: the paliers grid of the most
    // recent assessment (a collège may also have the jalons), else the jalons.
    const Referential *grid = nullptr;
    for (auto it = history.crbegin(); it != history.crend() && !grid; ++it) {
        const Referential *referential = storage.catalog().latest(it->referentialId);
        if (referential && referential->kind() == ReferentialKind::Checklist)
            grid = referential;
    }
    if (!grid && !history.isEmpty())
        grid = storage.catalog().latest(history.constLast().referentialId);
    if (grid)
        history.removeIf([grid](const OverviewRow &row) { return row.referentialId != grid->id(); });
    const QList<Domain> domains = grid ? grid->domains() : QList<Domain>();
    m_years->setObjectName(QStringLiteral("evolutionYears"));
    m_years->setTabKeyNavigation(false); // one tab stop: Tab goes on to the changes
    m_years->setColumnCount(static_cast<int>(domains.size()) + 2);
    QStringList headers {tr("Year"), tr("Overall")};
    for (const Domain &domain : domains)
        headers.append(domain.id);
    m_years->setHorizontalHeaderLabels(headers);
    for (int d = 0; d < domains.size(); ++d)
        m_years->horizontalHeaderItem(d + 2)->setToolTip(domains.at(d).title);
    m_years->setRowCount(static_cast<int>(history.size()));
    m_years->verticalHeader()->hide();
    m_years->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_years->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_years->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents); // the year, whole
    m_years->setWordWrap(true);
    const auto palierItem = [](int palier, int previous) {
        QString text = QString::number(palier);
        if (previous >= 0 && palier > previous)
            text += QStringLiteral(" ▲");
        else if (previous >= 0 && palier < previous)
            text += QStringLiteral(" ▼");
        auto *item = new QTableWidgetItem(text);
        item->setTextAlignment(Qt::AlignCenter);
        item->setBackground(PaliersCharts::palierColor(palier));
        item->setForeground(ReportStyle::textOn(PaliersCharts::palierColor(palier)));
        return item;
    };
    for (int r = 0; r < history.size(); ++r) {
        const OverviewRow &row = history.at(r);
        const OverviewRow *before = r > 0 ? &history.at(r - 1) : nullptr;
        m_years->setItem(r, 0,
            new QTableWidgetItem(QStringLiteral("%1 (%2)").arg(row.schoolYear, assessmentStatusLabel(row.status))));
        m_years->setItem(r, 1, palierItem(row.overallPalier, before ? before->overallPalier : -1));
        // Each year in the version of the grid it was made with.
        const auto palier = [&storage](const OverviewRow &year, const QString &domainId) {
            return Consolidation::domainPalier(
                year, storage.catalog().find(year.referentialId, year.referentialVersion), domainId);
        };
        for (int d = 0; d < domains.size(); ++d) {
            const int now = palier(row, domains.at(d).id);
            auto *item = now < 0 ? new QTableWidgetItem(QStringLiteral("—"))
                                 : palierItem(now, before ? palier(*before, domains.at(d).id) : -1);
            m_years->setItem(r, d + 2, item);
        }
        m_from->addItem(row.schoolYear, row.assessmentId);
        m_to->addItem(row.schoolYear, row.assessmentId);
    }
    m_from->setCurrentIndex(std::max(0, static_cast<int>(history.size()) - 2));
    m_to->setCurrentIndex(std::max(0, static_cast<int>(history.size()) - 1));

    m_changes->setObjectName(QStringLiteral("evolutionChanges"));
    m_changes->setHeaderLabels({tr("Criterion"), tr("Change"), tr("Wording")});
    m_changes->setRootIsDecorated(true);

    auto *choose = new QHBoxLayout;
    choose->addWidget(new QLabel(tr("Compare"), this));
    choose->addWidget(m_from);
    choose->addWidget(new QLabel(tr("with"), this));
    choose->addWidget(m_to);
    choose->addStretch(1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    QStringList legend;
    for (const Domain &domain : domains)
        legend.append(QStringLiteral("%1 %2").arg(domain.id, domain.title));
    auto *legendLabel = new QLabel(legend.join(QStringLiteral(" · ")), this);
    legendLabel->setWordWrap(true);
    layout->addWidget(new QLabel(tr("Paliers year by year (▲ up, ▼ down from the year before):"), this));
    layout->addWidget(m_years, 1);
    layout->addWidget(legendLabel);
    layout->addLayout(choose);
    layout->addWidget(m_changes, 2);
    layout->addWidget(buttons);

    connect(m_from, &QComboBox::currentIndexChanged, this, &EvolutionDialog::compare);
    connect(m_to, &QComboBox::currentIndexChanged, this, &EvolutionDialog::compare);
    compare();
}

void EvolutionDialog::compare()
{
    m_changes->clear();
    Storage &storage = m_session.storage();
    const qint64 fromId = m_from->currentData().toLongLong();
    const qint64 toId = m_to->currentData().toLongLong();
    if (fromId == 0 || toId == 0 || fromId == toId)
        return;
    const Result<Assessment> earlier = storage.assessment(fromId);
    const Result<Assessment> later = storage.assessment(toId);
    const Result<AnswerMap> answered = storage.answerMap(fromId);
    const Result<AnswerMap> after = storage.answerMap(toId);
    if (!earlier || !later || !answered || !after)
        return;
    const Referential *referential = storage.referentialOf(later.value());
    const Referential *older = storage.referentialOf(earlier.value());
    if (!referential || !older)
        return;
    // Two versions of the grid: the earlier answers read through the map.
    const Result<AnswerMap> before = Migration::translate(*older, *referential, answered.value());
    if (!before) {
        new QTreeWidgetItem(m_changes, {before.error()});
        return;
    }
    // The same reading of two years as the Synthèse and the commission pack.
    const Progress comparison = Progress::compute(*referential, before.value(), after.value(), {}, {});
    const auto group = [&](const QString &title, const QStringList &ids, const QColor &colour) {
        auto *parent = new QTreeWidgetItem(m_changes, {tr("%1 (%2)").arg(title).arg(ids.size())});
        QFont bold = parent->font(0);
        bold.setBold(true);
        parent->setFont(0, bold);
        parent->setFirstColumnSpanned(true);
        for (const QString &id : ids) {
            const Criterion *criterion = referential->criterion(id);
            auto *item = new QTreeWidgetItem(parent,
                {id,
                    tr("%1 → %2").arg(answerStatusLabel(before->value(id, AnswerStatus::Unanswered)),
                        answerStatusLabel(after->value(id, AnswerStatus::Unanswered))),
                    criterion ? criterion->text : QString()});
            if (colour.isValid())
                item->setForeground(1, colour);
        }
        parent->setExpanded(!ids.isEmpty() && ids.size() < 30);
    };
    group(tr("Regressions: met before, not any more"), comparison.lost, QColor(0xb0, 0x30, 0x00));
    group(tr("Met before, not answered yet"), comparison.notReviewed, QColor());
    group(tr("Newly met"), comparison.newlyMet, QColor(0x00, 0x70, 0x50));
    group(tr("Other changes"), comparison.otherChanges, QColor());
    group(tr("Unchanged"), comparison.unchanged, QColor());
    m_changes->resizeColumnToContents(0);
    m_changes->resizeColumnToContents(1);
}

} // namespace Paliers
