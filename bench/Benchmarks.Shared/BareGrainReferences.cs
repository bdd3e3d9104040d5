namespace FluentMcp.Orleans.Benchmarks;

/// <summary>
/// Makes bare grain references the way the budget client makes budget references: the grain interface is resolved
/// once, and each reference is built from its grain id, so the floor pays no reflection per call either.
/// </summary>
public sealed class BareGrainReferences
{
    private readonly IGrainFactory _grains;
    private readonly GrainType _grainType;
    private readonly GrainInterfaceType _interfaceType;

    public BareGrainReferences(IGrainFactory grains)
    {
        ArgumentNullException.ThrowIfNull(grains);

        var probe = (GrainReference)grains.GetGrain<IBareGrain>("probe");
        _grains = grains;
        _grainType = probe.GrainId.Type;
        _interfaceType = probe.InterfaceType;
    }

    public IBareGrain Get(string key) => (IBareGrain)_grains.GetGrain(GrainId.Create(_grainType, key), _interfaceType);
}
