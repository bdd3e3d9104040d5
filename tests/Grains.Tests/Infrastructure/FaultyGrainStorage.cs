using System.Collections.Concurrent;
using Orleans.Storage;

namespace FluentMcp.Orleans.Grains.Tests.Infrastructure;

/// <summary>
/// Grain storage in memory that answers synchronously, as a cache in front of storage may, and fails the writes of
/// one state name on demand, as a storage outage does. A read that finds no record leaves the state it is given
/// alone, so a grain must not take that state for stored.
/// </summary>
public sealed class FaultyGrainStorage : IGrainStorage
{
    private readonly ConcurrentDictionary<(string, GrainId), (object State, string ETag)> _rows = new();
    private readonly ConcurrentDictionary<GrainId, int> _writes = new();
    private int _version;

    /// <summary>Gets or sets how long each write takes, as a storage round trip does; zero answers at once.</summary>
    public TimeSpan WriteDelay { get; set; }

    /// <summary>Gets how many writes a grain has made.</summary>
    public int WritesOf(GrainId grainId) => _writes.GetValueOrDefault(grainId);

    /// <summary>Gets or sets the state name whose writes fail; <see langword="null"/> for none.</summary>
    public string? FailWritesOf { get; set; }

    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        if (_rows.TryGetValue((stateName, grainId), out var row))
        {
            grainState.State = (T)row.State;
            grainState.ETag = row.ETag;
            grainState.RecordExists = true;
        }

        return Task.CompletedTask;
    }

    public async Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        _writes.AddOrUpdate(grainId, 1, (_, count) => count + 1);
        if (WriteDelay > TimeSpan.Zero)
        {
            await Task.Delay(WriteDelay);
        }

        if (stateName == FailWritesOf)
        {
            throw new IOException("The storage is unreachable (injected by the test).");
        }

        var etag = Interlocked.Increment(ref _version).ToString(System.Globalization.CultureInfo.InvariantCulture);
        _rows[(stateName, grainId)] = (grainState.State!, etag);
        grainState.ETag = etag;
        grainState.RecordExists = true;
    }

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        _rows.TryRemove((stateName, grainId), out _);
        grainState.ETag = null;
        grainState.RecordExists = false;
        return Task.CompletedTask;
    }
}
