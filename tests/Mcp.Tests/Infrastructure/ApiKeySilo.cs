using FluentMcp.Orleans.Client;
using FluentMcp.Orleans.Grains.Tools;
using FluentMcp.Orleans.Silo;
using FluentMcp.Orleans.TestSupport;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using ModelContextProtocol.Client;

namespace FluentMcp.Orleans.Mcp.Tests.Infrastructure;

/// <summary>
/// A real silo whose MCP endpoint is configured with two API keys, each for a project of its own, the way an
/// operator configures it.
/// </summary>
public sealed class ApiKeySilo : IAsyncLifetime
{
    public const string Collection = "api key silo";
    public const string KeyA = "key-for-project-a-0123456789";
    public const string KeyB = "key-for-project-b-9876543210";

    private WebApplication? _app;

    /// <summary>Gets the project of <see cref="KeyA"/>; fresh per run, so that no budget is shared with other runs.</summary>
    public string ProjectA { get; } = Ids.New("key-a");

    /// <summary>Gets the project of <see cref="KeyB"/>.</summary>
    public string ProjectB { get; } = Ids.New("key-b");

    public Uri Endpoint { get; private set; } = null!;

    public IToolBudgetClient Budgets =>
        (_app ?? throw new InvalidOperationException("The silo is not started.")).Services
            .GetRequiredService<IToolBudgetClient>();

    public async Task InitializeAsync()
    {
        string[] args =
        [
            "--urls=http://127.0.0.1:0",
            $"--Cluster:SiloPort={FreePorts.Next()}",
            $"--Cluster:GatewayPort={FreePorts.Next()}",
            $"--Mcp:ApiKeys:0:Key={KeyA}",
            $"--Mcp:ApiKeys:0:ProjectId={ProjectA}",
            $"--Mcp:ApiKeys:1:Key={KeyB}",
            $"--Mcp:ApiKeys:1:ProjectId={ProjectB}",
        ];

        _app = SiloApplication.Create(args, builder => builder.Services
            .AddMcpTool(TestTools.Echo, ToolKind.External, "Sends the text back.", TestTools.EchoText));
        await _app.StartAsync();

        Endpoint = new Uri(_app.Urls.Single().TrimEnd('/') + SiloApplication.McpPath);
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }

    /// <summary>Connects an MCP client that sends exactly the given headers.</summary>
    public Task<McpClient> ConnectAsync(IDictionary<string, string> headers)
    {
        var transport = new HttpClientTransport(new HttpClientTransportOptions
        {
            Endpoint = Endpoint,
            TransportMode = HttpTransportMode.StreamableHttp,
            AdditionalHeaders = headers,
        });
        return McpClient.CreateAsync(transport);
    }

    /// <summary>Connects with <c>Authorization: Bearer</c> and the given key.</summary>
    public Task<McpClient> ConnectWithKeyAsync(string key) =>
        ConnectAsync(new Dictionary<string, string> { ["Authorization"] = $"Bearer {key}" });

    /// <summary>Gets the hourly usage of one (project, tool) budget.</summary>
    public async Task<int> UsageAsync(string projectId, string toolName) =>
        (await Budgets.GetRemainingBudgetAsync(projectId, toolName)).Hourly.Usage;
}
