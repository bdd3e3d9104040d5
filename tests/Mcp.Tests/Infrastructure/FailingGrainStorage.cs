using Orleans.Storage;

namespace FluentMcp.Orleans.Mcp.Tests.Infrastructure;

/// <summary>Grain storage whose writes always fail, standing in for an unreachable storage service.</summary>
public sealed class FailingGrainStorage : IGrainStorage, ILifecycleParticipant<ISiloLifecycle>
{
    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) => Task.CompletedTask;

    public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        throw new IOException("the storage service is unreachable");

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        throw new IOException("the storage service is unreachable");

    public void Participate(ISiloLifecycle observer)
    {
    }
}
