namespace FluentMcp.Orleans.LoadClient;

/// <summary>
/// The outcomes of the calls a load client sent, written to standard output as JSON when it ends.
/// </summary>
public sealed class LoadReport
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, int> _errors = new(StringComparer.Ordinal);

    /// <summary>Gets the calls admitted: acknowledged after the write that recorded them.</summary>
    public int Admitted { get; private set; }

    /// <summary>Gets the calls refused because a window had no budget left.</summary>
    public int Refused { get; private set; }

    /// <summary>Gets the calls that failed with <see cref="BudgetStorageException"/>: not admitted.</summary>
    public int StorageErrors { get; private set; }

    /// <summary>Gets the calls that failed in any other way; whether they were counted is unknown.</summary>
    public int OtherErrors { get; private set; }

    /// <summary>Gets each distinct error, as its type and message, with how often it was seen.</summary>
    public IReadOnlyDictionary<string, int> Errors
    {
        get
        {
            lock (_lock)
            {
                return new Dictionary<string, int>(_errors, StringComparer.Ordinal);
            }
        }
    }

    public long ElapsedMilliseconds { get; set; }

    public void Record(BudgetDecision decision)
    {
        lock (_lock)
        {
            if (decision.Admitted)
            {
                Admitted++;
            }
            else
            {
                Refused++;
            }
        }
    }

    public void Record(Exception error)
    {
        // Messages can hold a message id or time; the start of the first line is enough to tell errors apart.
        var message = error.Message.Split('\n')[0];
        var key = $"{error.GetType().FullName}: {message[..Math.Min(message.Length, 160)]}";
        lock (_lock)
        {
            if (error is BudgetStorageException)
            {
                StorageErrors++;
            }
            else
            {
                OtherErrors++;
            }

            _errors[key] = _errors.GetValueOrDefault(key) + 1;
        }
    }
}
