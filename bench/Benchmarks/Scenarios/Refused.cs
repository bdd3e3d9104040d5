namespace FluentMcp.Orleans.Benchmarks.Scenarios;

/// <summary>
/// Counts a refusal as a failure where every call should have been admitted, so a refusal, which is cheaper, can
/// never flatter a figure unnoticed.
/// </summary>
internal static class Refused
{
    public static void ThrowIf(bool refused)
    {
        if (refused)
        {
            throw new InvalidOperationException("A call that should have been admitted was refused.");
        }
    }
}
