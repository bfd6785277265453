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

    explicit RatioReporter(std::vector<Pair> pairs);

    void ReportRuns(const std::vector<Run> &reports) override;
    void Finalize() override;
    bool allWithinTarget() const { return m_allWithinTarget; }

private:
    std::vector<Pair> m_pairs;
    std::map<std::string, double> m_medians; // real time, seconds
    bool m_allWithinTarget = true;
};

} // namespace Paliers::Bench
