#include "reportstyle.h"

#include "exchange/filewriter.h"
#include "pageflow.h"
#include "palierscharts.h"

#include <cmath>
#include <QLocale>
#include <QPageLayout>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <QRegularExpression>

namespace Paliers::ReportStyle {

const QStringList &fontFamilies()
{
    // DejaVu Sans first (Latin, Greek, Cyrillic, Vietnamese, Turkish, and in
    // its upright faces some Arabic), then Noto faces for what it lacks, in
    // every face: its oblique faces have no Arabic, none of it has Hebrew.
    // Each family in turn gives the glyphs the ones before it miss.
    static const QStringList families {
        QStringLiteral("DejaVu Sans"),
        QStringLiteral("Noto Sans"),
        QStringLiteral("Noto Sans Arabic"),
        QStringLiteral("Noto Sans Hebrew"),
        QStringLiteral("Noto Sans Armenian"),
        QStringLiteral("Noto Sans Georgian"),
        QStringLiteral("Noto Sans Ethiopic"),
        QStringLiteral("Noto Sans Devanagari"),
        QStringLiteral("Noto Sans Bengali"),
        QStringLiteral("Noto Sans Tamil"),
        QStringLiteral("Noto Sans Thai"),
        QStringLiteral("Noto Sans Khmer"),
        QStringLiteral("Noto Sans Lao"),
        QStringLiteral("Noto Sans Tifinagh"),
        QStringLiteral("Noto Sans CJK SC"), // when fonts-noto-cjk is there
        QStringLiteral("Noto Sans Symbols"),
        QStringLiteral("Noto Sans Symbols2"), // the Control Pictures (U+2400) among others
        QStringLiteral("Noto Sans Math"),
        QStringLiteral("Liberation Sans"),
        QStringLiteral("Arial"),
    };
    return families;
}

QFont font(qreal pointSize, bool bold, bool italic)
{
    QFont f;
    f.setFamilies(fontFamilies());
    f.setPointSizeF(pointSize);
    f.setBold(bold);
    f.setItalic(italic);
    // Qt turns ligatures off when letter spacing is set: with "ﬁ" ligatures
    // a search for "identification" in the PDF would miss.
    f.setLetterSpacing(QFont::AbsoluteSpacing, 0.05); // above 1/64 px, Qt's unit
    return f;
}

QColor textOn(const QColor &background)
{
    return PaliersCharts::textOn(background);
}

QString dateText(const QDateTime &dateTime)
{
    return dateTime.isValid() ? dateText(dateTime.toLocalTime().date()) : QString();
}

QString dateText(const QDate &date)
{
    return date.isValid() ? QLocale().toString(date, QStringLiteral("d MMMM yyyy")) : QString();
}

void chip(QPainter &painter, const QRectF &rect, const QColor &color, const QString &text, const QFont &f)
{
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawRoundedRect(rect, 3, 3);
    painter.setPen(textOn(color));
    painter.setFont(f);
    painter.drawText(rect, Qt::AlignCenter, text);
}

void heading(PageFlow &flow, const QString &text, int level)
{
    const QFont f = level == 1 ? font(14, true) : font(11, true);
    flow.keepTogether(flow.textHeight(text, f, flow.width()) + flow.mm(level == 1 ? 30 : 20));
    flow.paragraph(text, {f, level == 1 ? Accent : Ink, 0, flow.mm(level == 1 ? 6 : 4), flow.mm(2)});
}

qreal Table::rowHeight(const PageFlow &flow, const QStringList &cells, bool header) const
{
    const QFont f = font(fontSize, header);
    const qreal pad = flow.mm(1.2);
    qreal height = 0;
    for (qsizetype i = 0; i < cells.size(); ++i)
        height = std::max(height, flow.textHeight(cells.at(i), f, widths.value(i) - 2 * pad));
    return height + 2 * pad;
}

void Table::paintRow(
    QPainter &p, const QRectF &r, const QStringList &cells, const QList<QColor> &fills, bool header) const
{
    const QFont f = font(fontSize, header);
    const qreal pad = 1.2 * p.device()->logicalDpiY() / 25.4;
    qreal x = r.left();
    for (qsizetype i = 0; i < cells.size(); ++i) {
        const QRectF cell(x, r.top(), widths.value(i), r.height());
        const QColor fill = fills.value(i, header ? Shade : QColor());
        if (fill.isValid())
            p.fillRect(cell, fill);
        p.setPen(QPen(Rule, 0.5));
        p.setBrush(Qt::NoBrush);
        p.drawRect(cell);
        p.setPen(!fill.isValid() || fill == Shade ? Ink : textOn(fill));
        PageFlow::drawText(p, cell.adjusted(pad, pad, -pad, -pad), cells.at(i), f,
            alignments.value(i, Qt::AlignLeft) | Qt::AlignVCenter);
        x += widths.value(i);
    }
}

void Table::row(PageFlow &flow, const QStringList &cells, const QList<QColor> &fills, bool header) const
{
    const Table table = *this;
    flow.block(rowHeight(flow, cells, header),
        [=](QPainter &p, const QRectF &r) { table.paintRow(p, r, cells, fills, header); });
}

void Table::fitHeader(const PageFlow &flow, const QStringList &header, qsizetype flexible)
{
    const QFontMetricsF metrics(font(fontSize, true), const_cast<QPaintDevice *>(flow.device()));
    const qreal pad = flow.mm(1.2);
    for (qsizetype i = 0; i < header.size() && i < widths.size(); ++i) {
        if (i == flexible)
            continue;
        qreal longest = 0;
        for (const QString &word : header.at(i).split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts))
            longest = std::max(longest, metrics.horizontalAdvance(word));
        const qreal needed = std::ceil(longest + 2 * pad + 2);
        if (widths.at(i) < needed) {
            widths[flexible] -= needed - widths.at(i);
            widths[i] = needed;
        }
    }
}

void PageDecoration::paint(QPainter &p, const QRectF &page, int number, int count) const
{
    if (!watermark.isEmpty()) {
        // Outlines, not text: text extraction and screen readers would
        // otherwise read the watermark first on every page.
        QPainterPath outline;
        outline.addText(QPointF(0, 0), QFont(font(84, true), p.device()), watermark);
        outline.translate(-outline.boundingRect().center());
        p.save();
        p.translate(page.center());
        p.rotate(-50);
        p.fillPath(outline, Watermark);
        p.restore();
    }
    const QFont small = font(7.5);
    p.setFont(small);
    p.setPen(Muted);
    const qreal lineHeight = QFontMetricsF(small, p.device()).height();
    if (number > 1) {
        const QRectF header(page.left(), page.top(), page.width(), lineHeight);
        // Left to right whatever the names in it are written in: each part
        // that comes from the user is isolated by whoever builds the text.
        PageFlow::drawText(
            p, header.adjusted(0, 0, -page.width() * 0.35, 0), headerLeft, small, Qt::AlignLeft, Qt::LeftToRight);
        p.drawText(header, Qt::AlignRight | Qt::AlignTop, headerRight);
        p.setPen(QPen(Rule, 0.5));
        p.drawLine(QPointF(page.left(), header.bottom() + 3), QPointF(page.right(), header.bottom() + 3));
    }
    const QRectF footer(page.left(), page.bottom() - lineHeight, page.width(), lineHeight);
    p.setPen(QPen(Rule, 0.5));
    p.drawLine(QPointF(page.left(), footer.top() - 3), QPointF(page.right(), footer.top() - 3));
    p.setPen(Muted);
    p.drawText(footer, Qt::AlignLeft | Qt::AlignVCenter, footerLeft);
    p.drawText(footer, Qt::AlignRight | Qt::AlignVCenter,
        QCoreApplication::translate("ReportRenderer", "page %1 / %2").arg(number).arg(count));
}

QRectF pageRect(const QPagedPaintDevice *device)
{
    return QRectF(QPointF(0, 0), device->pageLayout().paintRectPixels(device->logicalDpiX()).size());
}

QRectF contentRect(const QPagedPaintDevice *device)
{
    const QRectF page = pageRect(device);
    const qreal band = 9 * device->logicalDpiY() / 25.4; // header and footer, 9 mm each
    return page.adjusted(0, band, 0, -band);
}

Result<int> paintPages(QPagedPaintDevice *device, PageFlow &flow, const PageDecoration &decoration, const QString &what)
{
    QPainter painter;
    if (!painter.begin(device))
        return Error {QCoreApplication::translate("ReportStyle", "%1 could not be drawn (the output refused to start).")
                          .arg(what)};
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    const QRectF page = pageRect(device);
    const bool painted = flow.paint(
        painter, [&](QPainter &p, int number, int count) { decoration.paint(p, page, number, count); },
        [device] { return device->newPage(); });
    if (!painter.end() || !painted)
        return Error {QCoreApplication::translate("ReportStyle", "%1 could not be written completely.").arg(what)};
    return flow.pageCount();
}

Status writePdf(const QString &path, const QString &title, const QString &creator,
    const std::function<Status(QPagedPaintDevice *)> &paint, QPageLayout::Orientation orientation)
{
    return FileWriter::write(path, [&](QIODevice &device) -> Status {
        QPdfWriter writer(&device);
        writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
        writer.setResolution(PdfResolution);
        writer.setPageLayout(
            QPageLayout(QPageSize(QPageSize::A4), orientation, QMarginsF(16, 14, 16, 12), QPageLayout::Millimeter));
        writer.setTitle(title);
        writer.setCreator(creator);
        return paint(&writer);
    });
}

} // namespace Paliers::ReportStyle
