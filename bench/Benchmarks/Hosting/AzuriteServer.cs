namespace FluentMcp.Orleans.Benchmarks.Hosting;

/// <summary>
/// Azurite's Table service on 127.0.0.1 and a free port, with its data in a temporary folder and telemetry off.
/// </summary>
internal sealed class AzuriteServer : IAsyncDisposable
{
    // Azurite's published development account; it opens nothing but the local emulator.
    private const string DevelopmentAccount = "devstoreaccount1";
    private const string DevelopmentKey =
        "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private readonly string _location;

    private AzuriteServer(ChildProcess process, string location, int port)
    {
        Process = process;
        _location = location;
        ConnectionString = $"DefaultEndpointsProtocol=http;AccountName={DevelopmentAccount};AccountKey={DevelopmentKey};"
            + $"TableEndpoint=http://127.0.0.1:{port}/{DevelopmentAccount};";
    }

    public ChildProcess Process { get; }

    public string ConnectionString { get; }

    public static async Task<AzuriteServer> StartAsync(string azuriteTablePath, string logDirectory)
    {
        var port = FreePort.Next();
        var location = Directory.CreateTempSubdirectory("fluentmcp-bench-azurite-").FullName;
        var process = ChildProcess.Start(
            "azurite",
            azuriteTablePath,
            ["--tableHost", "127.0.0.1", "--tablePort", $"{port}", "--location", location, "--disableTelemetry",
                "--skipApiVersionCheck", "--silent"],
            environment: null,
            logDirectory);
        var server = new AzuriteServer(process, location, port);
        try
        {
            await FreePort.WaitForListenerAsync(port, TimeSpan.FromSeconds(60), process);
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Process.DisposeAsync();
        Directory.Delete(_location, recursive: true);
    }
}
