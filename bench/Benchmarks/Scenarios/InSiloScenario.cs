using FluentMcp.Orleans.Benchmarks.Hosting;
using FluentMcp.Orleans.Benchmarks.Measuring;
using FluentMcp.Orleans.Benchmarks.Reporting;

namespace FluentMcp.Orleans.Benchmarks.Scenarios;

/// <summary>
/// Scenario 4: budget checks made inside the silo process through its own grain factory, as the MCP endpoint makes
/// them, beside the bare grain call made the same way. The load runs in the silo; this process only starts rounds.
/// </summary>
internal sealed class InSiloScenario(BenchSiloProcess silo)
{
    public async Task<ScenarioReport> RunAsync(int inFlight, RoundPlan plan, CancellationToken cancellationToken)
    {
        var report = new ScenarioReport(
            "4 in-silo",
            "Budget check-and-update inside the silo process, through IToolBudgetClient on the silo's grain factory",
            "measured");

        foreach (var spread in PairSpreadExtensions.For(inFlight))
        {
            var prefix = $"in-silo-{inFlight}-{spread}";
            Contender[] contenders =
            [
                InSilo(ContenderNames.InSiloBudget, InSiloTarget.Budget, prefix, spread),
                InSilo(ContenderNames.InSiloBare, InSiloTarget.Bare, prefix, spread),
            ];
            report.Comparisons.Add(await ComparisonRunner.RunAsync(
                $"inside the silo, {spread.Describe(inFlight)}", inFlight, contenders, plan, cancellationToken));
        }

        return report;
    }

    private Contender InSilo(string name, InSiloTarget target, string prefix, PairSpread spread)
    {
        var control = silo.Cluster.GetGrain<IBenchControlGrain>(0);
        return new Contender(
            name,
            (inFlight, duration) => control.RunRoundAsync(new InSiloRound(
                target,
                inFlight,
                spread.Pairs(inFlight),
                prefix,
                BenchSiloSettings.AdmittedTool,
                duration)),
            [silo.Silo]);
    }
}
