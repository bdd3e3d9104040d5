using FluentMcp.Orleans.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace FluentMcp.Orleans.Benchmarks.Hosting;

/// <summary>
/// A one-silo cluster in a child process, and this process's Orleans client connected to it over loopback.
/// </summary>
internal sealed class BenchSiloProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);

    private readonly IHost _client;

    private BenchSiloProcess(ChildProcess silo, IHost client)
    {
        Silo = silo;
        _client = client;
    }

    public ChildProcess Silo { get; }

    public IClusterClient Cluster => _client.Services.GetRequiredService<IClusterClient>();

    public IToolBudgetClient Budgets => _client.Services.GetRequiredService<IToolBudgetClient>();

    public static async Task<BenchSiloProcess> StartAsync(
        string siloPath,
        BenchSiloSettings settings,
        string logDirectory)
    {
        var siloPort = FreePort.Next();
        var gatewayPort = FreePort.Next();
        var clusterId = $"bench-{settings.Name}-{Environment.ProcessId}";

        var silo = ChildProcess.Start(
            settings.Name,
            "dotnet",
            [siloPath],
            settings.ToEnvironment(siloPort, gatewayPort, clusterId),
            logDirectory,
            BenchSiloReady.Line);
        try
        {
            await silo.WaitUntilReadyAsync(StartTimeout);

            var builder = Host.CreateApplicationBuilder();
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
            builder.UseOrleansClient(client => client
                .UseLocalhostClustering(gatewayPort, "fluentmcp-bench", clusterId)
                .AddToolBudgetClient());
            var client = builder.Build();
            await client.StartAsync();
            return new BenchSiloProcess(silo, client);
        }
        catch
        {
            await silo.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await _client.StopAsync();
        }
        finally
        {
            _client.Dispose();
            await Silo.DisposeAsync();
        }
    }
}
