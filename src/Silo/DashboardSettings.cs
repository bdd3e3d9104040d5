using Microsoft.Extensions.Options;

namespace FluentMcp.Orleans.Silo;

/// <summary>
/// Whether the silo serves the Orleans Dashboard, read from <c>Dashboard:Enabled</c> (default <c>false</c>). The
/// dashboard shows every silo, grain and reminder of the cluster, so it is for the operator: it is not behind the
/// MCP API keys.
/// </summary>
internal static class DashboardSettings
{
    /// <summary>The path the dashboard is served at.</summary>
    public const string Path = "/dashboard";

    private const string Key = "Dashboard:Enabled";

    /// <summary>Reads the setting.</summary>
    /// <exception cref="OptionsValidationException">The value is not <c>true</c> or <c>false</c>, or the section holds
    /// another key.</exception>
    public static bool IsEnabled(IConfiguration configuration)
    {
        var errors = configuration.GetSection("Dashboard").GetChildren()
            .Where(c => !c.Path.Equals(Key, StringComparison.OrdinalIgnoreCase))
            .Select(c => $"{c.Path}: is not a dashboard setting (known: Enabled).")
            .ToList();
        var value = configuration[Key];
        var enabled = false;
        if (value is not null && !bool.TryParse(value, out enabled))
        {
            errors.Add($"{Key}: must be true or false, not '{value}'.");
        }

        return errors.Count == 0
            ? enabled
            : throw new OptionsValidationException(Key, typeof(bool), errors);
    }
}
