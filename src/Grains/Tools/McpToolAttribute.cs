namespace FluentMcp.Orleans.Grains.Tools;

/// <summary>
/// Marks a method of a tool class as a tool. Register the class with
/// <see cref="ToolRegistrationExtensions.AddTools{TTools}(ISiloBuilder)"/>. The method's
/// <see cref="System.ComponentModel.DescriptionAttribute"/> describes the tool, and those of its parameters describe
/// the arguments; parameter names are offered in snake_case (<c>maxRows</c> becomes <c>max_rows</c>). Parameters of
/// type <see cref="IServiceProvider"/> and <see cref="CancellationToken"/> are supplied by the silo.
/// </summary>
/// <param name="name">The tool name, which is also the name of its budget.</param>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
public sealed class McpToolAttribute(string name) : Attribute
{
    /// <summary>Gets the tool name.</summary>
    public string Name { get; } = name;

    /// <summary>Gets or sets whether the tool is embedded or external. Default: <see cref="ToolKind.External"/>.</summary>
    public ToolKind Kind { get; set; } = ToolKind.External;

    /// <summary>
    /// Gets or sets whether each call is counted against the tool's budget. Default: <see langword="true"/>;
    /// only budget queries, which must stay answerable when a budget is spent, should turn it off.
    /// </summary>
    public bool ChargesBudget { get; set; } = true;
}
