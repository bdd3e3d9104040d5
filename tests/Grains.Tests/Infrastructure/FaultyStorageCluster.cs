using FluentMcp.Orleans.Grains.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Orleans.Storage;
using Orleans.TestingHost;

namespace FluentMcp.Orleans.Grains.Tests.Infrastructure;

/// <summary>
/// A cluster whose budget storage fails writes when a test says so, to watch what admissions do then.
/// </summary>
public sealed class FaultyStorageCluster : BudgetClusterFixture
{
    public const string Collection = "faulty storage cluster";

    internal static readonly SteppingClock SharedClock =
        new(new FakeTimeProvider(new DateTimeOffset(2026, 12, 3, 8, 0, 0, TimeSpan.Zero)));

    public static FaultyGrainStorage Storage { get; } = new();

    public override SteppingClock Clock => SharedClock;

    protected override void AddConfigurator(TestClusterBuilder builder) =>
        builder.AddSiloBuilderConfigurator<SiloConfigurator>();

    public sealed class SiloConfigurator : ISiloConfigurator
    {
        public void Configure(ISiloBuilder siloBuilder) =>
            siloBuilder
                .UseInMemoryReminderService()
                .ConfigureServices(services => services
                    .AddKeyedSingleton<IGrainStorage>(BudgetStorage.ProviderName, Storage)
                    .AddKeyedSingleton<TimeProvider>(BudgetServiceKeys.TimeProvider, SharedClock))
                .AddToolBudgets();
    }
}

[CollectionDefinition(FaultyStorageCluster.Collection)]
public sealed class FaultyStorageClusterDefinition : ICollectionFixture<FaultyStorageCluster>;
