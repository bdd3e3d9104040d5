using System.Net;
using Azure.Data.Tables;
using FluentMcp.Orleans.Client.Cluster;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Orleans.Serialization;
using Orleans.Storage;

namespace FluentMcp.Orleans.Silo;

/// <summary>
/// Chooses where a silo keeps membership, grain state and reminders.
/// </summary>
public static class BudgetClusterSiloBuilderExtensions
{
    /// <summary>The section bound to Orleans' <see cref="ClusterMembershipOptions"/> (failure detection).</summary>
    public const string MembershipSectionName = "Membership";

    /// <summary>The section bound to Orleans' <see cref="ReminderOptions"/>, such as MinimumReminderPeriod.</summary>
    public const string RemindersSectionName = "Reminders";

    /// <summary>
    /// Uses the embedded default (one silo on localhost, memory) or Azure Table storage for membership, the budget
    /// grain storage and reminders, as <paramref name="options"/> says; binds the <c>Membership</c> and
    /// <c>Reminders</c> sections to Orleans' own options (unknown keys are errors). The options are also registered as a
    /// service. As the silo starts, it stops with a message naming the setting when the silo or gateway port is
    /// already bound, or when table storage does not answer within
    /// <see cref="BudgetClusterOptions.StorageConnectTimeout"/>. Call it once per silo.
    /// </summary>
    /// <param name="builder">The silo builder.</param>
    /// <param name="options">The cluster settings, already checked.</param>
    /// <returns>The silo builder.</returns>
    public static ISiloBuilder UseBudgetCluster(this ISiloBuilder builder, BudgetClusterOptions options)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(options);

        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>, BudgetClusterStartup>();
        builder.Services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>, ListeningPortCheck>();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddOptions<ClusterMembershipOptions>()
            .Bind(builder.Configuration.GetSection(MembershipSectionName), o => o.ErrorOnUnknownConfiguration = true);
        builder.Services.AddOptions<ReminderOptions>()
            .Bind(builder.Configuration.GetSection(RemindersSectionName), o => o.ErrorOnUnknownConfiguration = true);

        if (options.Storage != ClusterStorage.AzureTable)
        {
            return builder
                .UseLocalhostClustering(
                    options.SiloPort,
                    options.GatewayPort,
                    primarySiloEndpoint: null,
                    options.ServiceId,
                    options.ClusterId)
                .AddMemoryGrainStorage(BudgetStorage.ProviderName, UseBinaryState)
                .UseInMemoryReminderService();
        }

        builder.Services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>, TableStorageProbe>();
        var tables = new TableServiceClient(options.ConnectionString);
        return builder
            .Configure<ClusterOptions>(cluster =>
            {
                cluster.ClusterId = options.ClusterId;
                cluster.ServiceId = options.ServiceId;
            })
            .ConfigureEndpoints(
                IPAddress.Parse(options.AdvertisedAddress),
                options.SiloPort,
                options.GatewayPort,
                listenOnAnyHostAddress: false)
            .UseAzureStorageClustering(membership => membership.TableServiceClient = tables)
            .AddAzureTableGrainStorage(BudgetStorage.ProviderName, storage =>
            {
                storage.TableServiceClient = tables;

                // Cleared budgets leave no row behind, so storage does not grow with old keys.
                storage.DeleteStateOnClear = true;
            })
            .UseAzureTableReminderService(reminders => reminders.TableServiceClient = tables);
    }

    /// <summary>
    /// Memory storage keeps state in Orleans' binary format rather than its default JSON: every admission waits for
    /// a write, and the benchmarks measured about 60 % more checks per second that way (docs/benchmarks.md).
    /// </summary>
    private static void UseBinaryState(OptionsBuilder<MemoryGrainStorageOptions> storage) =>
        storage.Configure<Serializer>((options, serializer) =>
            options.GrainStorageSerializer = new OrleansGrainStorageSerializer(serializer));
}
