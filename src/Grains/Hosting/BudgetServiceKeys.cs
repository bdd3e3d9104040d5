namespace FluentMcp.Orleans.Grains.Hosting;

/// <summary>
/// Keys of the keyed services that budgets use.
/// </summary>
public static class BudgetServiceKeys
{
    /// <summary>
    /// The key of the <see cref="TimeProvider"/> that budget windows read, kept apart from the one Orleans uses so
    /// that tests can move budget time without moving the cluster's own timers.
    /// </summary>
    public const string TimeProvider = "FluentMcp.Orleans.Budgets";
}
