namespace FluentMcp.Orleans.Benchmarks.Reporting;

/// <summary>
/// One design goal at one setting: the target, the measured value, and whether it was met.
/// </summary>
internal sealed record GoalCheck(string Goal, string Setting, string Target, string Actual, bool Met);
