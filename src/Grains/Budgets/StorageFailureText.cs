namespace FluentMcp.Orleans.Grains.Budgets;

/// <summary>
/// Says in one short line why storage failed, for messages that callers read; the full exception goes to the log.
/// </summary>
internal static class StorageFailureText
{
    /// <summary>The most characters of the cause in a message.</summary>
    public const int MaxCauseLength = 160;

    /// <summary>
    /// Gets the first line of the innermost exception's message, cut to <see cref="MaxCauseLength"/> characters:
    /// storage clients nest whole request and response dumps, with stack traces, in their outer messages.
    /// </summary>
    public static string Cause(Exception error)
    {
        ArgumentNullException.ThrowIfNull(error);

        var innermost = error is AggregateException { InnerExceptions.Count: > 0 } aggregate
            ? aggregate.Flatten().InnerExceptions[0]
            : error;
        while (innermost.InnerException is { } inner)
        {
            innermost = inner;
        }

        var line = innermost.Message.AsSpan().Trim();
        var end = line.IndexOfAny('\r', '\n');
        line = (end < 0 ? line : line[..end]).TrimEnd();
        return line.Length <= MaxCauseLength ? line.ToString() : string.Concat(line[..(MaxCauseLength - 3)], "...");
    }

    /// <summary>Ends a sentence with the cause, or with nothing when there is none.</summary>
    public static string Sentence(string what, Exception error)
    {
        var cause = Cause(error).TrimEnd('.');
        return cause.Length == 0 ? what + "." : $"{what} ({cause}).";
    }
}
