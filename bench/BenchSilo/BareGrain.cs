using Orleans.Concurrency;

namespace FluentMcp.Orleans.Benchmarks.Silo;

/// <summary>
/// Answers at once with the same small record; reentrant like the budget grain, so a hot key does not queue.
/// </summary>
[Reentrant]
internal sealed class BareGrain : Grain, IBareGrain
{
    private static readonly Task<BareReply> Reply = Task.FromResult(new BareReply(true, 1));

    public Task<BareReply> CallAsync(string? promptId) => Reply;
}
