namespace FluentMcp.Orleans.Benchmarks.Measuring;

/// <summary>
/// Over how many (project, tool) pairs a load spreads its calls.
/// </summary>
internal enum PairSpread
{
    /// <summary>Every call goes to one pair.</summary>
    Hot,

    /// <summary>Each call in flight has a pair of its own.</summary>
    OnePerCall,
}
