// Words of Qt's own widgets that the catalogues of Qt 6.4 in Debian 12
// (qtbase_fr.qm, package qt6-translations-l10n) do not translate: Qt 6 moved
// them to new contexts that those catalogues do not know yet, so Qt's file
// dialog said « Folder » in a French interface. Listed here for lupdate, they
// are translated in paliers_fr.ts, which Qt consults after its own catalogue
// (translations/i18n.cpp installs both).
#include <QtGlobal>

namespace {

struct QtWord
{
    const char *source;
    const char *comment;
};

[[maybe_unused]] constexpr QtWord QtWordsMissingFromQtCatalogues[] = {
    // The « Type » column of the file dialog (QAbstractFileIconProvider::type).
    QT_TRANSLATE_NOOP3("QAbstractFileIconProvider", "Folder", "All other platforms"),
    QT_TRANSLATE_NOOP3("QAbstractFileIconProvider", "Drive", "a disk drive"),
};

} // namespace
