using Orleans.Concurrency;

namespace FluentMcp.Orleans;

/// <summary>
/// The limits set at run time for one prompt, stored in the cluster. The key is the prompt id.
/// </summary>
[Alias("FluentMcp.IPromptLimitsGrain")]
public interface IPromptLimitsGrain : IGrainWithStringKey
{
    /// <summary>
    /// Replaces the run-time limits of this prompt; every silo applies them from the next call on.
    /// </summary>
    /// <param name="limits">The limits by tool name.</param>
    /// <returns>A task that completes once the limits are stored.</returns>
    [Alias("SetLimits")]
    Task SetLimitsAsync(IReadOnlyDictionary<string, ToolLimitOverride> limits);

    /// <summary>
    /// Gets the run-time limits of this prompt, or <see langword="null"/> when none were ever set.
    /// </summary>
    /// <returns>The limits by tool name, or <see langword="null"/>.</returns>
    [Alias("GetLimits")]
    [ReadOnly]
    Task<IReadOnlyDictionary<string, ToolLimitOverride>?> GetLimitsAsync();
}
