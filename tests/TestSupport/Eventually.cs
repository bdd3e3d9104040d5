namespace FluentMcp.Orleans.TestSupport;

/// <summary>Waits for a condition that background work makes true, with a timeout.</summary>
public static class Eventually
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(200);

    /// <summary>
    /// Checks <paramref name="condition"/> until it holds or <paramref name="timeout"/> has passed, then once more.
    /// </summary>
    /// <returns>Whether the condition held at the last check.</returns>
    public static Task<bool> HoldsAsync(Func<Task<bool>> condition, TimeSpan timeout) =>
        ReadUntilAsync(condition, holds => holds, timeout);

    /// <summary>
    /// Reads a value until <paramref name="done"/> accepts it or <paramref name="timeout"/> has passed, then once more.
    /// </summary>
    /// <returns>The value read last, which the caller asserts on.</returns>
    public static async Task<T> ReadUntilAsync<T>(Func<Task<T>> read, Func<T, bool> done, TimeSpan timeout)
    {
        ArgumentNullException.ThrowIfNull(read);
        ArgumentNullException.ThrowIfNull(done);

        using var deadline = new CancellationTokenSource(timeout);
        while (!deadline.IsCancellationRequested)
        {
            var value = await read();
            if (done(value))
            {
                return value;
            }

            try
            {
                await Task.Delay(PollInterval, deadline.Token);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }

        return await read();
    }
}
