using FluentMcp.Orleans.Grains.Tools;
using FluentMcp.Orleans.Silo;
using FluentMcp.Orleans.TestSupport;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using ModelContextProtocol.Client;
using Orleans.Storage;

namespace FluentMcp.Orleans.Mcp.Tests.Infrastructure;

/// <summary>A silo whose budget storage cannot be written, with a tool that counts how often it really ran.</summary>
public sealed class FailingStorageSilo : IAsyncLifetime
{
    public const string Collection = "failing storage silo";
    public const string CountedTool = "counted_tool";

    private static int _runs;

    private WebApplication? _app;

    public static int Runs => Volatile.Read(ref _runs);

    public async Task InitializeAsync()
    {
        string[] args =
        [
            "--urls=http://127.0.0.1:0",
            $"--Cluster:SiloPort={FreePorts.Next()}",
            $"--Cluster:GatewayPort={FreePorts.Next()}",
        ];

        _app = SiloApplication.Create(args, builder =>
        {
            builder.Services.AddKeyedSingleton<IGrainStorage>(
                BudgetStorage.ProviderName,
                (_, _) => new FailingGrainStorage());
            builder.Services.AddMcpTool(
                CountedTool,
                ToolKind.External,
                "Counts its runs.",
                () => Interlocked.Increment(ref _runs));
        });
        await _app.StartAsync();
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }

    public Task<McpClient> ConnectAsync(string projectId)
    {
        var endpoint = new Uri(_app!.Urls.Single().TrimEnd('/') + SiloApplication.McpPath);
        var transport = new HttpClientTransport(new HttpClientTransportOptions
        {
            Endpoint = endpoint,
            TransportMode = HttpTransportMode.StreamableHttp,
            AdditionalHeaders = new Dictionary<string, string> { ["X-Project-Id"] = projectId },
        });
        return McpClient.CreateAsync(transport);
    }
}
