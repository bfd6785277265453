#pragma once

#include "referential/referentialcatalog.h"

class QWidget;

namespace Paliers {

// Pictures of the application for the documentation and for looking at what
// was built: the main views filled with the built-in example, in a throwaway
// folder so that no user data is touched.
namespace Screenshots {

// Writes welcome.png, establishments.png, grid.png, summary.png and
// establishment-dialog.png into `folder`; returns the process exit code.
int saveAll(ReferentialCatalog catalog, const QString &folder);

} // namespace Screenshots

} // namespace Paliers
