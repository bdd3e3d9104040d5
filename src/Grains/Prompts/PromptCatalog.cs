namespace FluentMcp.Orleans.Grains.Prompts;

/// <summary>
/// The prompts loaded from the prompt folder when the silo starts.
/// </summary>
public sealed class PromptCatalog
{
    private readonly Dictionary<string, PromptDefinition> _prompts;

    private static readonly EnumerationOptions MarkdownFiles = new()
    {
        RecurseSubdirectories = true,
        MatchCasing = MatchCasing.CaseInsensitive,
    };

    private PromptCatalog(Dictionary<string, PromptDefinition> prompts, IReadOnlyList<string> warnings)
    {
        _prompts = prompts;
        Warnings = warnings;
    }

    /// <summary>Gets a catalog with no prompts.</summary>
    public static PromptCatalog Empty { get; } =
        new(new Dictionary<string, PromptDefinition>(StringComparer.Ordinal), []);

    /// <summary>Gets what was read but not used, such as frontmatter fields the product does not know.</summary>
    public IReadOnlyList<string> Warnings { get; }

    /// <summary>Gets the prompts by name.</summary>
    public IReadOnlyDictionary<string, PromptDefinition> Prompts => _prompts;

    /// <summary>
    /// Reads every <c>*.md</c> file below <paramref name="directory"/>; each must be a prompt.
    /// </summary>
    /// <param name="directory">The prompt folder.</param>
    /// <returns>The catalog.</returns>
    /// <exception cref="PromptValidationException">A file holds invalid data, or two prompts share a name.</exception>
    public static PromptCatalog Load(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);

        if (!Directory.Exists(directory))
        {
            throw new PromptValidationException([$"{directory}: the prompt folder does not exist."]);
        }

        var errors = new List<string>();
        var warnings = new List<string>();
        var prompts = new Dictionary<string, PromptDefinition>(StringComparer.Ordinal);
        var files = Directory.EnumerateFiles(directory, "*.md", MarkdownFiles)
            .Order(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var prompt = PromptFileParser.Parse(file, File.ReadAllText(file), errors, warnings);
            if (prompt is null)
            {
                continue;
            }

            if (prompts.TryGetValue(prompt.Name, out var first))
            {
                errors.Add($"{file}: name: '{prompt.Name}' is already the name of {first.SourcePath}.");
                continue;
            }

            prompts.Add(prompt.Name, prompt);
        }

        return errors.Count == 0 ? new PromptCatalog(prompts, warnings) : throw new PromptValidationException(errors);
    }

    /// <summary>
    /// Finds a prompt by name.
    /// </summary>
    /// <param name="name">The prompt id.</param>
    /// <returns>The prompt, or <see langword="null"/>.</returns>
    public PromptDefinition? Find(string name) => _prompts.GetValueOrDefault(name);
}
