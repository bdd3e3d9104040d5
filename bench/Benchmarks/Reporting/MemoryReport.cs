namespace FluentMcp.Orleans.Benchmarks.Reporting;

/// <summary>
/// The silo's memory before, with and after many active budgets, and whether their usage survived deactivation.
/// </summary>
internal sealed record MemoryReport(
    int Pairs,
    int Projects,
    double ActivationSeconds,
    MemorySample Before,
    MemorySample Active,
    MemorySample AfterCollection,
    double CollectionSeconds,
    int CheckedPairs,
    int CorrectPairs)
{
    public double GcHeapBytesPerPair => (double)(Active.GcHeapBytes - Before.GcHeapBytes) / Pairs;

    public double WorkingSetBytesPerPair => (double)(Active.WorkingSetBytes - Before.WorkingSetBytes) / Pairs;

    /// <summary>Gets the managed heap per pair that deactivation gave back: what the activations themselves held.</summary>
    public double ActivationGcHeapBytesPerPair => (double)(Active.GcHeapBytes - AfterCollection.GcHeapBytes) / Pairs;

    /// <summary>
    /// Gets the managed heap per pair still held after deactivation: with memory storage, the stored usage, the
    /// reminders and the project indexes, which durable storage keeps outside the silo.
    /// </summary>
    public double RetainedGcHeapBytesPerPair => (double)(AfterCollection.GcHeapBytes - Before.GcHeapBytes) / Pairs;

    /// <summary>Gets the share of the managed heap growth given back once the budgets were deactivated.</summary>
    public double GcHeapReturned =>
        (double)(Active.GcHeapBytes - AfterCollection.GcHeapBytes) / (Active.GcHeapBytes - Before.GcHeapBytes);

    public double WorkingSetReturned =>
        (double)(Active.WorkingSetBytes - AfterCollection.WorkingSetBytes)
        / (Active.WorkingSetBytes - Before.WorkingSetBytes);
}
