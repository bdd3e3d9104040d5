using System.Diagnostics;
using HdrHistogram;

namespace FluentMcp.Orleans.Benchmarks;

/// <summary>
/// A closed loop: a fixed number of workers each issue one call, wait for it, and issue the next, until the round's
/// deadline. Every latency goes into one HdrHistogram.
/// </summary>
public static class LoadRunner
{
    // One hour in microseconds: anything slower is clamped rather than lost.
    private const long HighestMicros = 3_600_000_000;

    /// <summary>
    /// Runs one round and waits for the calls still in flight at the deadline (they are not counted).
    /// </summary>
    /// <param name="call">The call; its argument is the worker's index, from 0 to <paramref name="inFlight"/> - 1.</param>
    /// <param name="inFlight">The number of workers, and so of calls in flight.</param>
    /// <param name="duration">How long the workers issue calls.</param>
    public static async Task<RoundResult> RunAsync(Func<int, Task> call, int inFlight, TimeSpan duration)
    {
        ArgumentNullException.ThrowIfNull(call);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(inFlight);

        var histogram = new LongConcurrentHistogram(1, HighestMicros, 3);
        var started = Stopwatch.GetTimestamp();
        var deadline = started + (long)(duration.TotalSeconds * Stopwatch.Frequency);

        var workers = new Task<(long Calls, long Failures)>[inFlight];
        for (var i = 0; i < inFlight; i++)
        {
            var worker = i;
            workers[i] = Task.Run(() => WorkAsync(call, worker, deadline, histogram));
        }

        var counts = await Task.WhenAll(workers);
        var seconds = (double)(deadline - started) / Stopwatch.Frequency;
        if (histogram.TotalCount == 0)
        {
            // No call finished within the round (a cold start, say): a zero round, not an error.
            return new RoundResult(0, counts.Sum(c => c.Failures), seconds, 0, 0, 0);
        }

        return new RoundResult(
            counts.Sum(c => c.Calls),
            counts.Sum(c => c.Failures),
            seconds,
            histogram.GetValueAtPercentile(50),
            histogram.GetValueAtPercentile(99),
            histogram.GetMaxValue());
    }

    private static async Task<(long Calls, long Failures)> WorkAsync(
        Func<int, Task> call,
        int worker,
        long deadline,
        LongConcurrentHistogram histogram)
    {
        long calls = 0;
        long failures = 0;
        while (Stopwatch.GetTimestamp() is var start && start < deadline)
        {
            var failed = false;
            try
            {
                await call(worker);
            }
            catch (Exception)
            {
                // A failed call is counted apart, so that a broken target cannot pass for a fast one.
                failed = true;
            }

            var end = Stopwatch.GetTimestamp();
            if (end > deadline)
            {
                break;
            }

            calls++;
            failures += failed ? 1 : 0;
            var micros = (end - start) * 1_000_000 / Stopwatch.Frequency;
            histogram.RecordValue(Math.Clamp(micros, 1, HighestMicros));
        }

        return (calls, failures);
    }
}
