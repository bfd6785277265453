#pragma once

#include "model/result.h"

#include <functional>
#include <QColor>
#include <QCoreApplication>
#include <QDateTime>
#include <QFont>
#include <QList>
#include <QPageLayout>
#include <QStringList>

class QPagedPaintDevice;
class QPainter;
class QRectF;

namespace Paliers {

class PageFlow;

// The look shared by Paliers' printed documents (the report of an
// assessment, the consolidation of many): fonts, colours, tables, page
// decorations and the PDF writer settings.
namespace ReportStyle {

// The PDF is laid out at screen resolution: fonts, charts and measures then
// agree with what the windows show, and the output stays vector anyway.
constexpr int PdfResolution = 96;

inline const QColor Ink {0x1a, 0x1a, 0x1a};
inline const QColor Muted {0x55, 0x55, 0x55};
inline const QColor Rule {0xb0, 0xb0, 0xb0};
inline const QColor Shade {0xee, 0xf1, 0xf5};
inline const QColor Accent {0x00, 0x3a, 0x70}; // a sober navy for titles
inline const QColor Watermark {0xea, 0xea, 0xea};

// The families of every printed font, in the order they are tried for each
// character, so that any script a school writes in prints.
const QStringList &fontFamilies();
QFont font(qreal pointSize, bool bold = false, bool italic = false);
// Black or white, whichever contrasts more with `background`.
QColor textOn(const QColor &background);
QString dateText(const QDateTime &dateTime);
QString dateText(const QDate &date);
// A coloured box with a short text centred in it.
void chip(QPainter &painter, const QRectF &rect, const QColor &color, const QString &text, const QFont &font);

// A heading that never stays alone at the foot of a page; level 1 or 2.
void heading(PageFlow &flow, const QString &text, int level);

// One row of a table: cells wrapped in their column, the row as high as its
// tallest cell. `fills` colours cells (an invalid colour leaves one plain,
// so that a watermark shows through); header rows are shaded and bold.
struct Table
{
    QList<qreal> widths;
    qreal fontSize = 8.5;
    QList<Qt::Alignment> alignments; // per column; left by default

    void row(PageFlow &flow, const QStringList &cells, const QList<QColor> &fills = {}, bool header = false) const;
    // The height row() gives those cells, and the painting of a row in `rect`.
    qreal rowHeight(const PageFlow &flow, const QStringList &cells, bool header = false) const;
    void paintRow(QPainter &painter, const QRectF &rect, const QStringList &cells, const QList<QColor> &fills = {},
        bool header = false) const;
    // Widens each column to the longest word of its header (bold), taking
    // the room from column `flexible`: a header is never broken inside a word.
    void fitHeader(const PageFlow &flow, const QStringList &header, qsizetype flexible = 0);
};

// What every page carries: a running header from page 2 on, a footer with
// "page X / Y", and an optional diagonal watermark behind the content.
struct PageDecoration
{
    // Laid out left to right: isolate its parts (PageFlow::isolated()).
    QString headerLeft;
    QString headerRight;
    QString footerLeft;
    QString watermark; // drawn as outlines: no text to extract or read aloud

    void paint(QPainter &painter, const QRectF &page, int number, int count) const;
};

// The part of `device`'s page that content may fill, below the header band
// and above the footer band, and the whole page.
QRectF pageRect(const QPagedPaintDevice *device);
QRectF contentRect(const QPagedPaintDevice *device);

// Paints the pages laid out in `flow` on `device`, each with `decoration`;
// `what` names the document in the error ("The report"). Returns the number
// of pages.
Result<int> paintPages(
    QPagedPaintDevice *device, PageFlow &flow, const PageDecoration &decoration, const QString &what);

// Writes an A4 PDF/A-1b file through FileWriter; `paint` draws the pages.
Status writePdf(const QString &path, const QString &title, const QString &creator,
    const std::function<Status(QPagedPaintDevice *)> &paint,
    QPageLayout::Orientation orientation = QPageLayout::Portrait);

} // namespace ReportStyle
} // namespace Paliers
