#include "referentialview.h"

#include "referential/referential.h"

#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Paliers {

ReferentialView::ReferentialView(QWidget *parent)
    : QWidget(parent)
    , m_source(new QLabel(this))
    , m_tree(new QTreeWidget(this))
{
    m_source->setWordWrap(true);
    m_source->setTextFormat(Qt::PlainText);
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Criterion"), tr("Id")});
    m_tree->setWordWrap(true);
    m_tree->setUniformRowHeights(false);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->setAccessibleName(tr("Criteria of the referential"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_source);
    layout->addWidget(m_tree);
}

void ReferentialView::setReferential(const Referential &referential)
{
    m_source->setText(referential.source().isEmpty()
            ? tr("Version %1").arg(referential.version())
            : tr("%1 — version %2").arg(referential.source(), referential.version()));
    m_tree->clear();
    for (const Domain &domain : referential.domains()) {
        auto *domainItem = new QTreeWidgetItem(m_tree, {domain.title});
        QFont bold = domainItem->font(0);
        bold.setBold(true);
        domainItem->setFont(0, bold);
        for (const Level &level : referential.levels()) {
            const QList<const Criterion *> criteria = referential.criteriaOf(domain.id, level.number);
            if (criteria.isEmpty())
                continue;
            auto *levelItem = new QTreeWidgetItem(domainItem, {tr("%1: %2").arg(level.title, level.description)});
            levelItem->setToolTip(0, level.description);
            for (const Criterion *criterion : criteria) {
                auto *item = new QTreeWidgetItem(levelItem, {criterion->text, criterion->id});
                item->setToolTip(0, criterion->note.isEmpty() ? criterion->text : criterion->note);
            }
        }
    }
    m_tree->expandAll();
}

} // namespace Paliers
