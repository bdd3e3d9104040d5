using System.Diagnostics;
using FluentMcp.Orleans.Client;
using FluentMcp.Orleans.Client.Cluster;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace FluentMcp.Orleans.Cluster.Tests.Infrastructure;

/// <summary>
/// Azurite and three silo processes on loopback, shared by the cluster tests, with an Orleans client in the test
/// process. Each test first calls <see cref="EnsureClusterAsync"/>, which repairs what an earlier test broke.
/// </summary>
public sealed class ClusterFixture : IAsyncLifetime
{
    public const string Collection = "process cluster";

    public const int SiloCount = 3;

    /// <summary>The tool with an hourly limit of 1,000 calls.</summary>
    public const string HotTool = "hot_tool";

    public const int HotHourlyLimit = 1000;

    /// <summary>The tool whose limits no test reaches.</summary>
    public const string SteadyTool = "steady_tool";

    private readonly string _clusterId = $"tests-{Guid.NewGuid():N}"[..20];
    private readonly List<SiloProcess> _silos = [];
    private IReadOnlyDictionary<string, string> _siloExtras = new Dictionary<string, string>();
    private IHost? _client;

    public Azurite Azurite { get; } = new();

    public StoredTables Tables => new(Azurite.ConnectionString);

    public IReadOnlyList<SiloProcess> Silos => _silos;

    public IClusterClient Client => _client?.Services.GetRequiredService<IClusterClient>()
        ?? throw new InvalidOperationException("The test client is not connected.");

    public IToolBudgetClient Budgets => _client?.Services.GetRequiredService<IToolBudgetClient>()
        ?? throw new InvalidOperationException("The test client is not connected.");

    /// <summary>Gets the <c>Cluster</c> settings every process of the cluster shares, as environment variables.</summary>
    public IReadOnlyDictionary<string, string> ClusterSettings => new Dictionary<string, string>
    {
        ["Cluster__Storage"] = nameof(ClusterStorage.AzureTable),
        ["Cluster__ConnectionString"] = Azurite.ConnectionString,
        ["Cluster__ClusterId"] = _clusterId,
        ["Cluster__ServiceId"] = "fluentmcp-tests",
    };

    private Dictionary<string, string> SiloSettings
    {
        get
        {
            var settings = new Dictionary<string, string>(ClusterSettings)
            {
                [$"Budget__DefaultLimits__{HotTool}__HourlyLimit"] = "1000",
                [$"Budget__DefaultLimits__{HotTool}__DailyLimit"] = "5000",
                [$"Budget__DefaultLimits__{SteadyTool}__HourlyLimit"] = "1000000",
                [$"Budget__DefaultLimits__{SteadyTool}__DailyLimit"] = "1000000",
                ["Budget__CleanupInterval"] = "00:00:02",
                ["Reminders__MinimumReminderPeriod"] = "00:00:01",

                // Find a dead silo in seconds rather than a minute.
                ["Membership__ProbeTimeout"] = "00:00:01",
                ["Membership__NumMissedProbesLimit"] = "2",
                ["Membership__TableRefreshTimeout"] = "00:00:01",
                ["Membership__IAmAliveTablePublishTimeout"] = "00:00:05",

                ["Logging__LogLevel__Default"] = "Warning",
                ["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information",
            };
            foreach (var (key, value) in _siloExtras)
            {
                settings[key] = value;
            }

            return settings;
        }
    }

    public async Task InitializeAsync()
    {
        try
        {
            await EnsureClusterAsync();
        }
        catch
        {
            // Leave no process behind when the cluster cannot start.
            await DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// Makes sure Azurite and <see cref="SiloCount"/> silos run with the default settings plus
    /// <paramref name="extraSiloSettings"/> (silos with other settings are stopped first), and that the test client
    /// is connected and sees every silo active.
    /// </summary>
    public async Task EnsureClusterAsync(IReadOnlyDictionary<string, string>? extraSiloSettings = null)
    {
        extraSiloSettings ??= new Dictionary<string, string>();
        await Azurite.StartAsync();

        if (!SameSettings(extraSiloSettings, _siloExtras))
        {
            await StopSilosAsync();
            _siloExtras = extraSiloSettings;
        }

        foreach (var dead in _silos.Where(s => s.HasExited).ToList())
        {
            _silos.Remove(dead);
            await dead.DisposeAsync();
        }

        var starting = Enumerable.Range(0, SiloCount - _silos.Count).Select(_ => SiloProcess.StartAsync(SiloSettings));
        _silos.AddRange(await Task.WhenAll(starting));

        _client ??= await ConnectClientAsync();
        await WaitForActiveSilosAsync();
    }

    /// <summary>Stops every silo gracefully and disconnects the test client; Azurite keeps running.</summary>
    public async Task StopSilosAsync()
    {
        await DisconnectClientAsync();
        await Task.WhenAll(_silos.Select(s => s.StopAsync()));
        foreach (var silo in _silos)
        {
            await silo.DisposeAsync();
        }

        _silos.Clear();
    }

    /// <summary>Gets the silo process that holds the activation of <paramref name="grain"/>.</summary>
    public async Task<SiloProcess> FindHostAsync(IAddressable grain)
    {
        var address = await Client.GetGrain<IManagementGrain>(0).GetActivationAddress(grain)
            ?? throw new InvalidOperationException("The grain has no activation.");
        return _silos.Single(s => s.SiloPort == address.Endpoint.Port);
    }

    /// <summary>
    /// Waits until the silos that the cluster's membership lists as active are exactly the running silo processes:
    /// a silo killed or stopped without leaving is declared dead, so no client picks its gateway any more.
    /// </summary>
    public async Task WaitForActiveSilosAsync()
    {
        var management = Client.GetGrain<IManagementGrain>(0);
        var deadline = Stopwatch.StartNew();
        var expected = _silos.Where(s => !s.HasExited).Select(s => s.SiloPort).Order().ToList();
        var active = new List<int>();
        while (deadline.Elapsed < TimeSpan.FromSeconds(60))
        {
            try
            {
                active = [.. (await management.GetHosts(onlyActive: true)).Keys.Select(a => a.Endpoint.Port).Order()];
                if (active.SequenceEqual(expected))
                {
                    return;
                }
            }
            catch (Exception ex) when (ex is TimeoutException or SiloUnavailableException or OrleansException)
            {
                // The cluster is still finding out which silos are gone.
            }

            await Task.Delay(TimeSpan.FromMilliseconds(250));
        }

        throw new TimeoutException(
            $"After 60 s the active silos are on ports {string.Join(", ", active)}, not {string.Join(", ", expected)}.");
    }

    public Task<LoadClientProcess> StartLoadClientAsync(
        string projectId,
        string toolName,
        int calls,
        int concurrency = 0,
        TimeSpan? pause = null,
        TimeSpan? responseTimeout = null) =>
        LoadClientProcess.StartAsync(ClusterSettings, projectId, toolName, calls, concurrency, pause, responseTimeout);

    /// <summary>Describes every silo's last output, to explain a failure.</summary>
    public string Diagnostics() => string.Join('\n', _silos.Select(s => s.Tail()));

    public async Task DisposeAsync()
    {
        await DisconnectClientAsync();
        foreach (var silo in _silos)
        {
            await silo.DisposeAsync();
        }

        await Azurite.DisposeAsync();
    }

    private static bool SameSettings(IReadOnlyDictionary<string, string> a, IReadOnlyDictionary<string, string> b) =>
        a.Count == b.Count && a.All(e => b.TryGetValue(e.Key, out var value) && value == e.Value);

    private async Task<IHost> ConnectClientAsync()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(
            ClusterSettings.Select(s => KeyValuePair.Create(
                s.Key.Replace("__", ":", StringComparison.Ordinal),
                (string?)s.Value)));
        builder.Logging.ClearProviders();
        builder.AddToolBudgetClusterClient();

        var host = builder.Build();
        await host.StartAsync();
        return host;
    }

    private async Task DisconnectClientAsync()
    {
        if (_client is { } client)
        {
            _client = null;
            using var stopping = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            try
            {
                await client.StopAsync(stopping.Token);
            }
            catch (OperationCanceledException)
            {
                // A client that cannot say goodbye is dropped all the same.
            }

            client.Dispose();
        }
    }
}

[CollectionDefinition(ClusterFixture.Collection)]
public sealed class ClusterFixtureDefinition : ICollectionFixture<ClusterFixture>;
