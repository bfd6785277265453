#include "exchange/compactjson.h"

#include <algorithm>
#include <cstring>
#include <QVarLengthArray>

namespace Paliers {

namespace {

// Qt's parser accepts deeper nesting; deeper than this goes Qt's way.
constexpr int MaxDepth = 256;
// Up to 18 digits an integer is a qint64, which Qt writes back digit for
// digit; longer ones may become doubles.
constexpr qsizetype MaxIntegerDigits = 18;

char hexDigit(uint value)
{
    return static_cast<char>(value < 10 ? '0' + value : 'a' + value - 10);
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isContinuation(uchar c)
{
    return (c & 0xC0) == 0x80;
}

// The length of the well-formed UTF-8 sequence of a character other than a
// noncharacter at `p` (its first byte 0x80 or more), or 0.
qsizetype utf8Length(const char *p, const char *end)
{
    const auto byte = [&](qsizetype i) {
        return static_cast<uchar>(p[i]);
    };
    const qsizetype left = end - p;
    const uchar lead = byte(0);
    char32_t code = 0;
    qsizetype length = 0;
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
        code = lead & 0x1F;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        code = lead & 0x0F;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        code = lead & 0x07;
    } else {
        return 0;
    }
    if (left < length)
        return 0;
    for (qsizetype i = 1; i < length; ++i) {
        if (!isContinuation(byte(i)))
            return 0;
        code = (code << 6) | (byte(i) & 0x3F);
    }
    const char32_t smallest = length == 2 ? 0x80 : length == 3 ? 0x800 : 0x10000;
    if (code < smallest || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
        return 0; // overlong, past Unicode, or a surrogate
    if ((code >= 0xFDD0 && code <= 0xFDEF) || (code & 0xFFFE) == 0xFFFE)
        return 0; // a noncharacter: left to Qt
    return length;
}

class CompactWriter
{
public:
    CompactWriter(QByteArrayView text, QLatin1StringView droppedKey)
        : m_p(text.data())
        , m_end(text.data() + text.size())
        , m_droppedKey(droppedKey.data(), droppedKey.size())
        // Never longer than the text: each byte written stands for one read or more.
        , m_out(text.size(), Qt::Uninitialized)
        , m_w(m_out.data())
    {
    }

    std::optional<QByteArray> write()
    {
        skipSpace();
        if (!at('{') || !object(0))
            return std::nullopt;
        skipSpace();
        if (m_p != m_end)
            return std::nullopt;
        m_out.truncate(written());
        return std::move(m_out);
    }

private:
    // One member of an object as written to m_out: from its key's opening
    // quote to the end of its value.
    struct Member
    {
        qsizetype start;
        qsizetype end;
        qsizetype keyLength;
    };

    bool at(char c) const { return m_p != m_end && *m_p == c; }

    // Where the next byte goes in m_out.
    qsizetype written() const { return m_w - m_out.constData(); }
    void put(char c)
    {
        Q_ASSERT(written() < m_out.size());
        *m_w++ = c;
    }
    void put(const char *bytes, qsizetype length)
    {
        Q_ASSERT(written() + length <= m_out.size());
        std::memcpy(m_w, bytes, static_cast<size_t>(length));
        m_w += length;
    }
    void put(QByteArrayView bytes) { put(bytes.data(), bytes.size()); }

    void skipSpace()
    {
        while (m_p != m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
            ++m_p;
    }

    static QByteArrayView keyOf(const char *bytes, const Member &member, qsizetype offset = 0)
    {
        return QByteArrayView(bytes + member.start - offset + 1, member.keyLength);
    }

    bool value(int depth)
    {
        if (m_p == m_end)
            return false;
        switch (*m_p) {
        case '{':
            return object(depth + 1);
        case '[':
            return array(depth + 1);
        case '"':
            return string();
        case 't':
            return literal("true");
        case 'f':
            return literal("false");
        case 'n':
            return literal("null");
        default:
            return number();
        }
    }

    bool object(int depth)
    {
        if (depth > MaxDepth)
            return false;
        ++m_p;
        put('{');
        const qsizetype contentStart = written();
        QVarLengthArray<Member, 16> members;
        bool sorted = true;
        skipSpace();
        if (at('}')) {
            ++m_p;
            put('}');
            return true;
        }
        while (true) {
            skipSpace();
            const qsizetype memberStart = written();
            if (!members.isEmpty())
                put(',');
            const qsizetype keyStart = written();
            if (!at('"') || !key())
                return false;
            const qsizetype keyLength = written() - keyStart - 2;
            skipSpace();
            if (!at(':'))
                return false;
            ++m_p;
            put(':');
            skipSpace();
            if (!value(depth))
                return false;
            const Member member {keyStart, written(), keyLength};
            if (depth == 0 && !m_droppedKey.isEmpty() && keyOf(m_out.constData(), member) == m_droppedKey) {
                m_w = m_out.data() + memberStart;
            } else {
                if (!members.isEmpty()) {
                    const int order
                        = keyOf(m_out.constData(), members.last()).compare(keyOf(m_out.constData(), member));
                    if (order == 0)
                        return false; // the same key twice: Qt keeps the last
                    sorted = sorted && order < 0;
                }
                members.append(member);
            }
            skipSpace();
            if (at(',')) {
                ++m_p;
                continue;
            }
            if (!at('}'))
                return false;
            ++m_p;
            break;
        }
        if (!sorted && !sort(contentStart, members))
            return false;
        put('}');
        return true;
    }

    // Writes the members again in the order of their keys (ASCII: byte order
    // is Qt's order).
    bool sort(qsizetype contentStart, QVarLengthArray<Member, 16> &members)
    {
        const QByteArray copy(m_out.constData() + contentStart, written() - contentStart);
        std::sort(members.begin(), members.end(), [&](const Member &a, const Member &b) {
            return keyOf(copy.constData(), a, contentStart).compare(keyOf(copy.constData(), b, contentStart)) < 0;
        });
        m_w = m_out.data() + contentStart;
        for (qsizetype i = 0; i < members.size(); ++i) {
            const Member &member = members.at(i);
            if (i > 0) {
                if (keyOf(copy.constData(), members.at(i - 1), contentStart)
                    == keyOf(copy.constData(), member, contentStart))
                    return false;
                put(',');
            }
            put(copy.constData() + member.start - contentStart, member.end - member.start);
        }
        return true;
    }

    bool array(int depth)
    {
        if (depth > MaxDepth)
            return false;
        ++m_p;
        put('[');
        skipSpace();
        if (at(']')) {
            ++m_p;
            put(']');
            return true;
        }
        while (true) {
            skipSpace();
            if (!value(depth))
                return false;
            skipSpace();
            if (at(',')) {
                ++m_p;
                put(',');
                continue;
            }
            if (!at(']'))
                return false;
            ++m_p;
            put(']');
            return true;
        }
    }

    // A key of printable ASCII characters other than '"' and '\', copied.
    bool key()
    {
        const char *start = m_p++;
        while (m_p != m_end && *m_p != '"') {
            const char c = *m_p;
            if (c < 0x20 || c > 0x7E || c == '\\')
                return false;
            ++m_p;
        }
        if (m_p == m_end)
            return false;
        ++m_p;
        put(start, m_p - start);
        return true;
    }

    bool string()
    {
        ++m_p;
        put('"');
        const char *run = m_p; // characters copied as they are, not yet written
        while (true) {
            if (m_p == m_end)
                return false;
            const auto c = static_cast<uchar>(*m_p);
            if (c == '"' || c == '\\') {
                put(run, m_p - run);
                if (c == '"')
                    break;
                if (!escape())
                    return false;
                run = m_p;
            } else if (c < 0x20) {
                return false;
            } else if (c < 0x80) {
                ++m_p;
            } else {
                const qsizetype length = utf8Length(m_p, m_end);
                if (length == 0)
                    return false;
                m_p += length;
            }
        }
        ++m_p;
        put('"');
        return true;
    }

    // An escape, written as Qt writes the character it stands for.
    bool escape()
    {
        if (m_end - m_p < 2)
            return false;
        const char kind = m_p[1];
        switch (kind) {
        case '"':
        case '\\':
        case 'b':
        case 'f':
        case 'n':
        case 'r':
        case 't':
            put('\\');
            put(kind);
            m_p += 2;
            return true;
        case '/':
            put('/');
            m_p += 2;
            return true;
        case 'u':
            break;
        default:
            return false;
        }
        if (m_end - m_p < 6)
            return false;
        int code = 0;
        for (int i = 2; i < 6; ++i) {
            const int digit = hexValue(m_p[i]);
            if (digit < 0)
                return false;
            code = code * 16 + digit;
        }
        if (code >= 0x80)
            return false; // written as UTF-8 by Qt; left to Qt
        m_p += 6;
        switch (code) {
        case '"':
            put("\\\"");
            break;
        case '\\':
            put("\\\\");
            break;
        case '\b':
            put("\\b");
            break;
        case '\f':
            put("\\f");
            break;
        case '\n':
            put("\\n");
            break;
        case '\r':
            put("\\r");
            break;
        case '\t':
            put("\\t");
            break;
        default:
            if (code < 0x20) {
                put("\\u00");
                put(hexDigit(static_cast<uint>(code) >> 4));
                put(hexDigit(static_cast<uint>(code) & 0xF));
            } else {
                put(static_cast<char>(code));
            }
        }
        return true;
    }

    // An integer Qt writes back as it is: no fraction, no exponent, not -0.
    bool number()
    {
        const char *start = m_p;
        const bool negative = at('-');
        if (negative)
            ++m_p;
        if (m_p == m_end || !isDigit(*m_p))
            return false;
        if (*m_p == '0') {
            if (negative)
                return false;
            ++m_p;
        } else {
            while (m_p != m_end && isDigit(*m_p))
                ++m_p;
        }
        if (m_p - start - (negative ? 1 : 0) > MaxIntegerDigits)
            return false;
        if (m_p != m_end && (isDigit(*m_p) || *m_p == '.' || *m_p == 'e' || *m_p == 'E'))
            return false;
        put(start, m_p - start);
        return true;
    }

    bool literal(QByteArrayView word)
    {
        if (m_end - m_p < word.size() || QByteArrayView(m_p, word.size()) != word)
            return false;
        m_p += word.size();
        put(word);
        return true;
    }

    const char *m_p;
    const char *const m_end;
    const QByteArrayView m_droppedKey;
    QByteArray m_out;
    char *m_w;
};

} // namespace

std::optional<QByteArray> compactJsonFromText(QByteArrayView text, QLatin1StringView droppedKey)
{
    return CompactWriter(text, droppedKey).write();
}

} // namespace Paliers
