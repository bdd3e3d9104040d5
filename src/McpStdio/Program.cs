using System.CommandLine;
using FluentMcp.Orleans.McpStdio;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

var gatewayPort = new Option<int>("--gateway-port")
{
    Description = "The cluster gateway port on 127.0.0.1 (env FLUENTMCP_GATEWAY_PORT).",
    DefaultValueFactory = _ => int.TryParse(Environment.GetEnvironmentVariable("FLUENTMCP_GATEWAY_PORT"), out var port)
        ? port
        : 30000,
};
var project = new Option<string>("--project")
{
    Description = "The project of calls that name none in _meta.project_id (env FLUENTMCP_PROJECT_ID).",
    DefaultValueFactory = _ => Environment.GetEnvironmentVariable("FLUENTMCP_PROJECT_ID") ?? "default",
};
var prompt = new Option<string?>("--prompt")
{
    Description = "The prompt whose limits apply to calls that name none in _meta.prompt_id (env FLUENTMCP_PROMPT_ID).",
    DefaultValueFactory = _ => Environment.GetEnvironmentVariable("FLUENTMCP_PROMPT_ID"),
};
var serviceId = new Option<string>("--service-id")
{
    Description = "The Orleans service id of the cluster.",
    DefaultValueFactory = _ => "dev",
};
var clusterId = new Option<string>("--cluster-id")
{
    Description = "The Orleans cluster id.",
    DefaultValueFactory = _ => "dev",
};
var connectTimeout = new Option<int>("--connect-timeout")
{
    Description = "Seconds to keep trying to reach the cluster at start.",
    DefaultValueFactory = _ => 30,
};

var root = new RootCommand("Offers the external tools of a FluentMcp.Orleans cluster to an MCP client over stdio.")
{
    gatewayPort,
    project,
    prompt,
    serviceId,
    clusterId,
    connectTimeout,
};

root.SetAction(async (result, cancellationToken) =>
{
    var settings = new StdioSettings(
        result.GetValue(gatewayPort),
        result.GetValue(serviceId)!,
        result.GetValue(clusterId)!,
        result.GetValue(project)!,
        result.GetValue(prompt),
        TimeSpan.FromSeconds(result.GetValue(connectTimeout)));

    using var host = StdioServer.Build(settings);
    await host.StartAsync(cancellationToken);
    var logger = host.Services.GetRequiredService<ILoggerFactory>().CreateLogger("FluentMcp.Orleans.McpStdio");
    StdioLog.Serving(logger, settings.GatewayPort, settings.ProjectId);
    await host.WaitForShutdownAsync(cancellationToken);
    return 0;
});

return await root.Parse(args).InvokeAsync();
