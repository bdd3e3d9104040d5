using FluentMcp.Orleans.Mcp;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace FluentMcp.Orleans.McpStdio;

/// <summary>
/// Builds the stdio MCP server: stdout carries only JSON-RPC, every log line goes to stderr.
/// </summary>
internal static class StdioServer
{
    public static IHost Build(StdioSettings settings)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = [],
            ContentRootPath = AppContext.BaseDirectory,
        });

        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.AddFilter("Orleans", LogLevel.Warning);
        builder.Logging.AddFilter("ModelContextProtocol", LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft", LogLevel.Warning);

        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.AddClusterClient(settings);
        builder.Services.AddMcpServer(o => o.ServerInfo = new() { Name = "FluentMcp.Orleans.Stdio", Version = "1.0.0" })
            .WithStdioServerTransport()
            .WithClusterTools(o =>
            {
                o.DefaultProjectId = settings.ProjectId;
                o.DefaultPromptId = settings.PromptId;
            });

        return builder.Build();
    }
}
