#include "pageflow.h"

#include <QPaintDevice>
#include <QPainter>
#include <QTextLayout>

namespace Paliers {

namespace {

QTextOption wrapping(Qt::Alignment alignment, Qt::LayoutDirection direction = Qt::LayoutDirectionAuto)
{
    QTextOption option(alignment);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    option.setTextDirection(direction);
    return option;
}

} // namespace

PageFlow::PageFlow(const QPaintDevice *device, const QRectF &area)
    : m_device(device)
    , m_area(area)
    , m_y(area.top())
{
    m_pages.append(QList<Item>());
}

PageFlow::~PageFlow() = default;

QString PageFlow::printable(const QString &text)
{
    // Line breaks typed by the user stay line breaks; QTextLayout wants
    // U+2028 for them.
    QString shown;
    shown.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (c == u'\r') {
            if (i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
            shown.append(QChar::LineSeparator);
        } else if (c == u'\n') {
            shown.append(QChar::LineSeparator);
        } else if (c == u'\t') {
            shown.append(QChar(c));
        } else if (c < 0x20) {
            shown.append(QChar(char16_t(0x2400 + c))); // the Control Pictures block: U+2407 for U+0007
        } else if (c == 0x7f) {
            shown.append(QChar(char16_t(0x2421))); // SYMBOL FOR DELETE
        } else if (c >= 0x80 && c < 0xa0) {
            shown.append(QStringLiteral("<U+%1>").arg(int(c), 4, 16, QLatin1Char('0')).toUpper());
        } else {
            shown.append(QChar(c));
        }
    }
    return shown;
}

QString PageFlow::isolated(const QString &text)
{
    return text.isEmpty() ? text : QChar(char16_t(0x2068)) + text + QChar(char16_t(0x2069));
}

qreal PageFlow::mm(qreal millimetres) const
{
    return millimetres * m_device->logicalDpiY() / 25.4;
}

std::unique_ptr<QTextLayout> PageFlow::layout(
    const QString &text, const QFont &font, qreal width, Qt::Alignment alignment) const
{
    auto result = std::make_unique<QTextLayout>(printable(text), font, const_cast<QPaintDevice *>(m_device));
    result->setTextOption(wrapping(alignment));
    result->setCacheEnabled(true);
    result->beginLayout();
    qreal y = 0;
    for (QTextLine line = result->createLine(); line.isValid(); line = result->createLine()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, y));
        y += line.height();
    }
    result->endLayout();
    return result;
}

qreal PageFlow::textHeight(const QString &text, const QFont &font, qreal width) const
{
    return layout(text, font, width, Qt::AlignLeft)->boundingRect().height();
}

void PageFlow::drawText(QPainter &painter, const QRectF &rect, const QString &text, const QFont &font,
    Qt::Alignment alignment, Qt::LayoutDirection direction)
{
    QTextLayout layout(printable(text), font, painter.device());
    layout.setTextOption(wrapping(alignment, direction));
    layout.beginLayout();
    qreal y = 0;
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(rect.width());
        line.setPosition(QPointF(0, y));
        y += line.height();
    }
    layout.endLayout();
    qreal top = rect.top();
    if (alignment & Qt::AlignVCenter)
        top += (rect.height() - y) / 2;
    layout.draw(&painter, QPointF(rect.left(), top));
}

void PageFlow::paragraph(const QString &text, const TextStyle &style)
{
    if (text.isEmpty())
        return;
    space(style.spaceBefore);
    const qreal width = m_area.width() - style.indent;
    std::shared_ptr<QTextLayout> laidOut = layout(text, style.font, width, style.alignment);
    for (int i = 0; i < laidOut->lineCount(); ++i) {
        const QTextLine line = laidOut->lineAt(i);
        if (line.height() > remaining() && m_y > m_area.top())
            newPage();
        const QRectF rect(m_area.left() + style.indent, m_y, width, line.height());
        const QColor color = style.color;
        m_pages.last().append({rect, [laidOut, i, color](QPainter &painter, const QRectF &r) {
                                   painter.setPen(color);
                                   const QTextLine l = laidOut->lineAt(i);
                                   l.draw(&painter, r.topLeft() - QPointF(0, l.y()));
                               }});
        m_y += line.height();
    }
    space(style.spaceAfter);
}

void PageFlow::block(qreal height, Painter paint)
{
    if (height > remaining() && m_y > m_area.top())
        newPage();
    m_pages.last().append({QRectF(m_area.left(), m_y, m_area.width(), height), std::move(paint)});
    m_y += height;
}

void PageFlow::space(qreal height)
{
    // Space at the top of a page is dropped: it would only push content down.
    if (m_y > m_area.top())
        m_y = std::min(m_y + height, m_area.bottom());
}

void PageFlow::keepTogether(qreal height)
{
    if (height > remaining() && m_y > m_area.top())
        newPage();
}

void PageFlow::keepOnOnePage(const std::function<void()> &content)
{
    const Mark start = mark();
    content();
    if (pageCount() == start.pages || start.y <= m_area.top())
        return;
    // It ran over the foot of the page: try it on a page of its own, and
    // keep that unless it is longer than a page anyway.
    rollBack(start);
    newPage();
    const Mark fresh = mark();
    content();
    if (pageCount() == fresh.pages)
        return;
    rollBack(start);
    content();
}

PageFlow::Mark PageFlow::mark() const
{
    return {m_pages.size(), m_pages.last().size(), m_y};
}

void PageFlow::rollBack(const Mark &mark)
{
    m_pages.resize(mark.pages);
    m_pages.last().resize(mark.items);
    m_y = mark.y;
}

void PageFlow::newPage()
{
    m_pages.append(QList<Item>());
    m_y = m_area.top();
}

bool PageFlow::paint(QPainter &painter, const std::function<void(QPainter &, int, int)> &decorate,
    const std::function<bool()> &nextPage) const
{
    const int count = pageCount();
    for (int page = 0; page < count; ++page) {
        if (page > 0 && !nextPage())
            return false;
        painter.save();
        decorate(painter, page + 1, count);
        painter.restore();
        for (const Item &item : m_pages.at(page)) {
            painter.save();
            item.paint(painter, item.rect);
            painter.restore();
        }
    }
    return true;
}

} // namespace Paliers
