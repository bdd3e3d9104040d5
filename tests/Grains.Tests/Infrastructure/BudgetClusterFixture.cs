using FluentMcp.Orleans.Client;
using FluentMcp.Orleans.Grains.Budgets;
using FluentMcp.Orleans.Grains.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Orleans.Storage;
using Orleans.TestingHost;

namespace FluentMcp.Orleans.Grains.Tests.Infrastructure;

/// <summary>
/// A two-silo cluster with in-memory storage and reminders, budget time on a fake clock, and the test prompts.
/// </summary>
public abstract class BudgetClusterFixture : IAsyncLifetime
{
    private TestCluster? _cluster;

    public TestCluster Cluster => _cluster ?? throw new InvalidOperationException("The cluster is not started.");

    public IToolBudgetClient Budgets => new ToolBudgetClient(Cluster.Client);

    public abstract SteppingClock Clock { get; }

    /// <summary>Gets the grain factory inside each silo, to issue calls from every silo.</summary>
    public IReadOnlyList<IGrainFactory> SiloGrainFactories =>
        [.. Cluster.Silos
            .Cast<InProcessSiloHandle>()
            .Select(silo => silo.SiloHost.Services.GetRequiredService<IGrainFactory>())];

    protected abstract void AddConfigurator(TestClusterBuilder builder);

    protected virtual IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Budget:PromptsDirectory"] = Path.Combine(AppContext.BaseDirectory, "prompts"),
        ["Budget:DefaultLimits:search_database:HourlyLimit"] = "50",
        ["Budget:DefaultLimits:search_database:DailyLimit"] = "500",
        ["Budget:DefaultLimits:limited_tool:HourlyLimit"] = "3",
        ["Budget:DefaultLimits:limited_tool:DailyLimit"] = "5",
        ["Budget:DefaultLimits:hourly_only_tool:HourlyLimit"] = "7",
    };

    public async Task InitializeAsync()
    {
        var builder = new TestClusterBuilder(2);
        builder.ConfigureHostConfiguration(config => config.AddInMemoryCollection(Settings));
        builder.Options.ClusterId = Ids.New("budgets");
        AddConfigurator(builder);
        _cluster = builder.Build();
        await _cluster.DeployAsync();
    }

    public async Task DisposeAsync()
    {
        if (_cluster is not null)
        {
            await _cluster.DisposeAsync();
        }
    }

    public IToolBudgetGrain Grain(string projectId, string toolName) =>
        Cluster.Client.GetGrain<IToolBudgetGrain>(ToolBudgetKey.Format(projectId, toolName));

    /// <summary>Creates a prompt with run-time limits for one tool and returns its id.</summary>
    public async Task<string> NewPromptAsync(string toolName, int? hourly, int? daily)
    {
        var promptId = Ids.New("prompt");
        await Budgets.SetCustomLimitsAsync(
            promptId,
            new Dictionary<string, ToolLimitOverride> { [toolName] = new(hourly, daily) });
        return promptId;
    }

    /// <summary>Reads the stored usage of a pair straight from the silo's grain storage.</summary>
    internal async Task<ToolBudgetState?> ReadStoredUsageAsync(string projectId, string toolName)
    {
        var silo = (InProcessSiloHandle)Cluster.Primary!;
        var storage = silo.SiloHost.Services.GetRequiredKeyedService<IGrainStorage>(BudgetStorage.ProviderName);
        var state = new GrainState<ToolBudgetState>();
        await storage.ReadStateAsync("usage", Grain(projectId, toolName).GetGrainId(), state);
        return state.RecordExists ? state.State : null;
    }

    public async Task<bool> HasCleanupReminderAsync(string projectId, string toolName)
    {
        var silo = (InProcessSiloHandle)Cluster.Primary!;
        var table = silo.SiloHost.Services.GetRequiredService<IReminderTable>();
        var rows = await table.ReadRows(Grain(projectId, toolName).GetGrainId());
        return rows.Reminders.Any(r => r.ReminderName == ToolBudgetGrain.CleanupReminderName);
    }

    /// <summary>Configures a test silo; the clock is the fixture's own.</summary>
    protected static void ConfigureSilo(ISiloBuilder silo, TimeProvider clock) =>
        silo.AddMemoryGrainStorage(BudgetStorage.ProviderName)
            .UseInMemoryReminderService()
            .ConfigureServices(services => services.AddKeyedSingleton(BudgetServiceKeys.TimeProvider, clock))
            .AddToolBudgets();
}

/// <summary>
/// The shared cluster of most tests. Its cleanup reminders are an hour apart, so they stay out of the way.
/// </summary>
public sealed class BudgetCluster : BudgetClusterFixture
{
    public const string Collection = "budget cluster";

    internal static readonly SteppingClock SharedClock =
        new(new FakeTimeProvider(new DateTimeOffset(2026, 12, 3, 8, 0, 0, TimeSpan.Zero)));

    public override SteppingClock Clock => SharedClock;

    protected override void AddConfigurator(TestClusterBuilder builder) =>
        builder.AddSiloBuilderConfigurator<SiloConfigurator>();

    protected override IDictionary<string, string?> Settings
    {
        get
        {
            var settings = base.Settings;
            settings["Budget:CleanupInterval"] = "01:00:00";
            return settings;
        }
    }

    public sealed class SiloConfigurator : ISiloConfigurator
    {
        public void Configure(ISiloBuilder siloBuilder) => ConfigureSilo(siloBuilder, SharedClock);
    }
}

[CollectionDefinition(BudgetCluster.Collection)]
public sealed class BudgetClusterDefinition : ICollectionFixture<BudgetCluster>;
