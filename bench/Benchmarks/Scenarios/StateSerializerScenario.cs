using FluentMcp.Orleans.Benchmarks.Hosting;
using FluentMcp.Orleans.Benchmarks.Measuring;
using FluentMcp.Orleans.Benchmarks.Reporting;

namespace FluentMcp.Orleans.Benchmarks.Scenarios;

/// <summary>
/// What the state serializer of memory storage costs an admission: the budget check on the silo as configured
/// (Orleans' default JSON grain storage serializer) beside a second silo whose memory storage keeps state in Orleans'
/// binary format, with one pair per call so that every call writes.
/// </summary>
internal sealed class StateSerializerScenario(BenchSiloProcess jsonSilo, BenchSiloProcess binarySilo)
{
    public async Task<ScenarioReport> RunAsync(int inFlight, RoundPlan plan, CancellationToken cancellationToken)
    {
        Contender[] contenders =
        [
            Budget(ContenderNames.Budget, jsonSilo, inFlight),
            Budget(ContenderNames.BudgetBinaryState, binarySilo, inFlight),
        ];

        var report = new ScenarioReport(
            "1c state serializer",
            "Budget check-and-update with memory storage's default JSON state serializer and with Orleans' binary one",
            "measured");
        report.Comparisons.Add(await ComparisonRunner.RunAsync(
            $"every call admitted and written, {PairSpread.OnePerCall.Describe(inFlight)}",
            inFlight,
            contenders,
            plan,
            cancellationToken));
        return report;
    }

    private static Contender Budget(string name, BenchSiloProcess silo, int inFlight)
    {
        var projects = PairKeys.ProjectsOf($"serializer-{inFlight}", inFlight, inFlight);
        var budgets = silo.Budgets;
        return Contender.Local(
            name,
            _ => async worker =>
            {
                var decision = await budgets.TryCheckAndUpdateBudgetAsync(
                    projects[worker],
                    BenchSiloSettings.AdmittedTool);
                Refused.ThrowIf(!decision.Admitted);
            },
            silo.Silo);
    }
}
