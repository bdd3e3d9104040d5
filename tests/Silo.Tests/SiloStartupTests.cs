using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using FluentMcp.Orleans.Client;
using FluentMcp.Orleans.Grains.Prompts;
using FluentMcp.Orleans.TestSupport;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Orleans.Configuration;

namespace FluentMcp.Orleans.Silo.Tests;

/// <summary>
/// Starts the real silo host with the configuration a user would give it.
/// </summary>
public sealed class SiloStartupTests : IDisposable
{
    private readonly string _prompts = Directory.CreateTempSubdirectory("silo-prompts-").FullName;

    public void Dispose() => Directory.Delete(_prompts, recursive: true);

    [Fact]
    public async Task Start_BundledConfiguration_EnforcesToolDefaultsAndTheBundledPrompt()
    {
        await using var app = Create();
        await app.StartAsync();
        var budgets = app.Services.GetRequiredService<IToolBudgetClient>();

        var plain = await budgets.CheckAndUpdateBudgetAsync("startup", "search_database");
        var prompted = await budgets.CheckAndUpdateBudgetAsync("startup", "search_database", "data_analysis_prompt");
        var other = await budgets.CheckAndUpdateBudgetAsync("startup", "any_other_tool");
        await app.StopAsync();

        Assert.Equal((50, 500), (plain.Hourly.Limit, plain.Daily.Limit));
        Assert.Equal((20, 200, 2), (prompted.Hourly.Limit, prompted.Daily.Limit, prompted.Hourly.Usage));
        Assert.Equal((100, 1000), (other.Hourly.Limit, other.Daily.Limit));
    }

    [Fact]
    public async Task Start_EnvironmentStyleOverride_ChangesOneToolLimit()
    {
        await using var app = Create("--Budget:DefaultLimits:search_database:HourlyLimit=3");
        await app.StartAsync();
        var budgets = app.Services.GetRequiredService<IToolBudgetClient>();

        var status = await budgets.GetRemainingBudgetAsync("startup", "search_database");
        await app.StopAsync();

        Assert.Equal((3, 500), (status.Hourly.Limit, status.Daily.Limit));
    }

    [Fact]
    public async Task Start_InvalidPromptFile_FailsNamingFileToolAndField()
    {
        var file = Path.Combine(_prompts, "team", "bad.md");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        await File.WriteAllTextAsync(
            file,
            "---\nname: bad\nbudget:\n  search_database:\n    hourly_limit: -5\n---\nText\n");
        await using var app = Create($"--Budget:PromptsDirectory={_prompts}");

        var error = await Assert.ThrowsAnyAsync<Exception>(() => app.StartAsync());

        var validation = Find<PromptValidationException>(error);
        var line = Assert.Single(validation.Errors);
        Assert.Contains(file, line, StringComparison.Ordinal);
        Assert.Contains("budget.search_database.hourly_limit", line, StringComparison.Ordinal);
        Assert.Contains("-5", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_MisspelledLimitKey_FailsNamingTheKey()
    {
        await using var app = Create("--Budget:DefaultLimits:search_database:HourlyLimt=5");

        var error = await Assert.ThrowsAnyAsync<Exception>(() => app.StartAsync());

        Assert.Contains("HourlyLimt", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_SeveralMalformedSettings_FailsListingEveryOneWithItsFullKey()
    {
        await using var app = Create(
            "--Budget:DefaultDailyLimit=2.5",
            "--Budget:DefaultLimits:search_database:HourlyLimt=5",
            "--Budget:DefaultLimits:x:DailyLimit=abc",
            "--Budget:DefaultLimits:y=5",
            "--Budget:DailyBucket=soon");

        var error = await Assert.ThrowsAnyAsync<Exception>(() => app.StartAsync());

        var validation = Find<OptionsValidationException>(error);
        Assert.Equal(
            [
                "Budget:DailyBucket:",
                "Budget:DefaultDailyLimit:",
                "Budget:DefaultLimits:search_database:HourlyLimt:",
                "Budget:DefaultLimits:x:DailyLimit:",
                "Budget:DefaultLimits:y:",
            ],
            validation.Failures
                .Select(f => f[..(f.IndexOf(": ", StringComparison.Ordinal) + 1)])
                .Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Start_NonPositiveDefaults_FailsListingEveryBadKey()
    {
        await using var app = Create("--Budget:DefaultHourlyLimit=0", "--Budget:DefaultDailyLimit=-3");

        var error = await Assert.ThrowsAnyAsync<Exception>(() => app.StartAsync());

        var validation = Find<OptionsValidationException>(error);
        Assert.Contains(validation.Failures, f => f.StartsWith("Budget:DefaultHourlyLimit:", StringComparison.Ordinal));
        Assert.Contains(validation.Failures, f => f.StartsWith("Budget:DefaultDailyLimit:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Start_BadApiKeys_FailsListingEveryBadKeyWithoutShowingAnyKey()
    {
        const string shortKey = "short-secret";
        const string goodKey = "a-good-key-of-20-chars";
        await using var app = Create(
            $"--Mcp:ApiKeys:0:Key={shortKey}",
            "--Mcp:ApiKeys:0:ProjectId=acme",
            $"--Mcp:ApiKeys:1:Key={goodKey}",
            "--Mcp:ApiKeys:1:ProjectId=",
            $"--Mcp:ApiKeys:2:Key={goodKey}",
            "--Mcp:ApiKeys:2:ProjectId=other",
            "--Mcp:ApiKeys:2:Project=other",
            "--Mcp:Keys=x");

        var error = await Assert.ThrowsAnyAsync<Exception>(() => app.StartAsync());

        var validation = Find<OptionsValidationException>(error);
        Assert.Equal(
            [
                "Mcp:ApiKeys:0:Key:",
                "Mcp:ApiKeys:1:ProjectId:",
                "Mcp:ApiKeys:2:Key:",
                "Mcp:ApiKeys:2:Project:",
                "Mcp:Keys:",
            ],
            validation.Failures
                .Select(f => f[..(f.IndexOf(": ", StringComparison.Ordinal) + 1)])
                .Order(StringComparer.Ordinal));
        Assert.Contains(validation.Failures, f => f.Contains("at least 16", StringComparison.Ordinal));
        Assert.Contains(validation.Failures, f => f.Contains("same key as an earlier entry", StringComparison.Ordinal));
        Assert.DoesNotContain(validation.Failures, f => f.Contains(shortKey, StringComparison.Ordinal));
        Assert.DoesNotContain(validation.Failures, f => f.Contains(goodKey, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Start_DashboardEnabled_ServesTheOrleansDashboardShowingThisSilo()
    {
        await using var app = Create("--Dashboard:Enabled=true");
        await app.StartAsync();
        using var http = new HttpClient { BaseAddress = new Uri(app.Urls.Single()) };

        var page = await http.GetStringAsync("/dashboard/");
        var counters = await DashboardCountersOnceCollectedAsync(http);
        await app.StopAsync();

        Assert.Contains("<title>Orleans Dashboard</title>", page, StringComparison.Ordinal);
        Assert.Contains("\"status\":\"Active\"", counters, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_Default_HasNoDashboard()
    {
        await using var app = Create();
        await app.StartAsync();
        using var http = new HttpClient { BaseAddress = new Uri(app.Urls.Single()) };

        using var response = await http.GetAsync("/dashboard/");
        await app.StopAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public void Create_BadDashboardSetting_FailsNamingTheKey()
    {
        var error = Assert.Throws<OptionsValidationException>(
            () => Create("--Dashboard:Enabled=yes", "--Dashboard:Port=8080"));

        Assert.Equal(
            [
                "Dashboard:Enabled: must be true or false, not 'yes'.",
                "Dashboard:Port: is not a dashboard setting (known: Enabled).",
            ],
            error.Failures.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Main_BadConfiguration_ExitsWithOneAndPrintsTheProblemsWithoutAStackTrace()
    {
        using var silo = new Process
        {
            StartInfo = new ProcessStartInfo("dotnet")
            {
                ArgumentList =
                {
                    Path.Combine(AppContext.BaseDirectory, "FluentMcp.Orleans.Silo.dll"),
                    "--Urls=http://127.0.0.1:0",
                    "--Budget:DefaultHourlyLimit=0",
                    "--Budget:DefaultLimits:search_database:HourlyLimt=5",
                },
                RedirectStandardError = true,
                RedirectStandardOutput = true,
            },
        };
        silo.Start();
        var stderr = silo.StandardError.ReadToEndAsync();
        var stdout = silo.StandardOutput.ReadToEndAsync();

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await silo.WaitForExitAsync(timeout.Token);
        var error = await stderr;
        await stdout;

        Assert.Equal(1, silo.ExitCode);
        Assert.Contains("The silo did not start: invalid configuration:", error, StringComparison.Ordinal);
        Assert.Contains("Budget:DefaultLimits:search_database:HourlyLimt", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_PromptFrontmatterThatCrashesTheYamlScanner_FailsNamingTheFile()
    {
        var file = Path.Combine(_prompts, "p1.md");
        await File.WriteAllTextAsync(file, "---\nname: p1\nx: [a\nb: {\n---\nText\n");
        await using var app = Create($"--Budget:PromptsDirectory={_prompts}");

        var error = await Assert.ThrowsAnyAsync<Exception>(() => app.StartAsync());

        var line = Assert.Single(Find<PromptValidationException>(error).Errors);
        Assert.StartsWith($"{file}: invalid YAML frontmatter", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_PortsHeldByAnotherSiloOnThisMachine_FailsNamingBothAddressesAndSettings()
    {
        var ports = FreePorts.TakeBelowEphemeralRange(2);
        string[] cluster = [$"--Cluster:SiloPort={ports[0]}", $"--Cluster:GatewayPort={ports[1]}"];
        await using var first = SiloApplication.Create(["--Urls=http://127.0.0.1:0", .. cluster]);
        await first.StartAsync();
        await using var second = SiloApplication.Create(["--Urls=http://127.0.0.1:0", .. cluster]);

        var error = await Assert.ThrowsAnyAsync<Exception>(() => second.StartAsync());
        await first.StopAsync();

        Assert.Equal(
            $"127.0.0.1:{ports[0]} (Cluster:SiloPort) and 127.0.0.1:{ports[1]} (Cluster:GatewayPort) "
                + "are taken by another process.",
            Find<StartupCheckException>(error).Message);
    }

    [Fact]
    public async Task Main_GatewayPortHeldByAPlainListener_ExitsWithOneNamingTheAddressAndTheSetting()
    {
        var ports = FreePorts.TakeBelowEphemeralRange(2);
        var listener = new TcpListener(IPAddress.Loopback, ports[1]);
        listener.Start();
        try
        {
            var (exitCode, error) = await RunSiloAsync(
                new Dictionary<string, string>
                {
                    ["Cluster__SiloPort"] = ports[0].ToString(CultureInfo.InvariantCulture),
                    ["Cluster__GatewayPort"] = ports[1].ToString(CultureInfo.InvariantCulture),
                });

            Assert.Equal(1, exitCode);
            Assert.Contains(
                $"The silo did not start: 127.0.0.1:{ports[1]} (Cluster:GatewayPort) is taken by another process.",
                error,
                StringComparison.Ordinal);
        }
        finally
        {
            listener.Stop();
        }
    }

    [Fact]
    public async Task Main_ConnectionStringThatDoesNotParse_ExitsWithOneNamingTheKeyWithoutTheValue()
    {
        var (exitCode, error) = await RunSiloAsync(
            new Dictionary<string, string>
            {
                ["Cluster__Storage"] = "AzureTable",
                ["Cluster__ConnectionString"] = "garbage",
            });

        Assert.Equal(1, exitCode);
        Assert.Contains(
            "Cluster:ConnectionString: is not an Azure Storage connection string",
            error,
            StringComparison.Ordinal);
        Assert.DoesNotContain("garbage", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_TableStorageUnreachable_FailsWithinTheConnectTimeoutNamingTheEndpointButNotTheKey()
    {
        const string accountKey = "c2VjcmV0LWFjY291bnQta2V5LWZvci10ZXN0cw==";
        var endpoint = $"http://127.0.0.1:{FreePorts.Next()}/devstoreaccount1";
        await using var app = Create(
            "--Cluster:Storage=AzureTable",
            $"--Cluster:ConnectionString=DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;"
                + $"AccountKey={accountKey};TableEndpoint={endpoint};",
            "--Cluster:StorageConnectTimeout=00:00:02");

        var error = await Assert.ThrowsAnyAsync<Exception>(
            () => app.StartAsync().WaitAsync(TimeSpan.FromSeconds(60)));

        var message = Find<StartupCheckException>(error).Message;
        Assert.StartsWith(
            $"table storage at {endpoint} (Cluster:ConnectionString) did not answer within 00:00:02",
            message,
            StringComparison.Ordinal);
        Assert.Contains("(Cluster:StorageConnectTimeout)", message, StringComparison.Ordinal);
        Assert.DoesNotContain(accountKey, message, StringComparison.Ordinal);
    }

    private static WebApplication Create(params string[] args) =>
        SiloApplication.Create(
            ["--Urls=http://127.0.0.1:0", .. args],
            builder => builder.Services.Configure<EndpointOptions>(endpoints =>
            {
                endpoints.AdvertisedIPAddress = IPAddress.Loopback;
                endpoints.SiloPort = FreePorts.Next();
                endpoints.GatewayPort = FreePorts.Next();
            }));

    /// <summary>Runs the silo program as a user would and returns its exit code and standard error.</summary>
    private static async Task<(int ExitCode, string StandardError)> RunSiloAsync(
        IReadOnlyDictionary<string, string> environment)
    {
        await using var silo = ChildProcess.Start(
            "silo",
            "dotnet",
            [Path.Combine(AppContext.BaseDirectory, "FluentMcp.Orleans.Silo.dll"), "--Urls=http://127.0.0.1:0"],
            environment,
            AppContext.BaseDirectory);

        var exitCode = await silo.WaitForExitAsync(TimeSpan.FromSeconds(60));
        return (exitCode, silo.StandardError);
    }

    /// <summary>
    /// The dashboard collects its counters in the background, so its first answer may list no silo yet: asks again
    /// until it lists one, for at most 30 s, and returns the last answer.
    /// </summary>
    private static Task<string> DashboardCountersOnceCollectedAsync(HttpClient http) =>
        Eventually.ReadUntilAsync(
            () => http.GetStringAsync("/dashboard/DashboardCounters"),
            counters => !counters.Contains("\"hosts\":[]", StringComparison.Ordinal),
            TimeSpan.FromSeconds(30));

    private static T Find<T>(Exception error)
        where T : Exception
    {
        for (Exception? current = error; current is not null; current = current.InnerException)
        {
            if (current is T match)
            {
                return match;
            }

            if (current is AggregateException aggregate && aggregate.InnerExceptions.Count > 0)
            {
                return Find<T>(aggregate.InnerExceptions[0]);
            }
        }

        throw new Xunit.Sdk.XunitException($"No {typeof(T).Name} in: {error}");
    }
}
