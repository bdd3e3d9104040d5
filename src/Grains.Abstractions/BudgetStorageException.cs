namespace FluentMcp.Orleans;

/// <summary>
/// Thrown when the storage write that would record an admission failed: the call was not admitted.
/// </summary>
[GenerateSerializer]
[Alias("FluentMcp.BudgetStorageException")]
public sealed class BudgetStorageException : Exception
{
    /// <summary>
    /// Initializes a new instance.
    /// </summary>
    /// <param name="message">What failed.</param>
    /// <param name="innerException">The storage error.</param>
    public BudgetStorageException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
