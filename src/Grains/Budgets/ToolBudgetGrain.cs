using FluentMcp.Orleans.Grains.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Orleans.Concurrency;

namespace FluentMcp.Orleans.Grains.Budgets;

/// <summary>
/// The budget of one (project, tool) pair. It is the single writer of the pair's counters: every admission is
/// checked and counted in one turn, so no interleaving can admit more than a limit.
/// </summary>
/// <remarks>
/// The grain is reentrant so that calls arriving while a storage write is under way can share the next write
/// (group commit). An admission is acknowledged only once a write that includes it has completed; when a write
/// fails, every admission it or the next write would have recorded is refused with
/// <see cref="BudgetStorageException"/>, and the counters are read again from storage before anything else is admitted.
/// </remarks>
[Reentrant]
internal sealed partial class ToolBudgetGrain : Grain, IToolBudgetGrain, IRemindable, IDisposable
{
    internal const string CleanupReminderName = "budget-cleanup";

    private static readonly TimeSpan HourlyWindow = TimeSpan.FromHours(1);
    private static readonly TimeSpan DailyWindow = TimeSpan.FromDays(1);

    private readonly IPersistentState<ToolBudgetState> _storage;
    private readonly BudgetLimitResolver _limits;
    private readonly TimeProvider _time;
    private readonly ILogger<ToolBudgetGrain> _logger;
    private readonly SemaphoreSlim _housekeeping = new(1, 1);

    private string _projectId = string.Empty;
    private string _toolName = string.Empty;
    private SlidingWindow _hourly = null!;
    private SlidingWindow _daily = null!;
    private long _lastSeenTicks;
    private ToolBudgetState _persisted = new();
    private bool _needsReload;
    private Task? _reload;
    private TaskCompletionSource? _nextBatch;
    private Task _writer = Task.CompletedTask;
    private bool _registered;
    private bool _prunedSinceSnapshot;

    public ToolBudgetGrain(
        [PersistentState("usage", BudgetStorage.ProviderName)] IPersistentState<ToolBudgetState> storage,
        BudgetLimitResolver limits,
        [FromKeyedServices(BudgetServiceKeys.TimeProvider)] TimeProvider time,
        ILogger<ToolBudgetGrain> logger)
    {
        _storage = storage;
        _limits = limits;
        _time = time;
        _logger = logger;
    }

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        (_projectId, _toolName) = ToolBudgetKey.Parse(this.GetPrimaryKeyString());
        ToolBudgetKey.ValidateId(_projectId, "project_id");
        ToolBudgetKey.ValidateId(_toolName, "tool_name");

        Restore(_storage.State);
        return Task.CompletedTask;
    }

    public async Task<BudgetDecision> TryAdmitAsync(string? promptId)
    {
        var limits = await _limits.ResolveAsync(_toolName, promptId);
        await EnsureLoadedAsync();

        // From here to the increment nothing awaits: the check and the update are one step.
        var now = Observe();
        if (Check(limits, now) is { } refusal)
        {
            LogRefused(_projectId, _toolName, refusal.LimitType, refusal.CurrentUsage, refusal.Limit);
            return new BudgetDecision(Describe(limits, now, promptId), refusal);
        }

        _hourly.Add(now);
        _daily.Add(now);
        var status = Describe(limits, now, promptId);

        await PersistAsync();
        await EnsureHousekeepingAsync();

        LogAdmitted(_projectId, _toolName, status.Hourly.Usage, status.Daily.Usage);
        return new BudgetDecision(status, null);
    }

    public async Task<ToolBudgetStatus> CheckAndUpdateAsync(string? promptId) =>
        (await TryAdmitAsync(promptId)).EnsureAdmitted();

    public async Task<ToolBudgetStatus> GetStatusAsync(string? promptId)
    {
        var limits = await _limits.ResolveAsync(_toolName, promptId);
        await EnsureLoadedAsync();

        return Describe(limits, Observe(), promptId);
    }

    public async Task<bool> CleanupAsync()
    {
        await _housekeeping.WaitAsync();
        try
        {
            // Read again inside the lock: a write may have failed while this call waited for it.
            await EnsureLoadedAsync();
            Observe();
            if (_daily.Count > 0 || _hourly.Count > 0)
            {
                if (_prunedSinceSnapshot)
                {
                    await PersistAsync();
                }

                return false;
            }

            await PersistAsync();
            if (_daily.Count > 0 || _hourly.Count > 0)
            {
                return false;
            }

            await DropHousekeepingAsync();
            LogCleared(_projectId, _toolName);
            DeactivateOnIdle();
            return true;
        }
        finally
        {
            _housekeeping.Release();
        }
    }

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName == CleanupReminderName)
        {
            await CleanupAsync();
        }
    }

    public void Dispose() => _housekeeping.Dispose();

    private BudgetRefusal? Check(BudgetLimits limits, DateTimeOffset now)
    {
        BudgetWindow refusing;
        if (_hourly.Count >= limits.HourlyLimit)
        {
            refusing = BudgetWindow.Hourly;
        }
        else if (_daily.Count >= limits.DailyLimit)
        {
            refusing = BudgetWindow.Daily;
        }
        else
        {
            return null;
        }

        // The retry time must satisfy every window, not only the one that refused.
        var hourlyAt = _hourly.WhenCountAtMost(limits.HourlyLimit - 1, now);
        var dailyAt = _daily.WhenCountAtMost(limits.DailyLimit - 1, now);
        var admissibleAt = hourlyAt > dailyAt ? hourlyAt : dailyAt;
        var window = refusing == BudgetWindow.Hourly ? _hourly : _daily;

        return new BudgetRefusal(refusing, window.Count, limits.For(refusing), admissibleAt - now, admissibleAt);
    }

    private ToolBudgetStatus Describe(BudgetLimits limits, DateTimeOffset now, string? promptId) =>
        new(
            _projectId,
            _toolName,
            promptId,
            _hourly.Describe(limits.HourlyLimit, now),
            _daily.Describe(limits.DailyLimit, now));

    /// <summary>
    /// Reads the clock and drops expired buckets. Time never goes backwards here: a clock that steps back is held
    /// at the latest instant seen, so it cannot free budget early or produce negative retry times.
    /// </summary>
    private DateTimeOffset Observe()
    {
        _lastSeenTicks = Math.Max(_time.GetUtcNow().UtcTicks, _lastSeenTicks);
        var now = new DateTimeOffset(_lastSeenTicks, TimeSpan.Zero);
        Prune(now);
        return now;
    }

    private void Prune(DateTimeOffset now) => _prunedSinceSnapshot |= _hourly.Prune(now) | _daily.Prune(now);

    private void Restore(ToolBudgetState state)
    {
        var options = _limits.Options;
        _hourly = new SlidingWindow(HourlyWindow, options.HourlyBucket, state.Hourly);
        _daily = new SlidingWindow(DailyWindow, options.DailyBucket, state.Daily);
        _lastSeenTicks = Math.Max(_lastSeenTicks, state.LastSeenTicks);
        _persisted = Snapshot();
    }

    private ToolBudgetState Snapshot()
    {
        _prunedSinceSnapshot = false;
        return new()
        {
            Hourly = [.. _hourly.Buckets],
            Daily = [.. _daily.Buckets],
            LastSeenTicks = _lastSeenTicks,
        };
    }
}
