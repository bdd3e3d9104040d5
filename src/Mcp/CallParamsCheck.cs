using System.Text.Json;
using System.Text.Json.Nodes;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace FluentMcp.Orleans.Mcp;

/// <summary>
/// Checks the shape of <c>tools/call</c> params before the SDK reads them, so that a malformed call gets an
/// invalid-params error naming the field at fault rather than a bare internal error.
/// </summary>
internal static class CallParamsCheck
{
    public static McpMessageFilter Filter => next => (context, cancellationToken) =>
    {
        if (context.JsonRpcMessage is JsonRpcRequest { Method: RequestMethods.ToolsCall } request
            && Problem(request.Params) is { } problem)
        {
            throw new McpProtocolException($"tools/call {problem}", McpErrorCode.InvalidParams);
        }

        return next(context, cancellationToken);
    };

    /// <summary>Gets what is wrong with the params of a <c>tools/call</c>, or <see langword="null"/>.</summary>
    internal static string? Problem(JsonNode? parameters)
    {
        if (parameters is null)
        {
            return null; // The handler answers a call without params.
        }

        if (parameters is not JsonObject call)
        {
            return $"params must be an object, not {Kind(parameters)}.";
        }

        if (!call.TryGetPropertyValue("name", out var name) || name is null)
        {
            return "params.name is missing: it names the tool to call.";
        }

        if (name.GetValueKind() != JsonValueKind.String)
        {
            return $"params.name must be a string naming the tool, not {Kind(name)}.";
        }

        if (call.TryGetPropertyValue("arguments", out var arguments) && arguments is not null and not JsonObject)
        {
            return $"params.arguments must be an object of argument names and values, not {Kind(arguments)}.";
        }

        if (call.TryGetPropertyValue("_meta", out var meta) && meta is not null and not JsonObject)
        {
            return $"params._meta must be an object, not {Kind(meta)}.";
        }

        return null;
    }

    private static string Kind(JsonNode node) => node.GetValueKind() switch
    {
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => node.GetValueKind().ToString().ToLowerInvariant(),
    };
}
