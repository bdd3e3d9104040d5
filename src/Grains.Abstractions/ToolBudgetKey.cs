using System.Text;

namespace FluentMcp.Orleans;

/// <summary>
/// Validates project, tool and prompt ids and encodes a (project, tool) pair as one grain key.
/// </summary>
/// <remarks>
/// The key is both ids with <c>%</c> and <c>/</c> percent-escaped, joined by <c>/</c>, so no two different
/// pairs share a key whatever characters the ids hold.
/// </remarks>
public static class ToolBudgetKey
{
    /// <summary>The longest id accepted, in UTF-16 code units.</summary>
    public const int MaxIdLength = 256;

    /// <summary>
    /// Encodes a (project, tool) pair as a grain key.
    /// </summary>
    /// <param name="projectId">The project id.</param>
    /// <param name="toolName">The tool name.</param>
    /// <returns>The grain key.</returns>
    /// <exception cref="ArgumentException">An id is empty, too long or holds a control character.</exception>
    public static string Format(string projectId, string toolName)
    {
        ValidateId(projectId, "project_id");
        ValidateId(toolName, "tool_name");

        return Escape(projectId) + "/" + Escape(toolName);
    }

    /// <summary>
    /// Decodes a grain key made by <see cref="Format"/>.
    /// </summary>
    /// <param name="key">The grain key.</param>
    /// <returns>The project id and the tool name.</returns>
    /// <exception cref="FormatException">The key was not made by <see cref="Format"/>.</exception>
    public static (string ProjectId, string ToolName) Parse(string key)
    {
        ArgumentNullException.ThrowIfNull(key);

        var separator = key.IndexOf('/', StringComparison.Ordinal);
        if (separator < 0 || key.IndexOf('/', separator + 1) >= 0)
        {
            throw new FormatException($"'{key}' is not a tool budget key.");
        }

        return (Unescape(key[..separator]), Unescape(key[(separator + 1)..]));
    }

    /// <summary>
    /// Throws when an id is empty, whitespace, longer than <see cref="MaxIdLength"/> or holds a control character.
    /// </summary>
    /// <param name="id">The id to check.</param>
    /// <param name="name">The name of the id, used in the error (for example <c>project_id</c>).</param>
    /// <exception cref="ArgumentException">The id is not valid.</exception>
    public static void ValidateId(string? id, string name)
    {
        if (DescribeInvalidId(id, name) is { } problem)
        {
            throw new ArgumentException(problem, name);
        }
    }

    /// <summary>
    /// Says what is wrong with an id, as <see cref="ValidateId"/> would, without throwing: for configuration and
    /// file checks that collect every problem and show it to a person.
    /// </summary>
    /// <param name="id">The id to check.</param>
    /// <param name="name">The name of the id, used in the text (for example <c>tool_name</c>).</param>
    /// <returns>One sentence about the problem, or <see langword="null"/> when the id is valid.</returns>
    public static string? DescribeInvalidId(string? id, string name)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            return $"{name} must not be empty.";
        }

        if (id.Length > MaxIdLength)
        {
            return $"{name} must be at most {MaxIdLength} characters, but has {id.Length}.";
        }

        for (var i = 0; i < id.Length; i++)
        {
            var c = id[i];
            if (char.IsControl(c))
            {
                return $"{name} '{Printable(id)}' holds the control character U+{(int)c:X4}, which is not allowed.";
            }

            // A lone surrogate is not text: it would not survive the trip through UTF-8 and could alias another id.
            if (char.IsSurrogate(c) && !(char.IsHighSurrogate(c) && i + 1 < id.Length && char.IsLowSurrogate(id[++i])))
            {
                return $"{name} '{Printable(id)}' holds an unpaired surrogate U+{(int)c:X4}, which is not valid text.";
            }
        }

        return null;
    }

    private static string Escape(string id) =>
        id.Contains('%', StringComparison.Ordinal) || id.Contains('/', StringComparison.Ordinal)
            ? id.Replace("%", "%25", StringComparison.Ordinal).Replace("/", "%2F", StringComparison.Ordinal)
            : id;

    private static string Unescape(string part) =>
        part.Replace("%2F", "/", StringComparison.Ordinal).Replace("%25", "%", StringComparison.Ordinal);

    private static string Printable(string id)
    {
        var builder = new StringBuilder(id.Length);
        foreach (var c in id)
        {
            builder.Append(char.IsControl(c) || char.IsSurrogate(c) ? '?' : c);
        }

        return builder.ToString();
    }
}
