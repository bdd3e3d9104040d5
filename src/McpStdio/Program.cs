using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using FluentMcp.Orleans.Client.Cluster;
using FluentMcp.Orleans.McpStdio;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

const string GatewayPortVariable = "FLUENTMCP_GATEWAY_PORT";
var gatewayPort = new Option<int?>("--gateway-port")
{
    Description = $"With the embedded silo: its gateway port on 127.0.0.1 (env {GatewayPortVariable}); "
        + "sets Cluster:GatewayPort. Default: 30000.",
    CustomParser = result => WholeNumber(result, "--gateway-port", 1, 65535, "a port"),
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
var serviceId = new Option<string?>("--service-id")
{
    Description = "The Orleans service id of the cluster; sets Cluster:ServiceId. Default: fluentmcp.",
};
var clusterId = new Option<string?>("--cluster-id")
{
    Description = "The Orleans cluster id; sets Cluster:ClusterId. Default: fluentmcp.",
};
var connectTimeout = new Option<int?>("--connect-timeout")
{
    Description = "Seconds to keep trying to reach the cluster at start. Default: 30.",
    CustomParser = result => WholeNumber(result, "--connect-timeout", 1, 86_400, "a number of seconds"),
};

var root = new RootCommand(
    "Offers the external tools of a FluentMcp.Orleans cluster to an MCP client over stdio. The cluster is found as "
    + "the silos' Cluster settings say (environment Cluster__Storage, Cluster__ConnectionString, ...).")
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
    var cluster = new Dictionary<string, string?>();
    var port = result.GetValue(gatewayPort);
    if (port is null && Environment.GetEnvironmentVariable(GatewayPortVariable) is { } fromEnvironment)
    {
        // A bad value must not fall back to the default port: that could reach another cluster's silo.
        if (!int.TryParse(fromEnvironment, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed)
            || parsed is < 1 or > 65535)
        {
            await Console.Error.WriteLineAsync(
                $"{GatewayPortVariable} must be a port from 1 to 65535, not '{fromEnvironment}'.");
            return 1;
        }

        port = parsed;
    }

    if (port is { } chosen)
    {
        cluster["Cluster:GatewayPort"] = chosen.ToString(CultureInfo.InvariantCulture);
    }

    if (result.GetValue(serviceId) is { } service)
    {
        cluster["Cluster:ServiceId"] = service;
    }

    if (result.GetValue(clusterId) is { } id)
    {
        cluster["Cluster:ClusterId"] = id;
    }

    var settings = new StdioSettings(
        cluster,
        result.GetValue(project)!,
        result.GetValue(prompt),
        TimeSpan.FromSeconds(result.GetValue(connectTimeout) ?? 30));
    if (StdioSettings.Problem(settings) is { } problem)
    {
        await Console.Error.WriteLineAsync(problem);
        return 1;
    }

    IHost host;
    try
    {
        host = StdioServer.Build(settings);
    }
    catch (OptionsValidationException error)
    {
        await Console.Error.WriteLineAsync(
            "Invalid cluster settings:" + Environment.NewLine + string.Join(Environment.NewLine, error.Failures));
        return 1;
    }

    using (host)
    {
        try
        {
            await host.StartAsync(cancellationToken);
        }
        catch (Exception error) when (error is OrleansException or TimeoutException or SiloUnavailableException)
        {
            // The retry filter has already said why in the log; end without a stack trace.
            await Console.Error.WriteLineAsync($"Could not reach the cluster: {error.Message}");
            return 1;
        }

        var logger = host.Services.GetRequiredService<ILoggerFactory>().CreateLogger("FluentMcp.Orleans.McpStdio");
        var options = host.Services.GetRequiredService<BudgetClusterOptions>();
        StdioLog.Serving(logger, options.Storage, options.ClusterId, settings.ProjectId);
        await host.WaitForShutdownAsync(cancellationToken);
        return 0;
    }
});

// stdout carries JSON-RPC only: usage, help and argument errors go to stderr too.
var streams = new InvocationConfiguration { Output = Console.Error, Error = Console.Error };
return await root.Parse(args).InvokeAsync(streams);

// System.CommandLine's own message for a value that does not parse names a .NET type; this one gives the range.
static int? WholeNumber(ArgumentResult result, string option, int min, int max, string what)
{
    var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Join(' ', result.Tokens);
    if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
        && value >= min
        && value <= max)
    {
        return value;
    }

    result.AddError($"{option} must be {what} from {min} to {max}, not '{text}'.");
    return null;
}
