using System.Globalization;
using FluentMcp.Orleans.TestSupport;

namespace FluentMcp.Orleans.Cluster.Tests.Infrastructure;

/// <summary>
/// One silo of the test cluster, run from the built silo program with its own silo, gateway and HTTP ports.
/// </summary>
public sealed class SiloProcess : IAsyncDisposable
{
    private readonly ChildProcess _process;

    private SiloProcess(int siloPort, int gatewayPort, int httpPort, ChildProcess process)
    {
        SiloPort = siloPort;
        GatewayPort = gatewayPort;
        HttpPort = httpPort;
        _process = process;
    }

    public int SiloPort { get; }

    public int GatewayPort { get; }

    public int HttpPort { get; }

    public bool HasExited => _process.HasExited;

    public static async Task<SiloProcess> StartAsync(IReadOnlyDictionary<string, string> settings)
    {
        // Another process may still take a chosen port before the silo binds it; then the silo exits and another
        // set of ports is tried.
        for (var attempt = 1; ; attempt++)
        {
            var silo = Launch(settings);
            try
            {
                // The host logs this once every hosted service, the Orleans silo among them, has started.
                await silo._process.WaitForLineAsync(
                    l => l.Contains("Application started", StringComparison.Ordinal),
                    TimeSpan.FromSeconds(60));
                return silo;
            }
            catch (InvalidOperationException) when (attempt < 3 && silo.Tail().Contains("is taken by another process"))
            {
                await silo.DisposeAsync();
            }
            catch
            {
                await silo.DisposeAsync();
                throw;
            }
        }
    }

    private static SiloProcess Launch(IReadOnlyDictionary<string, string> settings)
    {
        var ports = FreePorts.TakeBelowEphemeralRange(3);
        var environment = new Dictionary<string, string>(settings)
        {
            ["Cluster__SiloPort"] = ports[0].ToString(CultureInfo.InvariantCulture),
            ["Cluster__GatewayPort"] = ports[1].ToString(CultureInfo.InvariantCulture),
        };
        var process = ChildProcess.Start(
            $"silo {ports[0]}",
            "dotnet",
            [Repository.SiloProgram, "--urls", $"http://127.0.0.1:{ports[2]}"],
            environment,
            Repository.SiloDirectory);
        return new SiloProcess(ports[0], ports[1], ports[2], process);
    }

    /// <summary>Kills the silo with no chance to clean up, as a crash or <c>kill -9</c> would.</summary>
    public void Kill() => _process.Kill();

    /// <summary>Stops the silo gracefully: it leaves the cluster and deactivates its grains.</summary>
    public Task StopAsync() => _process.StopAsync("TERM", TimeSpan.FromSeconds(20));

    public string Tail() => _process.Tail();

    public ValueTask DisposeAsync() => _process.DisposeAsync();
}
