#pragma once

#include "exchange/assessmentexport.h"
#include "storage/storage.h"

#include <QString>

namespace Paliers::TestSupport {

// Comments as users type them: accents, markup characters that must stay
// literal, quotes, a line break.
QString literalComment();

// Stores the sample école with a 2025-2026 assessment of the écoles grid:
// every criterion answered (a mix of statuses), comments and evidence on a
// few, two action items; validated when `validate`. Returns its number.
qint64 fillSampleAssessment(Storage &storage, bool validate);

// Stores the sample collège with a draft 2025-2026 assessment of the jalons
// (creteil-jalons): DYN at jalon 2, ORG at 3, ESP at 1, RSC at 4, LIT not
// placed, jalonsComment() and an evidence on DYN-J2, one action item.
// Returns its number.
qint64 fillSampleJalons(Storage &storage);
QString jalonsComment();

// A fixed stamp, so that exports are reproducible.
ExportStamp fixedStamp(const QString &exportId = QStringLiteral("3f2a3c1e-6d1b-4b7e-9a55-0c2d7f1e8b90"));

// Re-signs an export document after a test edited it, as someone forging a
// file would.
QByteArray resign(QJsonObject document);

// The text of a PDF as poppler's pdftotext reads it (UTF-8), and the same
// without any white space, as pdftotext breaks lines where the PDF does.
QString pdfText(const QString &path);
QString squeezed(const QString &text);
// Copies `path` into the folder PALIERS_TEST_KEEP_PDF names, when set, to
// look at what a test wrote (under `name`).
void keepForInspection(const QString &path, const QString &name);
// The number of pages (pdfinfo) and the text of page `page`, from 1.
int pdfPageCount(const QString &path);
QString pdfPageText(const QString &path, int page);
// The fonts pdffonts lists: each line's columns, name first.
QList<QStringList> pdfFonts(const QString &path);

// Texts in the scripts schools write in besides French: Arabic, Hebrew,
// Cyrillic, Vietnamese, Turkish.
QString arabicText();
QString hebrewText();
QString cyrillicText();
QString multilingualComment();
QString multilingualEvidence();

} // namespace Paliers::TestSupport
