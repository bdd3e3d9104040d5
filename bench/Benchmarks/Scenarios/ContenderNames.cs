namespace FluentMcp.Orleans.Benchmarks.Scenarios;

/// <summary>
/// The names the report gives contenders; goals look figures up by them.
/// </summary>
internal static class ContenderNames
{
    public const string Budget = "budget check (client -> silo)";
    public const string Bare = "bare grain call (floor)";
    public const string BudgetBinaryState = "budget check, binary state in memory storage";
    public const string Redis = "Redis Lua limiter";
    public const string InSiloBudget = "budget check (inside the silo)";
    public const string InSiloBare = "bare grain call (inside the silo)";
    public const string DurableHot = "budget check, durable, hot pair";
    public const string DurableSpread = "budget check, durable, one pair per call";
    public const string McpGated = "tools/call, budget gate";
    public const string McpUngated = "tools/call, no gate";
    public const string PlainWrites = "plain single upserts (Azure.Data.Tables)";
}
