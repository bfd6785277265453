#pragma once

#include <functional>
#include <memory>
#include <QColor>
#include <QFont>
#include <QList>
#include <QRectF>

class QPaintDevice;
class QPainter;
class QTextLayout;

namespace Paliers {

// Lays content out from top to bottom over as many pages as it needs, then
// paints it, so that every page knows how many pages there are ("page 2 / 7").
// Paragraphs are plain text (never markup) wrapped to the width and broken
// between lines at the foot of a page; a word longer than a line is broken
// too, so nothing runs out of the page. Blocks (a table row, a chart) are
// kept whole, and so is a group of them laid out through keepOnOnePage() (a
// heading with what follows it, a criterion with its comment) when it fits
// on a page. All measures are in the paint device's pixels.
class PageFlow
{
public:
    using Painter = std::function<void(QPainter &painter, const QRectF &rect)>;

    struct TextStyle
    {
        QFont font;
        QColor color = Qt::black;
        qreal indent = 0;
        qreal spaceBefore = 0;
        qreal spaceAfter = 0;
        Qt::Alignment alignment = Qt::AlignLeft;
    };

    // `area` is the part of each page the flow may fill.
    PageFlow(const QPaintDevice *device, const QRectF &area);
    ~PageFlow();
    PageFlow(const PageFlow &) = delete;
    PageFlow &operator=(const PageFlow &) = delete;

    const QPaintDevice *device() const { return m_device; }
    qreal width() const { return m_area.width(); }
    qreal remaining() const { return m_area.bottom() - m_y; }
    int pageCount() const { return static_cast<int>(m_pages.size()); }
    // Millimetres to device pixels.
    qreal mm(qreal millimetres) const;

    void paragraph(const QString &text, const TextStyle &style);
    // A block of `height` drawn by `paint` into (left, top, width, height).
    void block(qreal height, Painter paint);
    void space(qreal height);
    // Starts a new page unless `height` still fits on this one.
    void keepTogether(qreal height);
    // Lays out what `content` adds so that it stays on one page: when it
    // would run over the foot of this page it starts on the next one, unless
    // it is longer than a page (then it starts here and breaks where it
    // must). `content` may run more than once; it must only add to the flow.
    void keepOnOnePage(const std::function<void()> &content);
    void newPage();
    // The page being filled, from 0.
    int currentPage() const { return pageCount() - 1; }
    bool atPageTop() const { return m_y <= m_area.top(); }

    // The height `text` takes in `font` when wrapped to `width`.
    qreal textHeight(const QString &text, const QFont &font, qreal width) const;
    // Draws `text` wrapped into `rect` the way paragraphs are. `direction`
    // is the paragraph's (by default, that of its first letter).
    static void drawText(QPainter &painter, const QRectF &rect, const QString &text, const QFont &font,
        Qt::Alignment alignment = Qt::AlignLeft, Qt::LayoutDirection direction = Qt::LayoutDirectionAuto);

    // `text` as it is printed: line breaks as typed, and control characters
    // (other than tab and line breaks) as visible escapes, "␇" for U+0007 and
    // "<U+0085>" for the C1 ones, instead of the boxes no font draws.
    static QString printable(const QString &text);
    // `text` isolated from what surrounds it (between U+2068 FIRST STRONG
    // ISOLATE and U+2069 POP DIRECTIONAL ISOLATE): a name in Arabic or Hebrew
    // does not reorder the text around it.
    static QString isolated(const QString &text);

    // Paints the pages one after the other; `decorate` draws what every page
    // carries (header, footer, watermark) before its content. `nextPage`
    // starts a new page of the device and returns false when it cannot.
    bool paint(QPainter &painter, const std::function<void(QPainter &, int page, int pageCount)> &decorate,
        const std::function<bool()> &nextPage) const;

private:
    struct Item
    {
        QRectF rect;
        Painter paint;
    };

    // Where the flow stands, to go back there.
    struct Mark
    {
        qsizetype pages = 0;
        qsizetype items = 0;
        qreal y = 0;
    };
    Mark mark() const;
    void rollBack(const Mark &mark);

    std::unique_ptr<QTextLayout> layout(
        const QString &text, const QFont &font, qreal width, Qt::Alignment alignment) const;

    const QPaintDevice *m_device;
    QRectF m_area;
    qreal m_y = 0;
    QList<QList<Item>> m_pages;
};

} // namespace Paliers
