#pragma once

class QAbstractScrollArea;

namespace Paliers {

// A frame in the highlight colour around a list, a table or a text box while
// it has the focus: the styles draw none, or one too faint to see, and a
// keyboard user must see where the keys go.
void showFocusFrame(QAbstractScrollArea *widget);

} // namespace Paliers
