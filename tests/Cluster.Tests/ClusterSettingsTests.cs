using FluentMcp.Orleans.Client.Cluster;
using FluentMcp.Orleans.Cluster.Tests.Infrastructure;
using FluentMcp.Orleans.TestSupport;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace FluentMcp.Orleans.Cluster.Tests;

/// <remarks>In the process cluster's collection only so that its silo does not start while that cluster is busy.</remarks>
[Collection(ClusterFixture.Collection)]
public sealed class ClusterSettingsTests
{
    private const StringComparison Ordinal = StringComparison.Ordinal;

    [Fact]
    public void Read_NoClusterSection_ReturnsTheEmbeddedDefaults()
    {
        var options = BudgetClusterConfiguration.Read(Configuration());

        Assert.Equal(ClusterStorage.Memory, options.Storage);
        Assert.Equal((11111, 30000), (options.SiloPort, options.GatewayPort));
        Assert.Equal(("fluentmcp", "fluentmcp"), (options.ClusterId, options.ServiceId));
        Assert.Equal(TimeSpan.FromSeconds(30), options.StorageConnectTimeout);
    }

    [Fact]
    public void Read_AzureTableSettings_BindsEveryKey()
    {
        var options = BudgetClusterConfiguration.Read(Configuration(
            ("Cluster:Storage", "AzureTable"),
            ("Cluster:ConnectionString", "UseDevelopmentStorage=true"),
            ("Cluster:ClusterId", "blue"),
            ("Cluster:ServiceId", "budgets"),
            ("Cluster:SiloPort", "11112"),
            ("Cluster:GatewayPort", "30001"),
            ("Cluster:StorageConnectTimeout", "00:00:05")));

        Assert.Equal(ClusterStorage.AzureTable, options.Storage);
        Assert.Equal("UseDevelopmentStorage=true", options.ConnectionString);
        Assert.Equal(("blue", "budgets"), (options.ClusterId, options.ServiceId));
        Assert.Equal((11112, 30001), (options.SiloPort, options.GatewayPort));
        Assert.Equal(TimeSpan.FromSeconds(5), options.StorageConnectTimeout);
    }

    [Fact]
    public void Read_SeveralBadSettings_ReportsEveryBadKeyAtOnce()
    {
        var error = Assert.Throws<OptionsValidationException>(() => BudgetClusterConfiguration.Read(Configuration(
            ("Cluster:Storage", "AzureTable"),
            ("Cluster:SiloPort", "70000"),
            ("Cluster:GatewayPort", "0"),
            ("Cluster:Gateway", "30001"))));

        Assert.Contains(error.Failures, f => f.StartsWith("Cluster:Gateway: is not a setting", Ordinal));
        Assert.Contains(error.Failures, f => f.StartsWith("Cluster:ConnectionString: is required", Ordinal));
        Assert.Contains(error.Failures, f => f.StartsWith("Cluster:SiloPort: must be a port", Ordinal));
        Assert.Contains(error.Failures, f => f.StartsWith("Cluster:GatewayPort: must be a port", Ordinal));
    }

    [Fact]
    public void Read_UnknownStorageKindBesideAnotherBadValue_NamesTheKeyTheValidKindsAndTheOtherKey()
    {
        var error = Assert.Throws<OptionsValidationException>(() => BudgetClusterConfiguration.Read(Configuration(
            ("Cluster:Storage", "Azure"),
            ("Cluster:SiloPort", "abc"),
            ("Cluster:ClusterId", ""))));

        Assert.Equal(
            [
                "Cluster:ClusterId: must not be empty.",
                "Cluster:SiloPort: must be a port from 1 to 65535, not 'abc'.",
                "Cluster:Storage: must be one of Memory, AzureTable, not 'Azure'.",
            ],
            error.Failures.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Read_ConnectionStringThatDoesNotParse_NamesTheKeyWithoutShowingTheValue()
    {
        const string secret = "garbage-with-a-secret";

        var error = Assert.Throws<OptionsValidationException>(() => BudgetClusterConfiguration.Read(Configuration(
            ("Cluster:Storage", "AzureTable"),
            ("Cluster:ConnectionString", secret))));

        var failure = Assert.Single(error.Failures);
        Assert.StartsWith("Cluster:ConnectionString: is not an Azure Storage connection string", failure, Ordinal);
        Assert.DoesNotContain(secret, failure, Ordinal);
    }

    [Theory]
    [InlineData("00:00:00")]
    [InlineData("-00:00:05")]
    [InlineData("2.00:00:00")]
    [InlineData("soon")]
    public void Read_StorageConnectTimeoutNotAPositiveDurationOfAtMostADay_NamesTheKey(string timeout)
    {
        var error = Assert.Throws<OptionsValidationException>(
            () => BudgetClusterConfiguration.Read(Configuration(("Cluster:StorageConnectTimeout", timeout))));

        var failure = Assert.Single(error.Failures);
        Assert.StartsWith("Cluster:StorageConnectTimeout: must be", failure, Ordinal);
    }

    [Fact]
    public async Task SiloStart_AzureTableWithoutConnectionString_ExitsWithTheKeyNamed()
    {
        var environment = new Dictionary<string, string> { ["Cluster__Storage"] = "AzureTable" };
        await using var silo = ChildProcess.Start(
            "misconfigured silo",
            "dotnet",
            [Repository.SiloProgram, "--urls", "http://127.0.0.1:0"],
            environment,
            Repository.SiloDirectory);

        var heading = await silo.WaitForLineAsync(
            l => l.StartsWith("The silo did not start", StringComparison.Ordinal),
            TimeSpan.FromSeconds(60));
        var problem = await silo.WaitForLineAsync(
            l => l.Contains("Cluster:ConnectionString", StringComparison.Ordinal),
            TimeSpan.FromSeconds(60));
        await silo.WaitForExitAsync();

        Assert.Contains("invalid configuration", heading, StringComparison.Ordinal);
        Assert.Contains("Cluster:ConnectionString: is required when Cluster:Storage is AzureTable.", problem);
        Assert.Equal(1, silo.ExitCode);
    }

    [Fact]
    public async Task SiloStart_EmbeddedDefault_ServesAClientOnItsLocalhostGateway()
    {
        var settings = new Dictionary<string, string>
        {
            ["Cluster__ClusterId"] = Ids.New("embedded"),
            ["Budget__DefaultLimits__solo_tool__HourlyLimit"] = "5",
        };
        await using var silo = await SiloProcess.StartAsync(settings);
        var clientSettings = new Dictionary<string, string>(settings)
        {
            ["Cluster__GatewayPort"] = silo.GatewayPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        await using var client = await LoadClientProcess.StartAsync(clientSettings, Ids.New("solo"), "solo_tool", 8);

        await client.GoAsync();
        var result = await client.ResultAsync(TimeSpan.FromSeconds(60));

        Assert.Equal((5, 3, 0), (result.Admitted, result.Refused, result.Errored));
    }

    private static IConfiguration Configuration(params (string Key, string Value)[] settings) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value)))
            .Build();
}
