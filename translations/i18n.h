#pragma once

#include <QString>

class QCoreApplication;

namespace Paliers::I18n {

// "fr" unless the system speaks English: the grids are French, and so are
// most of the people who fill them.
QString defaultLanguage();

// Installs Paliers' catalog and Qt's own (buttons, file dialogs) for
// `language` ("fr" or "en") on the running application. Returns false when
// Paliers' own catalog could not be loaded.
bool install(const QString &language);

} // namespace Paliers::I18n
