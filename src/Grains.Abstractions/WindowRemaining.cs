namespace FluentMcp.Orleans;

/// <summary>
/// What is left of one window, as <c>check_tool_budget</c> reports it.
/// </summary>
/// <param name="Remaining">Calls still admitted by the window.</param>
/// <param name="Limit">The window's limit.</param>
/// <param name="ResetAt">When the window will be empty if no more calls come.</param>
[GenerateSerializer]
[Immutable]
[Alias("FluentMcp.WindowRemaining")]
public sealed record WindowRemaining(
    [property: Id(0)] int Remaining,
    [property: Id(1)] int Limit,
    [property: Id(2)] DateTimeOffset ResetAt);
