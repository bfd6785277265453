#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace Paliers::I18n {

// "fr" unless the system speaks English: the grids are French, and so are
// most of the people who fill them.
QString defaultLanguage();
// The language to start in: `choice` ("fr" or "en", from the preferences or
// the command line) when it is one of those, else defaultLanguage().
QString startLanguage(const QString &choice);
// The languages the interface speaks, as codes.
QStringList languages();
// The language both programs start in: `--language xx` or `--language=xx`
// among `arguments` (the program's name excluded; taken out of them), else
// the preference (View → Language, in the user's settings), else the
// system's; see startLanguage(). Read before the command line is parsed, so
// that --help is translated.
QString chosenLanguage(QStringList &arguments);

// Installs Paliers' catalog and Qt's own (buttons, file dialogs) for
// `language` ("fr" or "en") on the running application. Returns false when
// Paliers' own catalog could not be loaded.
bool install(const QString &language);

} // namespace Paliers::I18n
