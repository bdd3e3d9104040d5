using Microsoft.Extensions.Time.Testing;
using Orleans.TestingHost;

namespace FluentMcp.Orleans.Grains.Tests.Infrastructure;

/// <summary>
/// A cluster whose cleanup reminders fire every two seconds of real time, to watch them clean up.
/// </summary>
public sealed class ReminderCluster : BudgetClusterFixture
{
    public const string Collection = "reminder cluster";

    internal static readonly SteppingClock SharedClock =
        new(new FakeTimeProvider(new DateTimeOffset(2026, 12, 3, 8, 0, 0, TimeSpan.Zero)));

    public override SteppingClock Clock => SharedClock;

    protected override IDictionary<string, string?> Settings
    {
        get
        {
            var settings = base.Settings;
            settings["Budget:CleanupInterval"] = "00:00:02";
            return settings;
        }
    }

    protected override void AddConfigurator(TestClusterBuilder builder) =>
        builder.AddSiloBuilderConfigurator<SiloConfigurator>();

    public sealed class SiloConfigurator : ISiloConfigurator
    {
        public void Configure(ISiloBuilder siloBuilder)
        {
            siloBuilder.Configure<ReminderOptions>(o => o.MinimumReminderPeriod = TimeSpan.FromSeconds(1));
            ConfigureSilo(siloBuilder, SharedClock);
        }
    }
}

[CollectionDefinition(ReminderCluster.Collection)]
public sealed class ReminderClusterDefinition : ICollectionFixture<ReminderCluster>;
