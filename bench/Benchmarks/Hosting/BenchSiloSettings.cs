namespace FluentMcp.Orleans.Benchmarks.Hosting;

/// <summary>
/// How a bench silo is started: its storage, how long idle activations live, and the budget limits that the
/// scenarios rely on (set as <c>Budget__*</c> environment variables, the way an operator configures a silo).
/// </summary>
internal sealed record BenchSiloSettings
{
    /// <summary>A tool whose limits are high enough that every call of a run is admitted.</summary>
    public const string AdmittedTool = "search";

    /// <summary>A tool whose hourly limit refuses every call after the first <see cref="RefusingHourlyLimit"/>.</summary>
    public const string RefusingTool = "limited";

    public const int HighLimit = 2_000_000_000;
    public const int RefusingHourlyLimit = 100;
    public const int RefusingDailyLimit = 1_000;

    public string Name { get; init; } = "silo";

    /// <summary>Gets the storage: <c>Memory</c> or <c>AzureTable</c>.</summary>
    public string Storage { get; init; } = "Memory";

    public string? AzureTableConnectionString { get; init; }

    public TimeSpan? CollectionAge { get; init; }

    /// <summary>Gets a value indicating whether memory storage keeps state in Orleans' binary format, not JSON.</summary>
    public bool BinaryMemoryState { get; init; }

    public Dictionary<string, string> ToEnvironment(int siloPort, int gatewayPort, string clusterId)
    {
        var environment = new Dictionary<string, string>
        {
            ["BenchSilo__SiloPort"] = $"{siloPort}",
            ["BenchSilo__GatewayPort"] = $"{gatewayPort}",
            ["BenchSilo__ClusterId"] = clusterId,
            ["BenchSilo__Storage"] = Storage,
            ["BenchSilo__BinaryMemoryState"] = BinaryMemoryState ? "true" : "false",
            ["Budget__DefaultHourlyLimit"] = $"{HighLimit}",
            ["Budget__DefaultDailyLimit"] = $"{HighLimit}",
            [$"Budget__DefaultLimits__{RefusingTool}__HourlyLimit"] = $"{RefusingHourlyLimit}",
            [$"Budget__DefaultLimits__{RefusingTool}__DailyLimit"] = $"{RefusingDailyLimit}",
            ["Budget__PromptsDirectory"] = string.Empty,
            ["DOTNET_ENVIRONMENT"] = "Production",
        };
        if (AzureTableConnectionString is not null)
        {
            environment["BenchSilo__AzureTableConnectionString"] = AzureTableConnectionString;
        }

        if (CollectionAge is { } age)
        {
            environment["BenchSilo__CollectionAge"] = age.ToString("c");
        }

        return environment;
    }
}
