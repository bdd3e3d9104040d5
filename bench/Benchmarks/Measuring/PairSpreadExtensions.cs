namespace FluentMcp.Orleans.Benchmarks.Measuring;

internal static class PairSpreadExtensions
{
    public static int Pairs(this PairSpread spread, int inFlight) => spread == PairSpread.Hot ? 1 : inFlight;

    public static string Describe(this PairSpread spread, int inFlight) =>
        spread.Pairs(inFlight) == 1 ? "1 pair (hot)" : $"{inFlight} pairs";

    /// <summary>Gets the spreads worth measuring: at one call in flight both are the same single pair.</summary>
    public static PairSpread[] For(int inFlight) =>
        inFlight == 1 ? [PairSpread.Hot] : [PairSpread.Hot, PairSpread.OnePerCall];
}
