namespace FluentMcp.Orleans.Silo.ApiKeys;

/// <summary>
/// Who may call the silo's MCP endpoint, bound from the <c>Mcp</c> configuration section. With no API keys the
/// endpoint is open and a call names its project in the <c>X-Project-Id</c> header or <c>_meta.project_id</c>; with
/// keys, every request needs one, and the key alone decides the project its calls count against.
/// </summary>
public sealed class McpAccessOptions
{
    /// <summary>The configuration section the options are bound from.</summary>
    public const string Section = "Mcp";

    /// <summary>Gets the API keys that may call the endpoint, each with the project it belongs to.</summary>
    public IList<ApiKeyOptions> ApiKeys { get; } = new List<ApiKeyOptions>();

    /// <summary>Gets the problems found while binding, each starting with its configuration key.</summary>
    internal List<string> BindingErrors { get; } = [];

    /// <summary>
    /// Binds <paramref name="section"/>, recording keys it does not know instead of failing on the first, so that the
    /// validator can list every problem at once.
    /// </summary>
    internal void Bind(IConfigurationSection section)
    {
        foreach (var child in section.GetChildren())
        {
            if (!child.Key.Equals(nameof(ApiKeys), StringComparison.OrdinalIgnoreCase))
            {
                BindingErrors.Add($"{child.Path}: is not an MCP access setting (known: ApiKeys).");
                continue;
            }

            foreach (var entry in child.GetChildren())
            {
                if (entry.Value is not null)
                {
                    BindingErrors.Add($"{entry.Path}: must be a section with Key and ProjectId, not a single value.");
                    continue;
                }

                var key = new ApiKeyOptions { ConfigurationPath = entry.Path };
                foreach (var field in entry.GetChildren())
                {
                    if (field.Key.Equals(nameof(ApiKeyOptions.Key), StringComparison.OrdinalIgnoreCase))
                    {
                        key.Key = field.Value;
                    }
                    else if (field.Key.Equals(nameof(ApiKeyOptions.ProjectId), StringComparison.OrdinalIgnoreCase))
                    {
                        key.ProjectId = field.Value;
                    }
                    else
                    {
                        BindingErrors.Add($"{field.Path}: is not an API key setting (known: Key, ProjectId).");
                    }
                }

                ApiKeys.Add(key);
            }
        }
    }
}

/// <summary>
/// One API key of the MCP endpoint (<c>Mcp:ApiKeys:N</c>).
/// </summary>
public sealed class ApiKeyOptions
{
    /// <summary>
    /// Gets or sets the secret a caller sends as <c>Authorization: Bearer &lt;key&gt;</c> or <c>X-Api-Key</c>: at
    /// least <see cref="McpAccessOptionsValidator.MinimumKeyLength"/> characters, no spaces or control characters.
    /// </summary>
    public string? Key { get; set; }

    /// <summary>Gets or sets the project whose budgets the key's calls are counted against.</summary>
    public string? ProjectId { get; set; }

    /// <summary>Gets or sets the configuration key the entry was bound from, for error messages.</summary>
    internal string? ConfigurationPath { get; set; }
}
