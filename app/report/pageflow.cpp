#include "pageflow.h"

#include <QPaintDevice>
#include <QPainter>
#include <QTextLayout>

namespace Paliers {

namespace {

QTextOption wrapping(Qt::Alignment alignment)
{
    QTextOption option(alignment);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
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

qreal PageFlow::mm(qreal millimetres) const
{
    return millimetres * m_device->logicalDpiY() / 25.4;
}

std::unique_ptr<QTextLayout> PageFlow::layout(const QString &text, const QFont &font, qreal width,
                                              Qt::Alignment alignment) const
{
    // Line breaks typed by the user stay line breaks; QTextLayout wants
    // U+2028 for them.
    QString shown = text;
    shown.replace(QLatin1String("\r\n"), QLatin1String("\n")).replace(QLatin1Char('\r'), QLatin1Char('\n'));
    shown.replace(QLatin1Char('\n'), QChar::LineSeparator);
    auto result = std::make_unique<QTextLayout>(shown, font, const_cast<QPaintDevice *>(m_device));
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
                        Qt::Alignment alignment)
{
    QString shown = text;
    shown.replace(QLatin1String("\r\n"), QLatin1String("\n")).replace(QLatin1Char('\n'), QChar::LineSeparator);
    QTextLayout layout(shown, font, painter.device());
    layout.setTextOption(wrapping(alignment));
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
