using System.CommandLine;
using System.Globalization;
using FluentMcp.Orleans.Benchmarks;

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

var benchDirectory = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", ".."));

var roundSeconds = new Option<double>("--round-seconds")
{
    Description = "Length of one timed round, in seconds.",
    DefaultValueFactory = _ => 2,
};
var rounds = new Option<int>("--rounds")
{
    Description = "Timed rounds per contender; each figure is their median.",
    DefaultValueFactory = _ => 5,
};
var warmupRounds = new Option<int>("--warmup-rounds")
{
    Description = "Untimed rounds per contender before the timed ones.",
    DefaultValueFactory = _ => 1,
};
var inFlight = new Option<int[]>("--in-flight")
{
    Description = "Calls in flight for scenarios 1-3.",
    DefaultValueFactory = _ => [1, 64, 256],
    AllowMultipleArgumentsPerToken = true,
};
var durableInFlight = new Option<int[]>("--durable-in-flight")
{
    Description = "Calls in flight for the durable scenario (5).",
    DefaultValueFactory = _ => [1, 64],
    AllowMultipleArgumentsPerToken = true,
};
var mcpInFlight = new Option<int[]>("--mcp-in-flight")
{
    Description = "Calls in flight for the MCP scenario (6).",
    DefaultValueFactory = _ => [1, 16],
    AllowMultipleArgumentsPerToken = true,
};
var scenarios = new Option<string[]>("--scenarios")
{
    Description = $"Scenarios to run: {string.Join(", ", ScenarioNames.All)}.",
    DefaultValueFactory = _ => ScenarioNames.All,
    AllowMultipleArgumentsPerToken = true,
};
scenarios.AcceptOnlyFromAmong(ScenarioNames.All);
var memoryProjects = new Option<int>("--memory-projects")
{
    Description = "Projects of the memory scenario (7).",
    DefaultValueFactory = _ => 1_000,
};
var memoryTools = new Option<int>("--memory-tools")
{
    Description = "Tools per project of the memory scenario (7).",
    DefaultValueFactory = _ => 100,
};
var memoryCheck = new Option<int>("--memory-check")
{
    Description = "Pairs called again after deactivation to check their usage.",
    DefaultValueFactory = _ => 1_000,
};
var collectionAge = new Option<int>("--collection-age-seconds")
{
    Description = "Idle time after which the memory scenario's silo collects an activation.",
    DefaultValueFactory = _ => 120,
};
var silo = new Option<string>("--silo")
{
    Description = "The bench silo assembly.",
    DefaultValueFactory = _ => Path.Combine(
        benchDirectory, "BenchSilo", "bin", "Release", "net10.0", "FluentMcp.Orleans.BenchSilo.dll"),
};
var mcpHost = new Option<string>("--mcp-host")
{
    Description = "The bench MCP host assembly (the product silo with two bench tools).",
    DefaultValueFactory = _ => Path.Combine(
        benchDirectory, "McpHost", "bin", "Release", "net10.0", "FluentMcp.Orleans.Benchmarks.McpHost.dll"),
};
var redisServer = new Option<string>("--redis-server")
{
    Description = "The redis-server program.",
    DefaultValueFactory = _ => "redis-server",
};
var azurite = new Option<string>("--azurite")
{
    Description = "Azurite's Table service program.",
    DefaultValueFactory = _ => Path.Combine(benchDirectory, "node_modules", ".bin", "azurite-table"),
};
var output = new Option<string>("--output")
{
    Description = "Where latest.json and latest.md go.",
    DefaultValueFactory = _ => Path.Combine(benchDirectory, "results"),
};

var root = new RootCommand("Benchmarks of FluentMcp.Orleans tool budgets against the bare grain call and a Redis limiter.")
{
    roundSeconds, rounds, warmupRounds, inFlight, durableInFlight, mcpInFlight, scenarios, memoryProjects, memoryTools,
    memoryCheck, collectionAge, silo, mcpHost, redisServer, azurite, output,
};
root.SetAction((parsed, cancellationToken) =>
{
    var options = new BenchmarkOptions
    {
        RoundDuration = TimeSpan.FromSeconds(parsed.GetValue(roundSeconds)),
        Rounds = parsed.GetValue(rounds),
        WarmupRounds = parsed.GetValue(warmupRounds),
        InFlight = parsed.GetValue(inFlight)!,
        DurableInFlight = parsed.GetValue(durableInFlight)!,
        McpInFlight = parsed.GetValue(mcpInFlight)!,
        Scenarios = parsed.GetValue(scenarios)!.ToHashSet(StringComparer.Ordinal),
        SiloPath = Path.GetFullPath(parsed.GetValue(silo)!),
        McpHostPath = Path.GetFullPath(parsed.GetValue(mcpHost)!),
        RedisServerPath = parsed.GetValue(redisServer)!,
        AzuritePath = Path.GetFullPath(parsed.GetValue(azurite)!),
        OutputDirectory = Path.GetFullPath(parsed.GetValue(output)!),
        MemoryProjects = parsed.GetValue(memoryProjects),
        MemoryToolsPerProject = parsed.GetValue(memoryTools),
        MemoryCheckPairs = parsed.GetValue(memoryCheck),
        CollectionAge = TimeSpan.FromSeconds(parsed.GetValue(collectionAge)),
        CommandLine = string.Join(' ', ["bench/run.sh", .. args]),
    };
    return new BenchmarkRun(options).RunAsync(cancellationToken);
});

return await root.Parse(args).InvokeAsync();
