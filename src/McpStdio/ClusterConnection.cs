using FluentMcp.Orleans.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace FluentMcp.Orleans.McpStdio;

/// <summary>
/// The one place where this process connects to the cluster: localhost clustering through one gateway port for now;
/// another clustering provider replaces only this class.
/// </summary>
internal static class ClusterConnection
{
    public static IHostApplicationBuilder AddClusterClient(this IHostApplicationBuilder builder, StdioSettings settings)
    {
        builder.UseOrleansClient(client => client
            .UseLocalhostClustering(settings.GatewayPort, settings.ServiceId, settings.ClusterId)
            .UseConnectionRetryFilter<ConnectionRetryFilter>()
            .AddToolBudgetClient());
        builder.Services.AddSingleton(settings);
        return builder;
    }
}
