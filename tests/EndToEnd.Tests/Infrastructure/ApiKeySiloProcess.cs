namespace FluentMcp.Orleans.EndToEnd.Tests.Infrastructure;

/// <summary>
/// The built silo with one API key configured through the environment, as an operator would configure it.
/// </summary>
public sealed class ApiKeySiloProcess : SiloProcess
{
    public new const string Collection = "api key silo process";
    public const string ApiKey = "e2e-key-0123456789abcdef";

    public ApiKeySiloProcess()
        : this(Keyed(Project))
    {
    }

    private ApiKeySiloProcess(IReadOnlyDictionary<string, string> settings)
        : base(settings, ApiKey)
    {
    }

    /// <summary>Gets the project of <see cref="ApiKey"/>, fresh per run.</summary>
    public static string Project { get; } = $"e2e-keyed-{Guid.NewGuid():N}";

    private static Dictionary<string, string> Keyed(string project) => new()
    {
        ["Mcp__ApiKeys__0__Key"] = ApiKey,
        ["Mcp__ApiKeys__0__ProjectId"] = project,
    };
}
