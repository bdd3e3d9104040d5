using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.AI;

namespace FluentMcp.Orleans.Grains.Tools;

/// <summary>
/// A registered tool: its MCP schema with snake_case argument names, and the function that runs it.
/// </summary>
internal sealed class RegisteredTool
{
    private static readonly string[] NumberBounds = ["minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"];

    private readonly AIFunction _function;
    private readonly Dictionary<string, string> _parameterNames;

    public RegisteredTool(AIFunction function, ToolKind kind, bool chargesBudget)
    {
        ArgumentNullException.ThrowIfNull(function);
        ToolBudgetKey.ValidateId(function.Name, "tool_name");

        _function = function;
        _parameterNames = new Dictionary<string, string>(StringComparer.Ordinal);
        InputSchema = BuildSchema(function, _parameterNames);
        Descriptor = new ToolDescriptor(
            function.Name,
            function.Description,
            kind,
            InputSchema.GetRawText(),
            chargesBudget);
    }

    public string Name => Descriptor.Name;

    public ToolKind Kind => Descriptor.Kind;

    public bool ChargesBudget => Descriptor.ChargesBudget;

    public JsonElement InputSchema { get; }

    public ToolDescriptor Descriptor { get; }

    /// <summary>Gets a value indicating whether <paramref name="argument"/> is one of the tool's arguments.</summary>
    public bool HasArgument(string? argument) => argument is not null && _parameterNames.ContainsKey(argument);

    public (string Argument, string Message)? Validate(JsonElement arguments) =>
        ToolArgumentValidator.Check(InputSchema, arguments, string.Empty);

    public async Task<object?> InvokeAsync(
        JsonElement arguments,
        IServiceProvider services,
        CancellationToken cancellationToken)
    {
        var bound = new AIFunctionArguments { Services = services };
        foreach (var property in arguments.EnumerateObject())
        {
            bound[_parameterNames.GetValueOrDefault(property.Name, property.Name)] = property.Value;
        }

        return await _function.InvokeAsync(bound, cancellationToken);
    }

    private static JsonElement BuildSchema(AIFunction function, Dictionary<string, string> parameterNames)
    {
        var schema = JsonNode.Parse(function.JsonSchema.GetRawText()) as JsonObject ?? [];
        schema["type"] = "object";
        var properties = schema["properties"] as JsonObject ?? [];
        var required = schema["required"] as JsonArray ?? [];

        var renamed = new JsonObject();
        foreach (var (name, property) in properties.ToList())
        {
            properties.Remove(name);
            var wireName = JsonNamingPolicy.SnakeCaseLower.ConvertName(name);
            parameterNames[wireName] = ClrName(function.UnderlyingMethod, name);
            if (property is JsonObject parameter)
            {
                MoveBoundsToItems(parameter);
            }

            renamed[wireName] = property;
        }

        schema["properties"] = renamed;
        schema["required"] = new JsonArray([.. required
            .Select(r => JsonValue.Create(JsonNamingPolicy.SnakeCaseLower.ConvertName(r!.GetValue<string>())))]);
        schema["additionalProperties"] = false;
        return JsonSerializer.SerializeToElement(schema);
    }

    /// <summary>
    /// A <c>[Range]</c> on an array parameter comes out as <c>minimum</c> and <c>maximum</c> of the array, which JSON
    /// schema ignores for arrays; they are meant for each item, so they move there.
    /// </summary>
    private static void MoveBoundsToItems(JsonObject parameter)
    {
        if (parameter["items"] is not JsonObject items)
        {
            return;
        }

        foreach (var keyword in NumberBounds)
        {
            if (parameter[keyword] is { } bound)
            {
                parameter.Remove(keyword);
                items[keyword] = bound;
            }
        }
    }

    private static string ClrName(MethodInfo? method, string schemaName) =>
        method?.GetParameters()
            .FirstOrDefault(p => string.Equals(p.Name, schemaName, StringComparison.OrdinalIgnoreCase))?.Name
        ?? schemaName;
}
