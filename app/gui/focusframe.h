#pragma once

#include <QAbstractScrollArea>
#include <QString>

namespace Paliers {

// A frame in the highlight colour around a list, a table or a text box while
// it has the focus: the styles draw none, or one too faint to see, and a
// keyboard user must see where the keys go.
inline void showFocusFrame(QAbstractScrollArea *widget)
{
    widget->setStyleSheet(QStringLiteral("%1:focus { border: 2px solid palette(highlight); }")
                              .arg(QString::fromLatin1(widget->metaObject()->className())));
}

} // namespace Paliers
