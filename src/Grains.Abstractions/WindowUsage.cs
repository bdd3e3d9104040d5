namespace FluentMcp.Orleans;

/// <summary>
/// The state of one sliding window of one tool budget at one instant.
/// </summary>
/// <param name="Usage">Calls admitted inside the window.</param>
/// <param name="Limit">The limit that applies to the window.</param>
/// <param name="ResetAt">When the window will be empty if no more calls come (now, if it is empty).</param>
/// <param name="NextAvailableAt">
/// When <see cref="Remaining"/> next grows; <see langword="null"/> while nothing is used.
/// </param>
[GenerateSerializer]
[Immutable]
[Alias("FluentMcp.WindowUsage")]
public sealed record WindowUsage(
    [property: Id(0)] int Usage,
    [property: Id(1)] int Limit,
    [property: Id(2)] DateTimeOffset ResetAt,
    [property: Id(3)] DateTimeOffset? NextAvailableAt)
{
    /// <summary>
    /// Gets the calls still admitted by this window; never negative, even after a limit was lowered below the usage.
    /// </summary>
    public int Remaining => Math.Max(0, Limit - Usage);
}
