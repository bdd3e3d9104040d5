using FluentMcp.Orleans.TestSupport;

namespace FluentMcp.Orleans.Cluster.Tests.Infrastructure;

/// <summary>
/// Azurite's table service on a loopback port, with a data folder of its own that outlives restarts.
/// </summary>
public sealed class Azurite : IAsyncDisposable
{
    /// <summary>The emulator's published development account key.</summary>
    private const string DevelopmentKey =
        "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private readonly string _location = Directory.CreateTempSubdirectory("fluentmcp-azurite-").FullName;
    private ChildProcess? _process;

    public int Port { get; } = FreePorts.TakeBelowEphemeralRange(1)[0];

    public string ConnectionString =>
        $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={DevelopmentKey};"
        + $"TableEndpoint=http://127.0.0.1:{Port}/devstoreaccount1;";

    public bool IsRunning => _process is { HasExited: false };

    public async Task StartAsync()
    {
        if (IsRunning)
        {
            return;
        }

        if (!File.Exists(Repository.AzuriteTable))
        {
            throw new InvalidOperationException(
                $"{Repository.AzuriteTable} is missing: run 'npm ci' in {Repository.Root} (scripts/test.sh does).");
        }

        _process = ChildProcess.Start(
            "azurite",
            Repository.AzuriteTable,
            [
                "--disableTelemetry",
                "--tableHost", "127.0.0.1",
                "--tablePort", Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
                "--location", _location,
                "--skipApiVersionCheck",
            ],
            new Dictionary<string, string>(),
            _location);
        await _process.WaitForLineAsync(
            l => l.Contains("successfully started", StringComparison.Ordinal),
            TimeSpan.FromSeconds(30));
    }

    /// <summary>
    /// Stops Azurite the way an operator would, with Ctrl+C, so that it saves its data first. Azurite handles only
    /// SIGINT: on SIGTERM or a crash it loses the writes of its last few seconds, which it had acknowledged.
    /// </summary>
    public async Task StopAsync()
    {
        if (_process is { } process)
        {
            await process.StopAsync("INT", TimeSpan.FromSeconds(15));
            await process.DisposeAsync();
            _process = null;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_process is { } process)
        {
            await process.DisposeAsync();
        }

        try
        {
            Directory.Delete(_location, recursive: true);
        }
        catch (IOException)
        {
            // A temporary folder left behind is harmless.
        }
    }
}
