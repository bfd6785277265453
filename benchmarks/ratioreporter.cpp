#include "ratioreporter.h"

#include <cstdio>

namespace Paliers::Bench {

RatioReporter::RatioReporter(std::vector<Pair> pairs, std::vector<Limit> limits)
    : m_pairs(std::move(pairs))
    , m_limits(std::move(limits))
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
    std::printf("\n%-34s %-34s %12s %12s %8s %8s\n", "measured", "baseline", "median", "baseline", "ratio", "target");
    for (const Pair &pair : m_pairs) {
        const auto measured = m_medians.find(pair.measured);
        const auto baseline = m_medians.find(pair.baseline);
        if (measured == m_medians.end() || baseline == m_medians.end())
            continue; // filtered out of this run
        const double ratio = measured->second / baseline->second;
        if (pair.target <= 0) {
            std::printf("%-34s %-34s %10.3f ms %10.3f ms %8.2f %8s %s\n", pair.measured.c_str(), pair.baseline.c_str(),
                measured->second * 1e3, baseline->second * 1e3, ratio, "-", "(for reference)");
            continue;
        }
        const bool within = ratio <= pair.target;
        m_allWithinTarget = m_allWithinTarget && within;
        std::printf("%-34s %-34s %10.3f ms %10.3f ms %8.2f %7.2fx %s\n", pair.measured.c_str(), pair.baseline.c_str(),
            measured->second * 1e3, baseline->second * 1e3, ratio, pair.target, within ? "ok" : "OVER TARGET");
    }
    for (const Limit &limit : m_limits) {
        const auto measured = m_medians.find(limit.measured);
        if (measured == m_medians.end())
            continue;
        const double milliseconds = measured->second * 1e3;
        const bool within = milliseconds <= limit.maxMilliseconds;
        m_allWithinTarget = m_allWithinTarget && within;
        std::printf("%-34s median %10.3f ms, limit %.1f ms %s\n", limit.measured.c_str(), milliseconds,
            limit.maxMilliseconds, within ? "ok" : "OVER TARGET");
    }
}

int runBenchmarks(int argc, char *argv[], RatioReporter &reporter)
{
    std::vector<char *> arguments(argv, argv + argc);
    std::string repetitions = "--benchmark_repetitions=9";
    std::string aggregates = "--benchmark_report_aggregates_only=true";
    // The repetitions of all the benchmarks in a shuffled order: a machine
    // that slows down for a while slows a measure and its yardstick alike,
    // where one after the other it could slow only one of them.
    std::string interleaving = "--benchmark_enable_random_interleaving=true";
    arguments.push_back(repetitions.data());
    arguments.push_back(aggregates.data());
    arguments.push_back(interleaving.data());
    int count = static_cast<int>(arguments.size());
    benchmark::Initialize(&count, arguments.data());
    benchmark::RunSpecifiedBenchmarks(&reporter);
    benchmark::Shutdown();
    return reporter.allWithinTarget() ? 0 : 1;
}

} // namespace Paliers::Bench
