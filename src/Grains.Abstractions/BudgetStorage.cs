namespace FluentMcp.Orleans;

/// <summary>
/// Names shared by the silos and their storage configuration.
/// </summary>
public static class BudgetStorage
{
    /// <summary>The grain storage provider that holds budgets, prompt limits and the tool index.</summary>
    public const string ProviderName = "budgets";
}
