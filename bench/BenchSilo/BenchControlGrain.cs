using System.Diagnostics;
using FluentMcp.Orleans.Client;

namespace FluentMcp.Orleans.Benchmarks.Silo;

/// <summary>
/// Measures inside the silo process on the driver's behalf.
/// </summary>
internal sealed class BenchControlGrain(IToolBudgetClient budgets, IGrainFactory grains) : Grain, IBenchControlGrain
{
    public async Task<MemorySample> MeasureMemoryAsync()
    {
        // Aggressive mode compacts and gives free memory back to the OS, so the working set shows what is kept.
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);

        using var process = Process.GetCurrentProcess();
        var activations = await grains.GetGrain<IManagementGrain>(0).GetTotalActivationCount();
        return new MemorySample(GC.GetTotalMemory(forceFullCollection: false), process.WorkingSet64, activations);
    }

    public Task<RoundResult> RunRoundAsync(InSiloRound round)
    {
        ArgumentNullException.ThrowIfNull(round);

        var projects = PairKeys.ProjectsOf(round.ProjectPrefix, round.InFlight, round.Pairs);
        Func<int, Task> call = round.Target switch
        {
            InSiloTarget.Budget => worker => budgets.TryCheckAndUpdateBudgetAsync(projects[worker], round.ToolName),
            InSiloTarget.Bare => BareCall(projects, round.ToolName),
            _ => throw new ArgumentOutOfRangeException(nameof(round), round.Target, "Unknown in-silo target."),
        };

        // Off the grain's scheduler, the calls go out the way a request thread of the MCP endpoint sends them.
        return Task.Run(() => LoadRunner.RunAsync(call, round.InFlight, round.Duration));
    }

    private Func<int, Task> BareCall(string[] projects, string tool)
    {
        var references = new BareGrainReferences(grains);
        return worker => references.Get(ToolBudgetKey.Format(projects[worker], tool)).CallAsync(null);
    }
}
