namespace FluentMcp.Orleans.Benchmarks;

/// <summary>
/// The floor of the comparison: a grain call of the same shape as a budget check (string key, optional prompt id,
/// a small record back) that does no work at all.
/// </summary>
[Alias("FluentMcp.Bench.IBareGrain")]
public interface IBareGrain : IGrainWithStringKey
{
    [Alias("Call")]
    Task<BareReply> CallAsync(string? promptId);
}
