using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace FluentMcp.Orleans.Silo.ApiKeys;

/// <summary>
/// The configured API keys, looked up by their SHA-256 digest so that how long a lookup takes says nothing about how
/// close a guess was.
/// </summary>
internal sealed class ApiKeyStore(IOptions<McpAccessOptions> options)
{
    private readonly Lazy<Dictionary<string, string>> _projects = new(() => options.Value.ApiKeys.ToDictionary(
        k => Digest(k.Key!),
        k => k.ProjectId!,
        StringComparer.Ordinal));

    /// <summary>Gets a value indicating whether any key is configured, and so whether every request needs one.</summary>
    public bool Enabled => _projects.Value.Count > 0;

    /// <summary>Gets the distinct projects that keys belong to.</summary>
    public IEnumerable<string> Projects =>
        _projects.Value.Values.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);

    /// <summary>Finds the project of a key.</summary>
    public bool TryFindProject(string key, [NotNullWhen(true)] out string? projectId) =>
        _projects.Value.TryGetValue(Digest(key), out projectId);

    private static string Digest(string key) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
}
