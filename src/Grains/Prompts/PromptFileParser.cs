using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace FluentMcp.Orleans.Grains.Prompts;

/// <summary>
/// Reads one prompt file: YAML frontmatter between two <c>---</c> lines, then the template text.
/// Budget data is checked strictly; every problem is added to the error list with the file, tool and field.
/// Fields the product does not read are kept out of the way but reported as warnings, so a misspelled
/// <c>budget</c> does not pass unnoticed.
/// </summary>
internal static class PromptFileParser
{
    private const string HourlyField = "hourly_limit";
    private const string DailyField = "daily_limit";
    private const string IntTag = "tag:yaml.org,2002:int";

    /// <summary>The frontmatter fields of the user guide's format; others are reported as warnings.</summary>
    private static readonly HashSet<string> KnownFields =
        new(["name", "description", "tools", "budget", "model", "temperature", "arguments"], StringComparer.Ordinal);

    public static PromptDefinition? Parse(string path, string text, List<string> errors) =>
        Parse(path, text, errors, []);

    public static PromptDefinition? Parse(string path, string text, List<string> errors, List<string> warnings)
    {
        if (!TrySplit(text, out var frontmatter, out var template))
        {
            errors.Add($"{path}: has no YAML frontmatter (a block between two '---' lines at the top of the file).");
            return null;
        }

        var root = LoadMapping(path, frontmatter, errors);
        if (root is null)
        {
            return null;
        }

        var errorCount = errors.Count;
        var name = ReadName(path, root, errors);
        var description = ReadOptionalScalar(path, root, "description", errors);
        var tools = ReadTools(path, root, errors);
        var budget = ReadBudget(path, root, errors);
        Warn(path, root, tools, budget, warnings);

        return errors.Count > errorCount || name is null
            ? null
            : new PromptDefinition(name, description, tools, budget, template, path);
    }

    private static void Warn(
        string path,
        YamlMappingNode root,
        List<string> tools,
        Dictionary<string, ToolLimitOverride> budget,
        List<string> warnings)
    {
        foreach (var key in root.Children.Keys)
        {
            if (key is YamlScalarNode { Value: { } field } && !KnownFields.Contains(field))
            {
                warnings.Add($"{path}: {field}: is not a field this product reads, so it is ignored "
                    + $"(known fields: {string.Join(", ", KnownFields)}).");
            }
        }

        if (tools.Count > 0)
        {
            foreach (var tool in budget.Keys.Where(tool => !tools.Contains(tool)))
            {
                warnings.Add($"{path}: budget.{tool}: limits a tool that is not in the prompt's tools list.");
            }
        }
    }

    private static bool TrySplit(string text, out string frontmatter, out string template)
    {
        frontmatter = template = string.Empty;
        var lines = text.TrimStart('\uFEFF').Split('\n');
        if (lines.Length == 0 || lines[0].TrimEnd() != "---")
        {
            return false;
        }

        for (var i = 1; i < lines.Length; i++)
        {
            if (lines[i].TrimEnd() is "---" or "...")
            {
                frontmatter = string.Join('\n', lines[1..i]);
                template = string.Join('\n', lines[(i + 1)..]).Trim();
                return true;
            }
        }

        return false;
    }

    private static YamlMappingNode? LoadMapping(string path, string frontmatter, List<string> errors)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(frontmatter));
        }
        catch (YamlException ex)
        {
            // Line numbers count from the line after the opening '---'.
            errors.Add($"{path}: invalid YAML frontmatter at line {ex.Start.Line + 1}: {ex.Message}");
            return null;
        }
        catch (InvalidOperationException ex)
        {
            // YamlDotNet's scanner fails this way, with no position, on some unclosed flow collections
            // ('x: [a' followed by 'b: {'), instead of raising a YamlException.
            errors.Add($"{path}: invalid YAML frontmatter: it could not be read ({ex.Message}); "
                + "look for an unclosed '[', '{' or quote.");
            return null;
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            errors.Add($"{path}: the frontmatter must be a mapping of fields (name, description, tools, budget).");
            return null;
        }

        return root;
    }

    private static string? ReadName(string path, YamlMappingNode root, List<string> errors)
    {
        if (!root.Children.ContainsKey(new YamlScalarNode("name")))
        {
            errors.Add($"{path}: name: is required; it is the prompt id.");
            return null;
        }

        var name = ReadOptionalScalar(path, root, "name", errors);
        return name is not null && TryValidateId(path, "name", name, "name", errors) ? name : null;
    }

    private static string? ReadOptionalScalar(string path, YamlMappingNode root, string field, List<string> errors)
    {
        if (!root.Children.TryGetValue(new YamlScalarNode(field), out var node))
        {
            return null;
        }

        if (node is not YamlScalarNode scalar)
        {
            errors.Add($"{path}: {field}: must be text, not {Describe(node)}.");
            return null;
        }

        return scalar.Value;
    }

    private static List<string> ReadTools(string path, YamlMappingNode root, List<string> errors)
    {
        var tools = new List<string>();
        if (!root.Children.TryGetValue(new YamlScalarNode("tools"), out var node))
        {
            return tools;
        }

        if (node is not YamlSequenceNode sequence)
        {
            errors.Add($"{path}: tools: must be a list of tool names, not {Describe(node)}.");
            return tools;
        }

        foreach (var item in sequence)
        {
            if (item is YamlScalarNode { Value: { } tool } && TryValidateId(path, "tools", tool, "tool_name", errors))
            {
                tools.Add(tool);
            }
            else if (item is not YamlScalarNode)
            {
                errors.Add($"{path}: tools: each entry must be a tool name, not {Describe(item)}.");
            }
        }

        return tools;
    }

    private static Dictionary<string, ToolLimitOverride> ReadBudget(
        string path,
        YamlMappingNode root,
        List<string> errors)
    {
        var budget = new Dictionary<string, ToolLimitOverride>(StringComparer.Ordinal);
        if (!root.Children.TryGetValue(new YamlScalarNode("budget"), out var node))
        {
            return budget;
        }

        if (node is not YamlMappingNode tools)
        {
            errors.Add($"{path}: budget: must be a mapping of tool names to limits, not {Describe(node)}.");
            return budget;
        }

        foreach (var (key, value) in tools.Children)
        {
            var tool = (key as YamlScalarNode)?.Value ?? string.Empty;
            if (!TryValidateId(path, "budget", tool, "tool_name", errors))
            {
                continue;
            }

            if (ReadToolLimits(path, tool, value, errors) is { } limits)
            {
                budget[tool] = limits;
            }
        }

        return budget;
    }

    private static ToolLimitOverride? ReadToolLimits(string path, string tool, YamlNode node, List<string> errors)
    {
        var where = $"{path}: budget.{tool}";
        if (node is not YamlMappingNode fields)
        {
            errors.Add($"{where}: must be a mapping with {HourlyField} and/or {DailyField}, not {Describe(node)}.");
            return null;
        }

        int? hourly = null;
        int? daily = null;
        var valid = true;
        foreach (var (key, value) in fields.Children)
        {
            var field = (key as YamlScalarNode)?.Value;
            switch (field)
            {
                case HourlyField:
                    hourly = ReadLimit($"{where}.{field}", value, errors);
                    valid &= hourly is not null;
                    break;
                case DailyField:
                    daily = ReadLimit($"{where}.{field}", value, errors);
                    valid &= daily is not null;
                    break;
                default:
                    errors.Add($"{where}: unknown field '{field}' (expected {HourlyField} or {DailyField}).");
                    valid = false;
                    break;
            }
        }

        return valid ? new ToolLimitOverride(hourly, daily) : null;
    }

    private static int? ReadLimit(string where, YamlNode node, List<string> errors)
    {
        if (node is YamlScalarNode { Style: ScalarStyle.Plain, Value: { } text } scalarLimit
            && (scalarLimit.Tag.IsEmpty || scalarLimit.Tag.Value == IntTag)
            && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var limit)
            && limit > 0)
        {
            return limit;
        }

        var shown = node switch
        {
            YamlScalarNode { Value: null or "" } => "an empty value",
            YamlScalarNode { Style: ScalarStyle.Plain, Tag.IsEmpty: true } scalar => scalar.Value,
            YamlScalarNode scalar => $"\"{scalar.Value}\" (text)",
            _ => Describe(node),
        };
        errors.Add($"{where}: must be a whole number from 1 to {int.MaxValue}, not {shown}.");
        return null;
    }

    private static bool TryValidateId(string path, string field, string id, string kind, List<string> errors)
    {
        if (ToolBudgetKey.DescribeInvalidId(id, kind) is { } problem)
        {
            errors.Add($"{path}: {field}: {problem}");
            return false;
        }

        return true;
    }

    private static string Describe(YamlNode node) => node switch
    {
        YamlMappingNode => "a mapping",
        YamlSequenceNode => "a list",
        YamlScalarNode { Value: null or "" } or YamlScalarNode { Value: "~" or "null" } => "an empty value",
        _ => "a single value",
    };
}
