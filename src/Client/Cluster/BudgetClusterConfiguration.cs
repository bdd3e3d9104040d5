using System.Globalization;
using System.Reflection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace FluentMcp.Orleans.Client.Cluster;

/// <summary>
/// Reads <see cref="BudgetClusterOptions"/> from configuration before a host is built, when Orleans needs them.
/// </summary>
public static class BudgetClusterConfiguration
{
    private static readonly Dictionary<string, PropertyInfo> Settings =
        typeof(BudgetClusterOptions).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .ToDictionary(p => p.Name, StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Reads and checks the <c>Cluster</c> section. Every problem is reported at once, each with its key: an unknown
    /// key, a value that does not convert (an unknown storage kind, a port that is not a number), a missing or
    /// malformed connection string, a port out of range.
    /// </summary>
    /// <param name="configuration">The configuration root of the process.</param>
    /// <returns>The options; their defaults where the section is absent.</returns>
    /// <exception cref="OptionsValidationException">A setting is not valid.</exception>
    public static BudgetClusterOptions Read(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);

        var options = new BudgetClusterOptions();
        var errors = new List<string>();
        foreach (var entry in configuration.GetSection(BudgetClusterOptions.SectionName).GetChildren())
        {
            if (!Settings.TryGetValue(entry.Key, out var setting))
            {
                var known = string.Join(", ", Settings.Keys.Order(StringComparer.Ordinal));
                errors.Add($"{entry.Path}: is not a setting; the known ones are {known}.");
            }
            else if (entry.Value is null)
            {
                errors.Add($"{entry.Path}: must be a single value, not a section.");
            }
            else if (TryConvert(entry.Value, setting.PropertyType, out var value, out var expected))
            {
                setting.SetValue(options, value);
            }
            else
            {
                errors.Add($"{entry.Path}: must be {expected}, not '{entry.Value}'.");
            }
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

    /// <summary>
    /// Converts one value the way the configuration binder would, but says what was expected instead of throwing
    /// on the first bad value, so that every bad value of the section is reported.
    /// </summary>
    private static bool TryConvert(string text, Type type, out object? value, out string expected)
    {
        value = text;
        expected = string.Empty;
        if (type == typeof(string))
        {
            return true;
        }

        if (type == typeof(ClusterStorage))
        {
            // Only the names: Enum.TryParse would also take a number such as 7.
            var names = Enum.GetNames<ClusterStorage>();
            var name = names.FirstOrDefault(n => n.Equals(text, StringComparison.OrdinalIgnoreCase));
            value = name is null ? null : Enum.Parse<ClusterStorage>(name);
            expected = "one of " + string.Join(", ", names);
            return name is not null;
        }

        if (type == typeof(int))
        {
            // The whole-number settings are ports.
            var parsed = int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number);
            value = number;
            expected = "a port from 1 to 65535";
            return parsed;
        }

        if (type == typeof(TimeSpan))
        {
            var parsed = TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var duration);
            value = duration;
            expected = "a duration such as 00:00:30";
            return parsed;
        }

        throw new NotSupportedException($"{type.Name} settings have no conversion here.");
    }
}
