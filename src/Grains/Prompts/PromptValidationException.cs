namespace FluentMcp.Orleans.Grains.Prompts;

/// <summary>
/// Thrown when prompt files hold invalid data; lists every problem found, each naming its file.
/// </summary>
public sealed class PromptValidationException : Exception
{
    public PromptValidationException(IReadOnlyList<string> errors)
        : base(Describe(errors))
    {
        Errors = errors;
    }

    /// <summary>Gets the problems, one line each.</summary>
    public IReadOnlyList<string> Errors { get; }

    private static string Describe(IReadOnlyList<string> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        return $"Invalid prompt files ({errors.Count} problem{(errors.Count == 1 ? "" : "s")}):"
            + Environment.NewLine + string.Join(Environment.NewLine, errors.Select(e => "  " + e));
    }
}
