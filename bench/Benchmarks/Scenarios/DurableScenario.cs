using Azure.Data.Tables;
using FluentMcp.Orleans.Benchmarks.Hosting;
using FluentMcp.Orleans.Benchmarks.Measuring;
using FluentMcp.Orleans.Benchmarks.Reporting;

namespace FluentMcp.Orleans.Benchmarks.Scenarios;

/// <summary>
/// Scenario 5: budget checks with the budgets' state in Azure Table storage (Azurite), over a hot pair and over one
/// pair per call, beside plain single upserts to the same table at the same concurrency. An admission is
/// acknowledged only after its write, so the ratio shows what sharing writes (group commit) buys.
/// </summary>
internal sealed class DurableScenario(BenchSiloProcess silo, AzuriteServer azurite, string tableName)
{
    // About the size of a stored budget: two short bucket lists and a timestamp.
    private const int PayloadBytes = 64;

    public async Task<ScenarioReport> RunAsync(
        IReadOnlyList<int> inFlights,
        RoundPlan plan,
        CancellationToken cancellationToken)
    {
        var table = new TableClient(azurite.ConnectionString, tableName);
        await table.CreateIfNotExistsAsync(cancellationToken);

        var report = new ScenarioReport(
            "5 durable",
            "Budget check-and-update with Azure Table grain storage (Azurite on loopback), beside plain single "
            + "upserts to the same table",
            "measured");

        foreach (var inFlight in inFlights)
        {
            var contenders = new List<Contender> { Budget(ContenderNames.DurableHot, inFlight, PairSpread.Hot) };
            if (inFlight > 1)
            {
                contenders.Add(Budget(ContenderNames.DurableSpread, inFlight, PairSpread.OnePerCall));
            }

            contenders.Add(Contender.Local(ContenderNames.PlainWrites, n => PlainWrite(table, n), azurite.Process));
            report.Comparisons.Add(await ComparisonRunner.RunAsync(
                "durable (Azure Table storage on Azurite)", inFlight, contenders, plan, cancellationToken));
        }

        return report;
    }

    private Contender Budget(string name, int inFlight, PairSpread spread)
    {
        var projects = PairKeys.ProjectsOf($"durable-{inFlight}-{spread}", inFlight, spread.Pairs(inFlight));
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
            silo.Silo,
            azurite.Process);
    }

    private static Func<int, Task> PlainWrite(TableClient table, int inFlight)
    {
        var payload = new byte[PayloadBytes];
        var entities = Enumerable.Range(0, inFlight)
            .Select(worker => new TableEntity($"plain-{inFlight}-{worker}", "state") { ["Data"] = payload })
            .ToArray();
        return worker => table.UpsertEntityAsync(entities[worker], TableUpdateMode.Replace);
    }
}
