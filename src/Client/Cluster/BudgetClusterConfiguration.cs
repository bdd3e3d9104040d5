using System.Reflection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace FluentMcp.Orleans.Client.Cluster;

/// <summary>
/// Reads <see cref="BudgetClusterOptions"/> from configuration before a host is built, when Orleans needs them.
/// </summary>
public static class BudgetClusterConfiguration
{
    private static readonly HashSet<string> KnownKeys = new(
        typeof(BudgetClusterOptions).GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => p.Name),
        StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Binds and checks the <c>Cluster</c> section. Every problem is reported at once, each with its key: an unknown
    /// key, a value that does not convert (an unknown storage kind), a missing connection string, a port out of range.
    /// </summary>
    /// <param name="configuration">The configuration root of the process.</param>
    /// <returns>The options; their defaults where the section is absent.</returns>
    /// <exception cref="OptionsValidationException">A setting is not valid.</exception>
    public static BudgetClusterOptions Read(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);

        var section = configuration.GetSection(BudgetClusterOptions.SectionName);
        var errors = new List<string>();
        foreach (var child in section.GetChildren().Where(c => !KnownKeys.Contains(c.Key)))
        {
            errors.Add($"{child.Path}: is not a setting; the known ones are {string.Join(", ", KnownKeys.Order())}.");
        }

        var options = new BudgetClusterOptions();
        try
        {
            section.Bind(options);
        }
        catch (InvalidOperationException ex)
        {
            errors.Add(ex.Message);
        }

        var result = new BudgetClusterOptionsValidator().Validate(Options.DefaultName, options);
        if (result.Failed)
        {
            errors.AddRange(result.Failures);
        }

        return errors.Count == 0
            ? options
            : throw new OptionsValidationException(Options.DefaultName, typeof(BudgetClusterOptions), errors);
    }
}
