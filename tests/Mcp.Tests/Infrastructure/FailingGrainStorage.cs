using Orleans.Storage;

namespace FluentMcp.Orleans.Mcp.Tests.Infrastructure;

/// <summary>
/// Grain storage whose writes always fail, standing in for an unreachable storage service; reads fail too for grains
/// whose key holds <see cref="UnreadableMarker"/>, as they do for a pair not yet active when storage is down.
/// </summary>
public sealed class FailingGrainStorage : IGrainStorage, ILifecycleParticipant<ISiloLifecycle>
{
    public const string UnreadableMarker = "unreadable";

    /// <summary>A cause nested the way storage clients nest theirs: a long dump around a short innermost line.</summary>
    public static Exception Outage() =>
        new InvalidOperationException(
            "Storage request failed." + Environment.NewLine + new string('x', 15_000),
            new IOException("the storage service is unreachable" + Environment.NewLine + "   at Some.Internal.Path()"));

    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        grainId.ToString().Contains(UnreadableMarker, StringComparison.Ordinal)
            ? throw Outage()
            : Task.CompletedTask;

    public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        throw Outage();

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        throw new IOException("the storage service is unreachable");

    public void Participate(ISiloLifecycle observer)
    {
    }
}
