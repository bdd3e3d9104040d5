namespace FluentMcp.Orleans.Cluster.Tests.Infrastructure;

/// <summary>The JSON report of a load client process.</summary>
public sealed record LoadResult(
    int Admitted,
    int Refused,
    int StorageErrors,
    int OtherErrors,
    Dictionary<string, int>? Errors,
    long ElapsedMilliseconds)
{
    public int Total => Admitted + Refused + StorageErrors + OtherErrors;

    public int Errored => StorageErrors + OtherErrors;

    public static LoadResult Sum(IEnumerable<LoadResult> results)
    {
        var all = results.ToList();
        var errors = all.SelectMany(r => r.Errors ?? [])
            .GroupBy(e => e.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Sum(e => e.Value), StringComparer.Ordinal);
        return new LoadResult(
            all.Sum(r => r.Admitted),
            all.Sum(r => r.Refused),
            all.Sum(r => r.StorageErrors),
            all.Sum(r => r.OtherErrors),
            errors,
            all.Max(r => r.ElapsedMilliseconds));
    }

    public override string ToString() =>
        $"admitted {Admitted}, refused {Refused}, storage errors {StorageErrors}, other errors {OtherErrors}"
        + string.Concat((Errors ?? []).Select(e => $"\n  {e.Value} x {e.Key}"));
}
