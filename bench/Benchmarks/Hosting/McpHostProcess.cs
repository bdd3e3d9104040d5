namespace FluentMcp.Orleans.Benchmarks.Hosting;

/// <summary>
/// The bench MCP host in a child process: the product silo made by <c>SiloApplication.Create</c>, with the two bench
/// tools, serving MCP over streamable HTTP on a free loopback port.
/// </summary>
internal sealed class McpHostProcess : IAsyncDisposable
{
    /// <summary>The tool behind the budget gate.</summary>
    public const string ChargedTool = "bench_echo";

    /// <summary>The same trivial tool, not charged: the budget gate is skipped.</summary>
    public const string FreeTool = "bench_echo_free";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);

    private McpHostProcess(ChildProcess host, Uri endpoint)
    {
        Host = host;
        Endpoint = endpoint;
    }

    public ChildProcess Host { get; }

    /// <summary>Gets the MCP endpoint, <c>http://127.0.0.1:port/mcp</c>.</summary>
    public Uri Endpoint { get; }

    public static async Task<McpHostProcess> StartAsync(string hostPath, string logDirectory)
    {
        var httpPort = FreePort.Next();
        var high = $"{BenchSiloSettings.HighLimit}";
        string[] arguments =
        [
            hostPath,
            $"--urls=http://127.0.0.1:{httpPort}",
            $"--Cluster:SiloPort={FreePort.Next()}",
            $"--Cluster:GatewayPort={FreePort.Next()}",
            $"--Cluster:ClusterId=bench-mcp-{Environment.ProcessId}",
            $"--Budget:DefaultHourlyLimit={high}",
            $"--Budget:DefaultDailyLimit={high}",
            $"--Budget:DefaultLimits:{ChargedTool}:HourlyLimit={high}",
            $"--Budget:DefaultLimits:{ChargedTool}:DailyLimit={high}",
            "--Logging:LogLevel:Default=Warning",
            "--Logging:LogLevel:Microsoft.Hosting.Lifetime=Warning",
        ];
        var host = ChildProcess.Start(
            "mcp-host",
            "dotnet",
            arguments,
            new Dictionary<string, string> { ["DOTNET_ENVIRONMENT"] = "Production", ["ASPNETCORE_ENVIRONMENT"] = "Production" },
            logDirectory,
            BenchSiloReady.Line);
        try
        {
            await host.WaitUntilReadyAsync(StartTimeout);
            return new McpHostProcess(host, new Uri($"http://127.0.0.1:{httpPort}/mcp"));
        }
        catch
        {
            await host.DisposeAsync();
            throw;
        }
    }

    public ValueTask DisposeAsync() => Host.DisposeAsync();
}
