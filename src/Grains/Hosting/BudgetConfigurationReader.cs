using System.ComponentModel;
using System.Globalization;
using System.Reflection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace FluentMcp.Orleans.Grains.Hosting;

/// <summary>
/// Binds the <c>Budget</c> section after checking every key and value in it against <see cref="BudgetOptions"/>, so
/// that a start with bad configuration lists all of its problems at once, each with its full key, instead of
/// stopping at the first one the binder meets. When a key or value is rejected, the rest of the section is still
/// bound and checked by <see cref="BudgetOptionsValidator"/>, so that a bad value is reported alongside a bad key.
/// </summary>
internal static class BudgetConfigurationReader
{
    private static readonly Dictionary<string, Type> Settings = SettingsOf(typeof(BudgetOptions));
    private static readonly Dictionary<string, Type> ToolFields = SettingsOf(typeof(ToolLimitOptions));

    public static void Bind(IConfigurationSection section, BudgetOptions options)
    {
        var rejected = new List<(string Path, string Error)>();
        foreach (var entry in section.GetChildren())
        {
            if (!Settings.TryGetValue(entry.Key, out var type))
            {
                var known = string.Join(", ", Settings.Keys);
                rejected.Add((entry.Path, $"{entry.Path}: is not a budget setting (known: {known})."));
            }
            else if (type == typeof(Dictionary<string, ToolLimitOptions>))
            {
                CheckToolLimits(entry, rejected);
            }
            else
            {
                CheckValue(entry, type, rejected);
            }
        }

        if (rejected.Count == 0)
        {
            section.Bind(options);
            return;
        }

        BindAllBut(section, rejected.Select(r => r.Path).ToList(), options);
        var errors = rejected.Select(r => r.Error).ToList();
        var result = new BudgetOptionsValidator().Validate(Options.DefaultName, options);
        if (result.Failed)
        {
            errors.AddRange(result.Failures);
        }

        throw new OptionsValidationException(Options.DefaultName, typeof(BudgetOptions), errors);
    }

    private static void BindAllBut(IConfigurationSection section, List<string> rejectedPaths, BudgetOptions options)
    {
        var accepted = section.AsEnumerable(makePathsRelative: true)
            .Where(e => e.Value is not null && !rejectedPaths.Exists(p => IsWithin($"{section.Path}:{e.Key}", p)))
            .ToList();
        new ConfigurationBuilder().AddInMemoryCollection(accepted).Build().Bind(options);
    }

    private static bool IsWithin(string path, string ancestor) =>
        path.Equals(ancestor, StringComparison.OrdinalIgnoreCase)
        || path.StartsWith(ancestor + ConfigurationPath.KeyDelimiter, StringComparison.OrdinalIgnoreCase);

    private static void CheckToolLimits(IConfigurationSection limits, List<(string Path, string Error)> errors)
    {
        var fields = string.Join(" and/or ", ToolFields.Keys);
        if (limits.Value is not null)
        {
            errors.Add((limits.Path, $"{limits.Path}: must be a section of tools, each with {fields}."));
            return;
        }

        foreach (var tool in limits.GetChildren())
        {
            if (tool.Value is not null)
            {
                errors.Add(
                    (tool.Path, $"{tool.Path}: must be a section with {fields}, not the single value '{tool.Value}'."));
                continue;
            }

            foreach (var field in tool.GetChildren())
            {
                if (ToolFields.TryGetValue(field.Key, out var type))
                {
                    CheckValue(field, type, errors);
                }
                else
                {
                    var known = string.Join(", ", ToolFields.Keys);
                    errors.Add((field.Path, $"{field.Path}: is not a tool limit (known: {known})."));
                }
            }
        }
    }

    private static void CheckValue(IConfigurationSection entry, Type type, List<(string Path, string Error)> errors)
    {
        if (entry.Value is null && entry.GetChildren().Any())
        {
            errors.Add((entry.Path, $"{entry.Path}: must be a single value, not a section."));
            return;
        }

        if (string.IsNullOrEmpty(entry.Value) || type == typeof(string))
        {
            return;
        }

        var target = Nullable.GetUnderlyingType(type) ?? type;
        try
        {
            TypeDescriptor.GetConverter(target).ConvertFromInvariantString(entry.Value);
        }
        catch (Exception ex) when (ex is FormatException or ArgumentException or OverflowException
            || ex.InnerException is FormatException or OverflowException)
        {
            // Every whole-number setting is a limit, which the validator wants positive.
            var expected = target == typeof(int) ? $"a whole number from 1 to {int.MaxValue}"
                : target == typeof(TimeSpan) ? "a duration such as 00:15:00"
                : $"a {target.Name}";
            errors.Add((entry.Path, string.Create(
                CultureInfo.InvariantCulture,
                $"{entry.Path}: must be {expected}, not '{entry.Value}'.")));
        }
    }

    private static Dictionary<string, Type> SettingsOf(Type options) =>
        options.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(property => property.GetIndexParameters().Length == 0)
            .ToDictionary(
                property => property.Name,
                property => property.PropertyType,
                StringComparer.OrdinalIgnoreCase);
}
