#pragma once

#include "analysis/commissionpack.h"
#include "exchange/assessmentexport.h"
#include "model/result.h"
#include "reportrenderer.h"

#include <QCoreApplication>

class QPagedPaintDevice;

namespace Paliers {

class PageFlow;

// The pack a référent brings to the commission numérique: the meeting (date,
// members), where the school stands (paliers and chart), the progress since
// the previous assessment, the action plan, the criteria to discuss with room
// to write what is decided, and the decisions of the meeting.
class CommissionRenderer
{
    Q_DECLARE_TR_FUNCTIONS(CommissionRenderer)

public:
    CommissionRenderer(const CommissionPack &pack, ExportStamp stamp);

    Result<int> render(QPagedPaintDevice *device) const;
    static Status writePdf(const CommissionPack &pack, const ExportStamp &stamp, const QString &path);
    static QString documentTitle(const CommissionPack &pack);

private:
    void layOut(PageFlow &flow) const;
    void meeting(PageFlow &flow) const;
    void progress(PageFlow &flow) const;
    void toDiscuss(PageFlow &flow) const;
    void decisions(PageFlow &flow) const;
    void writingLines(PageFlow &flow, int count, qreal indent) const;
    QString criterionLine(const QString &id) const;
    QString domainTitle(const QString &id) const;

    const CommissionPack &m_pack;
    ExportStamp m_stamp;
    ReportRenderer m_report;
};

} // namespace Paliers
