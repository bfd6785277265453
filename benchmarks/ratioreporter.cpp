#include "ratioreporter.h"

#include <cstdio>

namespace Paliers::Bench {

RatioReporter::RatioReporter(std::vector<Pair> pairs)
    : m_pairs(std::move(pairs))
{
}

void RatioReporter::ReportRuns(const std::vector<Run> &reports)
{
    for (const Run &run : reports) {
        if (run.run_type == Run::RT_Aggregate && run.aggregate_name == "median")
            m_medians[run.run_name.function_name]
                = run.GetAdjustedRealTime() / benchmark::GetTimeUnitMultiplier(run.time_unit);
    }
    ConsoleReporter::ReportRuns(reports);
}

void RatioReporter::Finalize()
{
    ConsoleReporter::Finalize();
    std::printf("\n%-34s %-34s %12s %12s %8s %8s\n", "measured", "baseline", "median", "baseline", "ratio",
                "target");
    for (const Pair &pair : m_pairs) {
        const auto measured = m_medians.find(pair.measured);
        const auto baseline = m_medians.find(pair.baseline);
        if (measured == m_medians.end() || baseline == m_medians.end())
            continue; // filtered out of this run
        const double ratio = measured->second / baseline->second;
        if (pair.target <= 0) {
            std::printf("%-34s %-34s %10.3f ms %10.3f ms %8.2f %8s %s\n", pair.measured.c_str(),
                        pair.baseline.c_str(), measured->second * 1e3, baseline->second * 1e3, ratio, "-",
                        "(for reference)");
            continue;
        }
        const bool within = ratio <= pair.target;
        m_allWithinTarget = m_allWithinTarget && within;
        std::printf("%-34s %-34s %10.3f ms %10.3f ms %8.2f %7.2fx %s\n", pair.measured.c_str(),
                    pair.baseline.c_str(), measured->second * 1e3, baseline->second * 1e3, ratio, pair.target,
                    within ? "ok" : "OVER TARGET");
    }
}

} // namespace Paliers::Bench
