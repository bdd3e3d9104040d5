using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using FluentMcp.Orleans.Grains.Budgets;
using Orleans.Concurrency;

namespace FluentMcp.Orleans.Grains.Tools;

/// <summary>
/// Runs tool calls behind the budget gate. A stateless worker, so every silo runs its own callers' tools in
/// parallel; the (project, tool) budget grain stays the single writer of the counters.
/// </summary>
/// <remarks>
/// Order matters: the tool is found and its arguments are checked before the budget is charged, so a call that
/// could never run is never counted. Once admitted, a call counts even if the tool throws.
/// The grain holds no state, so it is reentrant: a slow tool does not hold up the calls queued behind it.
/// </remarks>
[StatelessWorker]
[Reentrant]
internal sealed partial class ToolExecutorGrain(ToolRegistry registry, ILogger<ToolExecutorGrain> logger)
    : Grain, IToolExecutorGrain
{
    private const string PromptArgument = "prompt_id";
    private const string ProjectArgument = "project_id";

    public Task<IReadOnlyList<ToolDescriptor>> ListToolsAsync() => Task.FromResult(registry.Descriptors);

    public async Task<ToolCallResult> ExecuteAsync(ToolCallRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);

        if (CheckIds(request) is { } invalid)
        {
            return invalid;
        }

        var tool = string.IsNullOrEmpty(request.ToolName) ? null : registry.Find(request.ToolName, request.Kind);
        if (tool is null)
        {
            LogNotFound(request.ToolName ?? string.Empty, request.Kind);
            return ToolCallResult.Failure(
                ToolErrorCodes.ToolNotFound,
                $"The server has no {Describe(request.Kind)} tool named '{request.ToolName}'.",
                request.ProjectId,
                request.ToolName);
        }

        var (arguments, error) = ParseArguments(request, tool);
        if ((error ?? OtherProject(request, tool, arguments!.Value)) is { } refused)
        {
            return refused;
        }

        if (tool.ChargesBudget && await AdmitAsync(request) is { } notAdmitted)
        {
            return notAdmitted;
        }

        return await RunAsync(request, tool, arguments!.Value);
    }

    private static ToolCallResult? CheckIds(ToolCallRequest request)
    {
        if (ToolBudgetKey.DescribeInvalidId(request.ProjectId, "project_id") is { } project)
        {
            return InvalidArguments(request, "project_id", project);
        }

        return request.PromptId is not null
            && ToolBudgetKey.DescribeInvalidId(request.PromptId, "prompt_id") is { } prompt
                ? InvalidArguments(request, "prompt_id", prompt)
                : null;
    }

    private static (JsonElement? Arguments, ToolCallResult? Error) ParseArguments(
        ToolCallRequest request,
        RegisteredTool tool)
    {
        JsonElement arguments;
        try
        {
            arguments = string.IsNullOrWhiteSpace(request.Arguments)
                ? JsonSerializer.SerializeToElement(new JsonObject())
                : JsonSerializer.Deserialize<JsonElement>(request.Arguments);
        }
        catch (JsonException ex)
        {
            return (null, InvalidArguments(request, string.Empty, $"The arguments are not valid JSON: {ex.Message}"));
        }

        if (arguments.ValueKind == JsonValueKind.Null)
        {
            arguments = JsonSerializer.SerializeToElement(new JsonObject());
        }

        if (arguments.ValueKind != JsonValueKind.Object)
        {
            return (null, InvalidArguments(request, string.Empty, "The arguments must be a JSON object."));
        }

        if (tool.Validate(arguments) is { } problem)
        {
            return (null, InvalidArguments(request, problem.Argument, problem.Message));
        }

        return (WithCallPrompt(arguments, request, tool), null);
    }

    /// <summary>
    /// A tool that takes a <c>prompt_id</c> and was called without one gets the call's own prompt (from the
    /// <c>X-Prompt-Id</c> header or <c>_meta.prompt_id</c>), so that <c>check_tool_budget</c> answers under the limits
    /// the caller's next call will meet.
    /// </summary>
    private static JsonElement WithCallPrompt(JsonElement arguments, ToolCallRequest request, RegisteredTool tool)
    {
        if (request.PromptId is null
            || !tool.HasArgument(PromptArgument)
            || arguments.TryGetProperty(PromptArgument, out _))
        {
            return arguments;
        }

        var withPrompt = JsonObject.Create(arguments) ?? [];
        withPrompt[PromptArgument] = request.PromptId;
        return JsonSerializer.SerializeToElement(withPrompt);
    }

    /// <summary>
    /// A caller whose credentials fix its project may read that project's budgets only: the budget tools refuse a
    /// <c>project_id</c> that names another.
    /// </summary>
    private static ToolCallResult? OtherProject(ToolCallRequest request, RegisteredTool tool, JsonElement arguments)
    {
        if (!request.ProjectIsBound
            || !BudgetTools.IsBudgetTool(tool.Name)
            || !arguments.TryGetProperty(ProjectArgument, out var named)
            || named.ValueKind != JsonValueKind.String
            || named.GetString() == request.ProjectId)
        {
            return null;
        }

        return InvalidArguments(
            request,
            ProjectArgument,
            $"The API key is for project '{request.ProjectId}'; {ProjectArgument} cannot name project "
                + $"'{named.GetString()}'.");
    }

    private async Task<ToolCallResult?> AdmitAsync(ToolCallRequest request)
    {
        var budget = GrainFactory.GetGrain<IToolBudgetGrain>(ToolBudgetKey.Format(request.ProjectId, request.ToolName));
        try
        {
            var decision = await budget.TryAdmitAsync(request.PromptId);
            return decision.Refusal is { } refusal
                ? ToolCallResult.BudgetExceeded(request.ProjectId, request.ToolName, refusal)
                : null;
        }
        catch (ArgumentException ex)
        {
            return InvalidArguments(request, ex.ParamName ?? "prompt_id", MessageOf(ex));
        }
        catch (Exception ex) when (ex is not (BudgetExceededException or OutOfMemoryException))
        {
            // A failed write, or a budget grain that could not even activate because its state could not be read:
            // either way nothing was admitted. The caller gets one sentence; the log gets the whole exception.
            LogBudgetUnavailable(ex, request.ToolName, request.ProjectId);
            return ToolCallResult.Failure(
                ToolErrorCodes.BudgetUnavailable,
                StorageFailureText.Sentence(
                    $"The budget of tool '{request.ToolName}' in project '{request.ProjectId}' could not be read "
                    + "or written in storage, so the call was not run",
                    ex),
                request.ProjectId,
                request.ToolName);
        }
    }

    private async Task<ToolCallResult> RunAsync(ToolCallRequest request, RegisteredTool tool, JsonElement arguments)
    {
        try
        {
            // Tools are user code that may block; run them on the thread pool, not on the grain's scheduler.
            var value = await Task.Run(() => tool.InvokeAsync(arguments, ServiceProvider, CancellationToken.None));
            LogRan(tool.Name, request.ProjectId);
            return Success(value);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            var error = ex is TargetInvocationException { InnerException: { } inner } ? inner : ex;
            if (!tool.ChargesBudget && error is ArgumentException { ParamName: var name } && tool.HasArgument(name))
            {
                return InvalidArguments(request, name!, MessageOf(error));
            }

            if (BudgetTools.IsBudgetTool(tool.Name))
            {
                // A budget query fails only when a budget cannot be read: the answer the gate gives then.
                LogBudgetUnavailable(error, tool.Name, request.ProjectId);
                return ToolCallResult.Failure(
                    ToolErrorCodes.BudgetUnavailable,
                    StorageFailureText.Sentence(
                        $"A budget could not be read from storage, so '{tool.Name}' could not answer",
                        error),
                    request.ProjectId,
                    request.ToolName);
            }

            LogToolFailed(error, tool.Name, request.ProjectId);
            return ToolCallResult.Failure(
                ToolErrorCodes.ToolExecutionError,
                $"Tool '{tool.Name}' failed: {MessageOf(error)}",
                request.ProjectId,
                request.ToolName);
        }
    }

    private static ToolCallResult Success(object? value)
    {
        var element = value switch
        {
            null => (JsonElement?)null,
            JsonElement json => json,
            _ => JsonSerializer.SerializeToElement(value, ToolRegistrationExtensions.SerializerOptions),
        };

        return element switch
        {
            null or { ValueKind: JsonValueKind.Null or JsonValueKind.Undefined } =>
                ToolCallResult.Success("null", null),
            { ValueKind: JsonValueKind.String } text => ToolCallResult.Success(text.GetString()!, null),
            { ValueKind: JsonValueKind.Object } json => ToolCallResult.Success(Compact(json), Compact(json)),
            { } json => ToolCallResult.Success(Compact(json), null),
        };
    }

    private static string Compact(JsonElement json) => JsonSerializer.Serialize(json);

    /// <summary>Gets an exception's message without the "(Parameter 'x')" that argument exceptions append.</summary>
    private static string MessageOf(Exception error) =>
        error is ArgumentException { ParamName: { } name }
            ? error.Message.Replace($" (Parameter '{name}')", string.Empty, StringComparison.Ordinal)
            : error.Message;

    private static ToolCallResult InvalidArguments(ToolCallRequest request, string argument, string message) =>
        ToolCallResult.Failure(
            ToolErrorCodes.InvalidArguments,
            message,
            request.ProjectId,
            request.ToolName,
            argument.Length == 0 ? null : argument);

    private static string Describe(ToolKind kind) => kind == ToolKind.External ? "external" : "embedded";
}
