#pragma once

#include <benchmark/benchmark.h>
#include <map>
#include <string>
#include <utility>
#include <vector>

namespace Paliers::Bench {

// Prints what the console reporter prints, then, for each pair of benchmarks
// named here, the ratio of their medians: the figure the targets speak of.
class RatioReporter : public benchmark::ConsoleReporter
{
public:
    struct Pair
    {
        std::string measured;
        std::string baseline;
        double target; // the ratio not to exceed; 0 prints the ratio for reference only
    };

    // A median that must stay under a fixed time, in milliseconds.
    struct Limit
    {
        std::string measured;
        double maxMilliseconds;
    };

    explicit RatioReporter(std::vector<Pair> pairs, std::vector<Limit> limits = {});

    void ReportRuns(const std::vector<Run> &reports) override;
    void Finalize() override;
    bool allWithinTarget() const { return m_allWithinTarget; }

private:
    std::vector<Pair> m_pairs;
    std::vector<Limit> m_limits;
    std::map<std::string, double> m_medians; // real time, seconds
    bool m_allWithinTarget = true;
};

// Runs the benchmarks of the program, nine repetitions each, interleaved
// in a random order (the machines are shared and noisy: medians, not single
// runs, and no yardstick measured in a quieter minute), through `reporter`;
// returns the exit code: non-zero when a target is missed.
int runBenchmarks(int argc, char *argv[], RatioReporter &reporter);

} // namespace Paliers::Bench
