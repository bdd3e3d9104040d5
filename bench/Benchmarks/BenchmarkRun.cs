using System.Diagnostics;
using FluentMcp.Orleans.Benchmarks.Hosting;
using FluentMcp.Orleans.Benchmarks.Measuring;
using FluentMcp.Orleans.Benchmarks.Reporting;
using FluentMcp.Orleans.Benchmarks.Scenarios;

namespace FluentMcp.Orleans.Benchmarks;

/// <summary>
/// Starts the servers each group of scenarios needs, runs the scenarios, and writes the report. A scenario that
/// fails is reported as failed and the others still run; every server is stopped before the run ends.
/// </summary>
internal sealed class BenchmarkRun(BenchmarkOptions options)
{
    private const int InSiloInFlight = 64;
    private const int RefusingInFlight = 64;
    private const int StateSerializerInFlight = 64;
    private const string DurableTable = "BenchGrainState";

    private readonly List<ScenarioReport> _scenarios = [];
    private readonly string _logDirectory = Directory.CreateTempSubdirectory("fluentmcp-bench-").FullName;

    private RoundPlan Plan => new(options.WarmupRounds, options.Rounds, options.RoundDuration);

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var started = TimeProvider.System.GetUtcNow();
        var clock = Stopwatch.StartNew();
        var machine = RuntimeIdentity.Read();
        var loadAtStart = RuntimeIdentity.LoadAverage();
        Console.WriteLine(
            $"Machine: {machine.Cores} cores, {machine.MemoryGiB} GiB, {machine.OperatingSystem}, {machine.Framework}");
        Console.WriteLine($"Server logs: {_logDirectory}");

        await RunMemoryStorageScenariosAsync(cancellationToken);
        await RunDurableScenarioAsync(cancellationToken);
        await RunMcpScenarioAsync(cancellationToken);

        await RunMemoryScenarioAsync(cancellationToken);

        var report = new BenchmarkReport(
            machine,
            options.CommandLine,
            started,
            clock.Elapsed.TotalMinutes,
            loadAtStart,
            RuntimeIdentity.LoadAverage(),
            options.RoundDuration.TotalSeconds,
            options.Rounds,
            options.WarmupRounds,
            _scenarios,
            GoalEvaluator.Evaluate(_scenarios));
        await ReportWriter.WriteAsync(report, options.OutputDirectory);
        Console.WriteLine($"Wrote {Path.Combine(options.OutputDirectory, "latest.json")} and latest.md "
            + $"after {report.Minutes:F1} min.");
        return _scenarios.Any(s => s.Status == "failed") ? 1 : 0;
    }

    private async Task RunMemoryStorageScenariosAsync(CancellationToken cancellationToken)
    {
        string[] wanted =
            [ScenarioNames.Client, ScenarioNames.Refusing, ScenarioNames.StateSerializer, ScenarioNames.InSilo];
        if (!wanted.Any(options.Runs))
        {
            return;
        }

        Console.WriteLine("Scenarios 1-4: one silo with memory storage, Redis beside it");
        await using var redis = await StartRedisAsync();
        // The product silo keeps memory state in Orleans' binary format; the bench silo does the same.
        await using var silo = await BenchSiloProcess.StartAsync(
            options.SiloPath, new BenchSiloSettings { Name = "silo-memory", BinaryMemoryState = true }, _logDirectory);

        var client = new ClientScenario(silo, redis);
        await GuardAsync(
            ScenarioNames.Client,
            "1-3 client",
            () => client.RunAdmittingAsync(options, Plan, cancellationToken));
        await GuardAsync(
            ScenarioNames.Refusing,
            "1b refusing",
            () => client.RunRefusingAsync(RefusingInFlight, Plan, cancellationToken));
        await GuardAsync(ScenarioNames.StateSerializer, "1c state serializer", async () =>
        {
            await using var json = await BenchSiloProcess.StartAsync(
                options.SiloPath,
                new BenchSiloSettings { Name = "silo-memory-json", BinaryMemoryState = false },
                _logDirectory);
            return await new StateSerializerScenario(json, silo)
                .RunAsync(StateSerializerInFlight, Plan, cancellationToken);
        });
        await GuardAsync(
            ScenarioNames.InSilo,
            "4 in-silo",
            () => new InSiloScenario(silo).RunAsync(InSiloInFlight, Plan, cancellationToken));
    }

    private async Task RunDurableScenarioAsync(CancellationToken cancellationToken)
    {
        if (!options.Runs(ScenarioNames.Durable))
        {
            return;
        }

        if (!File.Exists(options.AzuritePath))
        {
            _scenarios.Add(ScenarioReport.NotMeasured(
                "5 durable",
                "Budget check-and-update with Azure Table grain storage (Azurite)",
                $"Azurite was not found at {options.AzuritePath}; bench/run.sh installs it with npm ci."));
            return;
        }

        Console.WriteLine("Scenario 5: one silo with Azure Table storage on Azurite");
        await GuardAsync(ScenarioNames.Durable, "5 durable", async () =>
        {
            await using var azurite = await AzuriteServer.StartAsync(options.AzuritePath, _logDirectory);
            await using var silo = await BenchSiloProcess.StartAsync(
                options.SiloPath,
                new BenchSiloSettings
                {
                    Name = "silo-azure",
                    Storage = "AzureTable",
                    AzureTableConnectionString = azurite.ConnectionString,
                },
                _logDirectory);
            return await new DurableScenario(silo, azurite, DurableTable)
                .RunAsync(options.DurableInFlight, Plan, cancellationToken);
        });
    }

    private async Task RunMcpScenarioAsync(CancellationToken cancellationToken)
    {
        if (!options.Runs(ScenarioNames.Mcp))
        {
            return;
        }

        Console.WriteLine("Scenario 6: the product silo serving MCP, with a charged and an uncharged trivial tool");
        await GuardAsync(ScenarioNames.Mcp, McpScenario.Id, async () =>
        {
            await using var host = await McpHostProcess.StartAsync(options.McpHostPath, _logDirectory);
            return await new McpScenario(host).RunAsync(options.McpInFlight, Plan, cancellationToken);
        });
    }

    private async Task RunMemoryScenarioAsync(CancellationToken cancellationToken)
    {
        if (!options.Runs(ScenarioNames.Memory))
        {
            return;
        }

        Console.WriteLine("Scenario 7: a fresh silo with memory storage and a short collection age");
        await GuardAsync(ScenarioNames.Memory, "7 memory", async () =>
        {
            await using var silo = await BenchSiloProcess.StartAsync(
                options.SiloPath,
                new BenchSiloSettings
                {
                    Name = "silo-memory-footprint",
                    CollectionAge = options.CollectionAge,
                    BinaryMemoryState = true,
                },
                _logDirectory);
            return await new MemoryScenario(silo).RunAsync(options, cancellationToken);
        });
    }

    private async Task<RedisServer?> StartRedisAsync()
    {
        try
        {
            return await RedisServer.StartAsync(options.RedisServerPath, _logDirectory);
        }
        catch (Exception ex) when (ex is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            Console.WriteLine($"redis-server could not be started ({ex.Message}); the Redis limiter is left out.");
            return null;
        }
    }

    private async Task GuardAsync(string name, string id, Func<Task<ScenarioReport>> scenario)
    {
        if (!options.Runs(name))
        {
            return;
        }

        try
        {
            _scenarios.Add(await scenario());
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Console.WriteLine($"Scenario {id} failed: {ex}");
            _scenarios.Add(new ScenarioReport(id, name, "failed") { Notes = [ex.Message] });
        }
    }
}
