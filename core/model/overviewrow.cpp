#include "model/overviewrow.h"

namespace Paliers {

QStringList OverviewRow::blocking() const
{
    return blockingIds.isEmpty() ? QStringList() : blockingIds.split(QLatin1Char(','));
}

} // namespace Paliers
