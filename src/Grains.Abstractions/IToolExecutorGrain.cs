namespace FluentMcp.Orleans;

/// <summary>
/// Runs the tools registered in the silos behind the budget gate. It runs as a stateless worker on every silo, so
/// tool calls run in parallel across the cluster. Use the key <c>0</c>.
/// </summary>
[Alias("FluentMcp.IToolExecutorGrain")]
public interface IToolExecutorGrain : IGrainWithIntegerKey
{
    /// <summary>
    /// Gets the tools that the silos can run, embedded and external, with their argument schemas.
    /// </summary>
    /// <returns>The tools, in ordinal order of name.</returns>
    [Alias("ListTools")]
    Task<IReadOnlyList<ToolDescriptor>> ListToolsAsync();

    /// <summary>
    /// Runs one tool call: finds the tool, checks its arguments against its schema, admits the call against the
    /// (project, tool) budget, then runs the tool. Nothing is counted unless the tool is run.
    /// </summary>
    /// <param name="request">The call.</param>
    /// <returns>
    /// The tool's result, or an error result: <see cref="ToolErrorCodes.ToolNotFound"/>,
    /// <see cref="ToolErrorCodes.InvalidArguments"/>, <see cref="ToolErrorCodes.BudgetExceeded"/>,
    /// <see cref="ToolErrorCodes.BudgetUnavailable"/> or <see cref="ToolErrorCodes.ToolExecutionError"/>.
    /// </returns>
    [Alias("Execute")]
    Task<ToolCallResult> ExecuteAsync(ToolCallRequest request);
}
