using System.Text.Json;
using FluentMcp.Orleans.Client;
using FluentMcp.Orleans.Client.Cluster;
using FluentMcp.Orleans.LoadClient;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;

// Connects to the cluster that the Cluster settings describe, sends the Load settings' calls, and writes one JSON
// report to standard output; progress and logs go to standard error, so standard output holds the report only.
var builder = Host.CreateApplicationBuilder(args);
builder.Logging.ClearProviders();
builder.Logging.AddConsole(console => console.LogToStandardErrorThreshold = LogLevel.Trace);
builder.AddToolBudgetClusterClient();

var options = builder.Configuration.GetSection(LoadOptions.SectionName).Get<LoadOptions>() ?? new LoadOptions();
ArgumentException.ThrowIfNullOrWhiteSpace(options.ProjectId, "Load:ProjectId");
ArgumentException.ThrowIfNullOrWhiteSpace(options.ToolName, "Load:ToolName");

builder.Services.Configure<ClientMessagingOptions>(builder.Configuration.GetSection("ClientMessaging"));

using var host = builder.Build();
await host.StartAsync();

using var stopSending = new CancellationTokenSource();
if (options.WaitForGo)
{
    await Console.Error.WriteLineAsync("ready");
    await Console.In.ReadLineAsync();
    _ = Task.Run(async () =>
    {
        await Console.In.ReadLineAsync();
        await stopSending.CancelAsync();
    });
}

var runner = new LoadRunner(host.Services.GetRequiredService<IToolBudgetClient>(), options, TimeProvider.System);
var report = await runner.RunAsync(Console.Error, stopSending.Token);
await Console.Out.WriteLineAsync(JsonSerializer.Serialize(report, LoadRunner.Json));

await host.StopAsync();
