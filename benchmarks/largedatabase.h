#pragma once

#include "referential/referentialcatalog.h"

#include <QString>

namespace Paliers::Bench {

// The database the speed targets speak of: 5,000 establishments (half
// écoles, half collèges), three school years of fully answered assessments
// each, with one history row per answer.
namespace LargeDatabase {

constexpr int Establishments = 5000;

// Creates it at `path` (built with set-based SQL, in seconds) and returns
// the path; aborts on failure, as a benchmark without its data means nothing.
// `establishments` and `years` (ending with 2024-2025) change its size.
QString create(
    const QString &path, const ReferentialCatalog &catalog, int establishments = Establishments, int years = 3);

} // namespace LargeDatabase

} // namespace Paliers::Bench
