using FluentMcp.Orleans.Benchmarks.Hosting;
using FluentMcp.Orleans.Benchmarks.Measuring;
using FluentMcp.Orleans.Benchmarks.Redis;
using FluentMcp.Orleans.Benchmarks.Reporting;

namespace FluentMcp.Orleans.Benchmarks.Scenarios;

/// <summary>
/// Scenarios 1 to 3: budget checks from this process to the bench silo, side by side with the bare grain call and
/// the Redis limiter, at each number of calls in flight, over a hot pair and over one pair per call; then the same
/// with a limit that refuses nearly every call.
/// </summary>
internal sealed class ClientScenario(BenchSiloProcess silo, RedisServer? redis)
{
    public async Task<ScenarioReport> RunAdmittingAsync(
        BenchmarkOptions options,
        RoundPlan plan,
        CancellationToken cancellationToken)
    {
        var limiter = await CreateLimiterAsync(BenchSiloSettings.HighLimit, BenchSiloSettings.HighLimit);
        var report = new ScenarioReport(
            "1-3 client",
            "Budget check-and-update from a client process to a one-silo cluster over loopback, every call admitted; "
            + "the bare grain call as the floor; a Redis Lua limiter with the same semantics",
            "measured");
        if (limiter is null)
        {
            report.Notes.Add("redis-server was not available, so the Redis limiter was not measured.");
        }

        foreach (var inFlight in options.InFlight)
        {
            foreach (var spread in PairSpreadExtensions.For(inFlight))
            {
                var prefix = $"admit-{inFlight}-{spread}";
                var contenders = Contenders(prefix, BenchSiloSettings.AdmittedTool, spread, limiter, mustAdmit: true);
                report.Comparisons.Add(await ComparisonRunner.RunAsync(
                    $"every call admitted, {spread.Describe(inFlight)}", inFlight, contenders, plan, cancellationToken));
            }
        }

        return report;
    }

    public async Task<ScenarioReport> RunRefusingAsync(int inFlight, RoundPlan plan, CancellationToken cancellationToken)
    {
        var limiter = await CreateLimiterAsync(
            BenchSiloSettings.RefusingHourlyLimit,
            BenchSiloSettings.RefusingDailyLimit);
        var report = new ScenarioReport(
            "1b refusing",
            $"The same with an hourly limit of {BenchSiloSettings.RefusingHourlyLimit} per pair, so nearly every call is "
            + "refused",
            "measured");

        foreach (var spread in PairSpreadExtensions.For(inFlight))
        {
            var prefix = $"refuse-{inFlight}-{spread}";
            var contenders = Contenders(prefix, BenchSiloSettings.RefusingTool, spread, limiter, mustAdmit: false);
            report.Comparisons.Add(await ComparisonRunner.RunAsync(
                $"nearly every call refused, {spread.Describe(inFlight)}", inFlight, contenders, plan, cancellationToken));
        }

        return report;
    }

    private async Task<RedisToolLimiter?> CreateLimiterAsync(int hourlyLimit, int dailyLimit) =>
        redis is null ? null : await RedisToolLimiter.CreateAsync(redis.Connection, hourlyLimit, dailyLimit);

    private List<Contender> Contenders(
        string prefix,
        string tool,
        PairSpread spread,
        RedisToolLimiter? limiter,
        bool mustAdmit)
    {
        var contenders = new List<Contender>
        {
            Contender.Local(
                ContenderNames.Budget,
                inFlight => BudgetCall(prefix, tool, spread, inFlight, mustAdmit),
                silo.Silo),
            Contender.Local(ContenderNames.Bare, inFlight => BareCall(prefix, tool, spread, inFlight), silo.Silo),
        };
        if (limiter is not null && redis is not null)
        {
            contenders.Add(Contender.Local(
                ContenderNames.Redis,
                inFlight => RedisCall(limiter, prefix, tool, spread, inFlight, mustAdmit),
                redis.Process));
        }

        return contenders;
    }

    private Func<int, Task> BudgetCall(string prefix, string tool, PairSpread spread, int inFlight, bool mustAdmit)
    {
        var projects = PairKeys.ProjectsOf(prefix, inFlight, spread.Pairs(inFlight));
        var budgets = silo.Budgets;
        if (!mustAdmit)
        {
            return worker => budgets.TryCheckAndUpdateBudgetAsync(projects[worker], tool);
        }

        return async worker =>
        {
            var decision = await budgets.TryCheckAndUpdateBudgetAsync(projects[worker], tool);
            Refused.ThrowIf(!decision.Admitted);
        };
    }

    private Func<int, Task> BareCall(string prefix, string tool, PairSpread spread, int inFlight)
    {
        var projects = PairKeys.ProjectsOf(prefix, inFlight, spread.Pairs(inFlight));
        var references = new BareGrainReferences(silo.Cluster);
        return worker => references.Get(ToolBudgetKey.Format(projects[worker], tool)).CallAsync(null);
    }

    private static Func<int, Task> RedisCall(
        RedisToolLimiter limiter,
        string prefix,
        string tool,
        PairSpread spread,
        int inFlight,
        bool mustAdmit)
    {
        var keys = PairKeys.ProjectsOf(prefix, inFlight, spread.Pairs(inFlight))
            .Select(project => RedisToolLimiter.KeysOf(project, tool))
            .ToArray();
        if (!mustAdmit)
        {
            return worker => limiter.TryAdmitAsync(keys[worker]);
        }

        return async worker => Refused.ThrowIf(!await limiter.TryAdmitAsync(keys[worker]));
    }
}
