using System.Text.Json;
using System.Text.Json.Nodes;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace FluentMcp.Orleans.Mcp;

/// <summary>
/// Checks the shape of <c>tools/call</c> and <c>prompts/get</c> params before the SDK reads them, so that a malformed
/// request gets an invalid-params error naming the field at fault rather than a bare internal error.
/// </summary>
internal static class CallParamsCheck
{
    public static McpMessageFilter Filter => next => (context, cancellationToken) =>
    {
        if (context.JsonRpcMessage is JsonRpcRequest { Method: RequestMethods.ToolsCall or RequestMethods.PromptsGet }
                request
            && Problem(request.Method, request.Params) is { } problem)
        {
            throw new McpProtocolException($"{request.Method} {problem}", McpErrorCode.InvalidParams);
        }

        return next(context, cancellationToken);
    };

    /// <summary>Gets what is wrong with the params of a <c>tools/call</c>, or <see langword="null"/>.</summary>
    internal static string? Problem(JsonNode? parameters) => Problem(RequestMethods.ToolsCall, parameters);

    /// <summary>
    /// Gets what is wrong with the params of a <c>tools/call</c> or <c>prompts/get</c>, or <see langword="null"/>.
    /// </summary>
    internal static string? Problem(string method, JsonNode? parameters)
    {
        var prompt = method == RequestMethods.PromptsGet;
        if (parameters is null)
        {
            // The tools/call handler answers a call without params; prompts/get needs a name.
            return prompt ? "params are missing: params.name names the prompt to get." : null;
        }

        if (parameters is not JsonObject call)
        {
            return $"params must be an object, not {Kind(parameters)}.";
        }

        var named = prompt ? "the prompt to get" : "the tool to call";
        if (!call.TryGetPropertyValue("name", out var name) || name is null)
        {
            return $"params.name is missing: it names {named}.";
        }

        if (name.GetValueKind() != JsonValueKind.String)
        {
            return $"params.name must be a string naming {named}, not {Kind(name)}.";
        }

        if (prompt)
        {
            return call.TryGetPropertyValue("arguments", out var values) && values is not null and not JsonObject
                ? $"params.arguments must be an object of argument names and values, not {Kind(values)}."
                : null;
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
