using FluentMcp.Orleans.Client;
using FluentMcp.Orleans.Grains.Tools;
using FluentMcp.Orleans.Silo;
using FluentMcp.Orleans.TestSupport;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using ModelContextProtocol.Client;

namespace FluentMcp.Orleans.Mcp.Tests.Infrastructure;

/// <summary>
/// One real silo per test collection, started as the product starts it, on free loopback ports, with test tools
/// added through the public registration API.
/// </summary>
public sealed class McpSilo : IAsyncLifetime
{
    public const string Collection = "mcp silo";
    public const string DefaultProject = "mcp-tests-default";

    private WebApplication? _app;

    public Uri Endpoint { get; private set; } = null!;

    public IServiceProvider Services => _app?.Services ?? throw new InvalidOperationException("The silo is not started.");

    /// <summary>Gets the budget client of the silo, to read and spend usage without going through MCP.</summary>
    public IToolBudgetClient Budgets => Services.GetRequiredService<IToolBudgetClient>();

    /// <summary>Gets the tool client of the silo, the one MCP server processes use.</summary>
    public IToolExecutionClient Tools => Services.GetRequiredService<IToolExecutionClient>();

    public async Task InitializeAsync()
    {
        string[] args =
        [
            "--urls=http://127.0.0.1:0",
            $"--Cluster:SiloPort={FreePorts.Next()}",
            $"--Cluster:GatewayPort={FreePorts.Next()}",
            $"--Budget:DefaultProjectId={DefaultProject}",
            $"--Budget:DefaultLimits:{TestTools.Limited}:HourlyLimit=2",
            $"--Budget:DefaultLimits:{TestTools.Ten}:HourlyLimit=10",
            $"--Budget:DefaultLimits:{TestTools.Twenty}:HourlyLimit=20",
            $"--Budget:DefaultLimits:{TestTools.BothLow}:HourlyLimit=10",
            $"--Budget:DefaultLimits:{TestTools.BothLow}:DailyLimit=10",
        ];

        _app = SiloApplication.Create(args, builder => builder.Services
            .AddMcpTool(TestTools.Echo, ToolKind.External, "Sends the text back.", TestTools.EchoText)
            .AddMcpTool(TestTools.Failing, ToolKind.External, "Always fails.", TestTools.Fail)
            .AddMcpTool(TestTools.EmbeddedEcho, ToolKind.Embedded, "Answers pong.", TestTools.Ping)
            .AddMcpTool(TestTools.Limited, ToolKind.External, "Answers pong, twice an hour.", TestTools.Ping)
            .AddMcpTool(TestTools.Ten, ToolKind.External, "Answers pong.", TestTools.Ping)
            .AddMcpTool(TestTools.Twenty, ToolKind.External, "Answers pong.", TestTools.Ping)
            .AddMcpTool(TestTools.BothLow, ToolKind.External, "Answers pong.", TestTools.Ping));
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

    /// <summary>Connects an MCP client, with an <c>X-Project-Id</c> and an <c>X-Prompt-Id</c> header when given.</summary>
    public Task<McpClient> ConnectAsync(string? projectId = null, string? promptId = null)
    {
        var headers = new Dictionary<string, string>();
        if (projectId is not null)
        {
            headers["X-Project-Id"] = projectId;
        }

        if (promptId is not null)
        {
            headers["X-Prompt-Id"] = promptId;
        }

        var transport = new HttpClientTransport(new HttpClientTransportOptions
        {
            Endpoint = Endpoint,
            TransportMode = HttpTransportMode.StreamableHttp,
            AdditionalHeaders = headers,
        });
        return McpClient.CreateAsync(transport, new McpClientOptions
        {
            ClientInfo = new() { Name = "mcp-tests", Version = "1.0.0" },
        });
    }

    /// <summary>Gets the hourly usage of one (project, tool) budget.</summary>
    public async Task<int> UsageAsync(string projectId, string toolName) =>
        (await Budgets.GetRemainingBudgetAsync(projectId, toolName)).Hourly.Usage;

    /// <summary>Spends budget directly through the budget client.</summary>
    public async Task SpendAsync(string projectId, string toolName, int calls)
    {
        for (var i = 0; i < calls; i++)
        {
            await Budgets.CheckAndUpdateBudgetAsync(projectId, toolName);
        }
    }
}
