using System.Globalization;
using System.Text.Json;

namespace FluentMcp.Orleans.Grains.Tools;

/// <summary>
/// Checks tool arguments against the subset of JSON schema that tool schemas use: <c>type</c> (one or a list),
/// <c>properties</c>, <c>required</c>, <c>additionalProperties: false</c>, <c>items</c>, <c>enum</c>, and the bounds
/// that data annotations on tool parameters produce: <c>minimum</c>, <c>maximum</c>, <c>exclusiveMinimum</c>,
/// <c>exclusiveMaximum</c> (<c>[Range]</c>), <c>minLength</c>, <c>maxLength</c>, <c>minItems</c> and <c>maxItems</c>
/// (<c>[MinLength]</c>, <c>[MaxLength]</c>, <c>[Length]</c>, <c>[StringLength]</c>).
/// </summary>
internal static class ToolArgumentValidator
{
    /// <summary>Checks a value; returns the first problem as (argument path, message), or null when it fits.</summary>
    public static (string Argument, string Message)? Check(JsonElement schema, JsonElement value, string path)
    {
        if (schema.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        if (schema.TryGetProperty("type", out var type) && !FitsType(type, value))
        {
            return (path, $"Argument '{path}' must be {DescribeType(type)}, not {Describe(value)}.");
        }

        if (schema.TryGetProperty("enum", out var allowed) && allowed.ValueKind == JsonValueKind.Array
            && !allowed.EnumerateArray().Any(a => JsonElement.DeepEquals(a, value)))
        {
            return (path, $"Argument '{path}' must be one of {allowed.GetRawText()}.");
        }

        if (CheckBounds(schema, value, path) is { } outOfBounds)
        {
            return outOfBounds;
        }

        return value.ValueKind switch
        {
            JsonValueKind.Object => CheckObject(schema, value, path),
            JsonValueKind.Array when schema.TryGetProperty("items", out var items) => CheckItems(items, value, path),
            _ => null,
        };
    }

    private static (string, string)? CheckObject(JsonElement schema, JsonElement value, string path)
    {
        var properties = schema.TryGetProperty("properties", out var p) && p.ValueKind == JsonValueKind.Object
            ? p
            : default;
        var closed = schema.TryGetProperty("additionalProperties", out var extra)
            && extra.ValueKind == JsonValueKind.False;

        if (schema.TryGetProperty("required", out var required) && required.ValueKind == JsonValueKind.Array)
        {
            foreach (var name in required.EnumerateArray().Select(r => r.GetString()).OfType<string>())
            {
                if (!value.TryGetProperty(name, out _))
                {
                    var missing = Join(path, name);
                    return (missing, $"Argument '{missing}' is required.");
                }
            }
        }

        foreach (var property in value.EnumerateObject())
        {
            var child = Join(path, property.Name);
            if (properties.ValueKind == JsonValueKind.Object && properties.TryGetProperty(property.Name, out var sub))
            {
                if (Check(sub, property.Value, child) is { } problem)
                {
                    return problem;
                }
            }
            else if (closed)
            {
                return (child, $"Argument '{child}' is not an argument of this tool.");
            }
        }

        return null;
    }

    private static (string, string)? CheckBounds(JsonElement schema, JsonElement value, string path)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Number:
                if (!value.TryGetDouble(out var number))
                {
                    return (path, $"Argument '{path}' is too large a number: {Abbreviate(value.GetRawText())}.");
                }

                if (Bound(schema, "minimum") is { } min && number < min)
                {
                    return (path, $"Argument '{path}' must be at least {Format(min)}, not {value.GetRawText()}.");
                }

                if (Bound(schema, "maximum") is { } max && number > max)
                {
                    return (path, $"Argument '{path}' must be at most {Format(max)}, not {value.GetRawText()}.");
                }

                if (Bound(schema, "exclusiveMinimum") is { } above && number <= above)
                {
                    return (path, $"Argument '{path}' must be greater than {Format(above)}, not {value.GetRawText()}.");
                }

                if (Bound(schema, "exclusiveMaximum") is { } below && number >= below)
                {
                    return (path, $"Argument '{path}' must be less than {Format(below)}, not {value.GetRawText()}.");
                }

                return null;
            case JsonValueKind.String:
                if (TextOf(value) is not { } text)
                {
                    return (path, $"Argument '{path}' holds an unpaired surrogate; it must be valid Unicode text.");
                }

                return CheckCount(schema, "minLength", "maxLength", text.EnumerateRunes().Count(), "characters", path);
            case JsonValueKind.Array:
                return CheckCount(schema, "minItems", "maxItems", value.GetArrayLength(), "items", path);
            default:
                return null;
        }
    }

    private static (string, string)? CheckCount(
        JsonElement schema,
        string minimum,
        string maximum,
        int count,
        string unit,
        string path)
    {
        if (Bound(schema, minimum) is { } min && count < min)
        {
            return (path, $"Argument '{path}' must have at least {Format(min)} {unit}, not {count}.");
        }

        if (Bound(schema, maximum) is { } max && count > max)
        {
            return (path, $"Argument '{path}' must have at most {Format(max)} {unit}, not {count}.");
        }

        return null;
    }

    /// <summary>Gets a string value, or <see langword="null"/> when it escapes an unpaired surrogate.</summary>
    private static string? TextOf(JsonElement value)
    {
        try
        {
            return value.GetString();
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    private static string Abbreviate(string text) => text.Length <= 40 ? text : text[..40] + "...";

    private static double? Bound(JsonElement schema, string keyword) =>
        schema.TryGetProperty(keyword, out var bound) && bound.ValueKind == JsonValueKind.Number
            ? bound.GetDouble()
            : null;

    private static string Format(double bound) => bound.ToString(CultureInfo.InvariantCulture);

    private static (string, string)? CheckItems(JsonElement items, JsonElement value, string path)
    {
        var index = 0;
        foreach (var item in value.EnumerateArray())
        {
            if (Check(items, item, string.Create(CultureInfo.InvariantCulture, $"{path}[{index}]")) is { } problem)
            {
                return problem;
            }

            index++;
        }

        return null;
    }

    private static bool FitsType(JsonElement type, JsonElement value) =>
        type.ValueKind switch
        {
            JsonValueKind.String => Fits(type.GetString(), value),
            JsonValueKind.Array => type.EnumerateArray().Any(t => Fits(t.GetString(), value)),
            _ => true,
        };

    private static bool Fits(string? type, JsonElement value) =>
        type switch
        {
            "string" => value.ValueKind == JsonValueKind.String,
            "integer" => value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out _),
            "number" => value.ValueKind == JsonValueKind.Number,
            "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
            "array" => value.ValueKind == JsonValueKind.Array,
            "object" => value.ValueKind == JsonValueKind.Object,
            "null" => value.ValueKind == JsonValueKind.Null,
            _ => true,
        };

    private static string DescribeType(JsonElement type) =>
        type.ValueKind == JsonValueKind.Array
            ? "one of " + string.Join(", ", type.EnumerateArray().Select(t => Article(t.GetString())))
            : Article(type.GetString());

    private static string Article(string? type) =>
        type switch
        {
            "integer" or "array" or "object" => $"an {type}",
            "null" => "null",
            _ => $"a {type}",
        };

    private static string Describe(JsonElement value) =>
        value.ValueKind switch
        {
            JsonValueKind.String => "a string",
            JsonValueKind.Number => value.TryGetInt64(out _) ? "an integer" : "a number",
            JsonValueKind.True or JsonValueKind.False => "a boolean",
            JsonValueKind.Array => "an array",
            JsonValueKind.Object => "an object",
            _ => "null",
        };

    private static string Join(string path, string name) => path.Length == 0 ? name : $"{path}.{name}";
}
