using Microsoft.Extensions.Options;

namespace FluentMcp.Orleans.Silo.ApiKeys;

/// <summary>
/// Checks the API keys when the silo starts and reports every bad entry at once, by its configuration key. A key's
/// value never appears in a message: it is a secret.
/// </summary>
public sealed class McpAccessOptionsValidator : IValidateOptions<McpAccessOptions>
{
    /// <summary>The fewest characters an API key may have.</summary>
    public const int MinimumKeyLength = 16;

    /// <inheritdoc/>
    public ValidateOptionsResult Validate(string? name, McpAccessOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);

        var errors = new List<string>(options.BindingErrors);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < options.ApiKeys.Count; i++)
        {
            var entry = options.ApiKeys[i];
            var path = entry.ConfigurationPath ?? $"{McpAccessOptions.Section}:ApiKeys:{i}";
            if (KeyProblem(entry.Key, seen) is { } problem)
            {
                errors.Add($"{path}:Key: {problem}");
            }

            if (ToolBudgetKey.DescribeInvalidId(entry.ProjectId, "ProjectId") is { } invalid)
            {
                errors.Add($"{path}:ProjectId: {invalid}");
            }
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static string? KeyProblem(string? key, HashSet<string> seen)
    {
        if (string.IsNullOrEmpty(key))
        {
            return "is missing.";
        }

        if (key.Length < MinimumKeyLength)
        {
            return $"has {key.Length} characters; an API key needs at least {MinimumKeyLength}.";
        }

        if (key.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))
        {
            return "holds a space or a control character.";
        }

        return seen.Add(key) ? null : "is the same key as an earlier entry; each key belongs to one project.";
    }
}
