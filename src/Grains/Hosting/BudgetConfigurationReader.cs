using System.ComponentModel;
using System.Globalization;
using System.Reflection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace FluentMcp.Orleans.Grains.Hosting;

/// <summary>
/// Binds the <c>Budget</c> section after checking every key and value in it against <see cref="BudgetOptions"/>, so
/// that a start with bad configuration lists all of its problems at once, each with its full key, instead of
/// stopping at the first one the binder meets.
/// </summary>
internal static class BudgetConfigurationReader
{
    private static readonly Dictionary<string, Type> Settings = SettingsOf(typeof(BudgetOptions));
    private static readonly Dictionary<string, Type> ToolFields = SettingsOf(typeof(ToolLimitOptions));

    public static void Bind(IConfigurationSection section, BudgetOptions options)
    {
        var errors = new List<string>();
        foreach (var entry in section.GetChildren())
        {
            if (!Settings.TryGetValue(entry.Key, out var type))
            {
                errors.Add($"{entry.Path}: is not a budget setting (known: {string.Join(", ", Settings.Keys)}).");
            }
            else if (type == typeof(Dictionary<string, ToolLimitOptions>))
            {
                CheckToolLimits(entry, errors);
            }
            else
            {
                CheckValue(entry, type, errors);
            }
        }

        if (errors.Count > 0)
        {
            throw new OptionsValidationException(Options.DefaultName, typeof(BudgetOptions), errors);
        }

        section.Bind(options);
    }

    private static void CheckToolLimits(IConfigurationSection limits, List<string> errors)
    {
        var fields = string.Join(" and/or ", ToolFields.Keys);
        if (limits.Value is not null)
        {
            errors.Add($"{limits.Path}: must be a section of tools, each with {fields}.");
            return;
        }

        foreach (var tool in limits.GetChildren())
        {
            if (tool.Value is not null)
            {
                errors.Add($"{tool.Path}: must be a section with {fields}, not the single value '{tool.Value}'.");
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
                    errors.Add($"{field.Path}: is not a tool limit (known: {string.Join(", ", ToolFields.Keys)}).");
                }
            }
        }
    }

    private static void CheckValue(IConfigurationSection entry, Type type, List<string> errors)
    {
        if (entry.Value is null && entry.GetChildren().Any())
        {
            errors.Add($"{entry.Path}: must be a single value, not a section.");
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
            var expected = target == typeof(int) ? "a whole number"
                : target == typeof(TimeSpan) ? "a duration such as 00:15:00"
                : $"a {target.Name}";
            errors.Add(string.Create(
                CultureInfo.InvariantCulture,
                $"{entry.Path}: must be {expected}, not '{entry.Value}'."));
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
