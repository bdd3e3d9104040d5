using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Orleans.Configuration;

namespace FluentMcp.Orleans.Client.Cluster;

/// <summary>
/// Connects an Orleans client to a FluentMcp.Orleans cluster, as the <c>Cluster</c> settings describe it.
/// </summary>
public static class BudgetClusterClientExtensions
{
    /// <summary>
    /// Adds an Orleans client for the cluster that the <c>Cluster</c> section describes (see
    /// <see cref="BudgetClusterOptions"/>), with <see cref="IToolBudgetClient"/>. Settings are checked at once.
    /// Calling it again changes nothing.
    /// </summary>
    /// <param name="builder">The builder of a process that is not a silo, such as a stdio MCP server.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="Microsoft.Extensions.Options.OptionsValidationException">A setting is not valid.</exception>
    public static IHostApplicationBuilder AddToolBudgetClusterClient(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);

        if (builder.Services.Any(d => d.ServiceType == typeof(BudgetClusterOptions)))
        {
            return builder;
        }

        var options = BudgetClusterConfiguration.Read(builder.Configuration);
        builder.UseOrleansClient(client => client.UseBudgetCluster(options).AddToolBudgetClient());
        return builder;
    }

    /// <summary>
    /// Chooses how the client finds the cluster's gateways, from the <c>Cluster</c> section of the client's
    /// configuration: a localhost gateway (<see cref="ClusterStorage.Memory"/>) or the gateway list in Azure Table
    /// storage (<see cref="ClusterStorage.AzureTable"/>).
    /// </summary>
    /// <param name="builder">The Orleans client builder.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="Microsoft.Extensions.Options.OptionsValidationException">A setting is not valid.</exception>
    public static IClientBuilder UseBudgetCluster(this IClientBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);

        return builder.UseBudgetCluster(BudgetClusterConfiguration.Read(builder.Configuration));
    }

    /// <summary>
    /// Chooses how the client finds the cluster's gateways: a localhost gateway at
    /// <see cref="BudgetClusterOptions.GatewayPort"/> (<see cref="ClusterStorage.Memory"/>) or the gateway list in
    /// Azure Table storage (<see cref="ClusterStorage.AzureTable"/>). The options are also registered as a service.
    /// Call it once per client.
    /// </summary>
    /// <param name="builder">The Orleans client builder.</param>
    /// <param name="options">The cluster settings, already checked.</param>
    /// <returns>The builder.</returns>
    public static IClientBuilder UseBudgetCluster(this IClientBuilder builder, BudgetClusterOptions options)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(options);

        builder.Services.AddSingleton(options);
        if (options.Storage == ClusterStorage.AzureTable)
        {
            var tables = new TableServiceClient(options.ConnectionString);
            builder.UseAzureStorageClustering(gateways => gateways.TableServiceClient = tables);
            builder.Configure<ClusterOptions>(cluster =>
            {
                cluster.ClusterId = options.ClusterId;
                cluster.ServiceId = options.ServiceId;
            });
            return builder;
        }

        return builder.UseLocalhostClustering(options.GatewayPort, options.ServiceId, options.ClusterId);
    }
}
