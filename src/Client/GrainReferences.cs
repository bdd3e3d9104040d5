namespace FluentMcp.Orleans.Client;

/// <summary>
/// Makes references to the grains of one interface by string key.
/// <see cref="IGrainFactory.GetGrain{TGrainInterface}(string, string)"/> resolves the grain interface by reflection on
/// every call; this resolves it on the first call and then builds each reference from its grain id, which is the same
/// reference made without the reflection.
/// </summary>
/// <typeparam name="TGrain">The grain interface.</typeparam>
/// <param name="grains">The cluster client or, inside a silo, the grain factory.</param>
internal sealed class GrainReferences<TGrain>(IGrainFactory grains)
    where TGrain : IGrainWithStringKey
{
    private Resolved? _resolved;

    public TGrain Get(string key)
    {
        if (_resolved is { } resolved)
        {
            return (TGrain)grains.GetGrain(GrainId.Create(resolved.GrainType, key), resolved.InterfaceType);
        }

        var grain = grains.GetGrain<TGrain>(key);

        // A system type here means the implementation was not known yet; such a reference is not kept for reuse.
        if (grain is GrainReference reference
            && !reference.GrainId.Type.ToString()!.StartsWith(GrainTypePrefix.SystemPrefix, StringComparison.Ordinal))
        {
            _resolved = new Resolved(reference.GrainId.Type, reference.InterfaceType);
        }

        return grain;
    }

    private sealed record Resolved(GrainType GrainType, GrainInterfaceType InterfaceType);
}
