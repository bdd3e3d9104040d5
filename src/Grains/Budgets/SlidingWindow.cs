namespace FluentMcp.Orleans.Grains.Budgets;

/// <summary>
/// A sliding window of admitted calls kept in fixed time buckets, so memory is bounded by
/// <c>length / bucket + 1</c> entries whatever the limit.
/// </summary>
/// <remarks>
/// A bucket counts while any part of it is inside the window: a call made at <c>t</c> counts until the end of its
/// bucket plus the window length, so at most one bucket longer than exactly one window, never shorter.
/// </remarks>
internal sealed class SlidingWindow
{
    private readonly List<UsageBucket> _buckets;
    private readonly long _lengthTicks;
    private readonly long _bucketTicks;

    public SlidingWindow(TimeSpan length, TimeSpan bucket, IEnumerable<UsageBucket>? buckets = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(length, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(bucket, TimeSpan.Zero);

        _lengthTicks = length.Ticks;
        _bucketTicks = bucket.Ticks;
        _buckets = buckets is null ? [] : [.. buckets.Where(b => b.Count > 0).OrderBy(b => b.EndTicks)];
        Count = _buckets.Sum(b => b.Count);
    }

    /// <summary>Gets the calls counted in the window, as of the last <see cref="Prune"/>.</summary>
    public int Count { get; private set; }

    public IReadOnlyList<UsageBucket> Buckets => _buckets;

    /// <summary>
    /// Drops the buckets that are wholly outside the window ending at <paramref name="now"/>.
    /// </summary>
    /// <returns><see langword="true"/> when a bucket was dropped.</returns>
    public bool Prune(DateTimeOffset now)
    {
        var nowTicks = now.UtcTicks;
        var expired = 0;
        while (expired < _buckets.Count && ExpiresAt(_buckets[expired]) <= nowTicks)
        {
            Count -= _buckets[expired].Count;
            expired++;
        }

        _buckets.RemoveRange(0, expired);
        return expired > 0;
    }

    /// <summary>
    /// Counts one call at <paramref name="now"/>, which should not be earlier than any call counted before.
    /// </summary>
    public void Add(DateTimeOffset now)
    {
        var end = (now.UtcTicks / _bucketTicks * _bucketTicks) + _bucketTicks;
        if (_buckets.Count > 0 && _buckets[^1].EndTicks >= end)
        {
            // Same bucket; or buckets stored under a larger bucket size, where counting in the later one errs on
            // the side of counting longer.
            _buckets[^1] = _buckets[^1] with { Count = _buckets[^1].Count + 1 };
        }
        else
        {
            _buckets.Add(new UsageBucket(end, 1));
        }

        Count++;
    }

    /// <summary>
    /// Gets the first instant, not before <paramref name="now"/>, at which the window holds at most
    /// <paramref name="target"/> calls if no more calls come.
    /// </summary>
    public DateTimeOffset WhenCountAtMost(int target, DateTimeOffset now)
    {
        var remaining = Count;
        var index = 0;
        var at = now.UtcTicks;
        while (remaining > Math.Max(target, 0) && index < _buckets.Count)
        {
            remaining -= _buckets[index].Count;
            at = Math.Max(at, ExpiresAt(_buckets[index]));
            index++;
        }

        return new DateTimeOffset(at, TimeSpan.Zero);
    }

    /// <summary>
    /// Describes the window under <paramref name="limit"/> at <paramref name="now"/>.
    /// </summary>
    public WindowUsage Describe(int limit, DateTimeOffset now)
    {
        DateTimeOffset? nextAvailable = Count == 0 ? null : WhenCountAtMost(Math.Min(Count, limit) - 1, now);
        return new WindowUsage(Count, limit, WhenCountAtMost(0, now), nextAvailable);
    }

    private long ExpiresAt(UsageBucket bucket) => bucket.EndTicks + _lengthTicks;
}
