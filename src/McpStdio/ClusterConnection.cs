using FluentMcp.Orleans.Client;
using FluentMcp.Orleans.Client.Cluster;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace FluentMcp.Orleans.McpStdio;

/// <summary>
/// The one place where this process connects to the cluster: the <c>Cluster</c> settings the silos use (a localhost
/// gateway with the embedded default, the gateway list in Azure Table storage on a cluster).
/// </summary>
internal static class ClusterConnection
{
    /// <exception cref="Microsoft.Extensions.Options.OptionsValidationException">A setting is not valid.</exception>
    public static IHostApplicationBuilder AddClusterClient(this IHostApplicationBuilder builder, StdioSettings settings)
    {
        builder.Configuration.AddInMemoryCollection(settings.ClusterOverrides);
        var cluster = BudgetClusterConfiguration.Read(builder.Configuration);
        builder.UseOrleansClient(client => client
            .UseBudgetCluster(cluster)
            .UseConnectionRetryFilter<ConnectionRetryFilter>()
            .AddToolBudgetClient());
        builder.Services.AddSingleton(settings);
        return builder;
    }
}
