namespace FluentMcp.Orleans.Grains.Tools;

/// <summary>
/// The tools registered in this silo, by name. Two tools with one name stop the silo's start.
/// </summary>
internal sealed class ToolRegistry
{
    private readonly Dictionary<string, RegisteredTool> _tools = new(StringComparer.Ordinal);

    public ToolRegistry(IEnumerable<ToolRegistration> registrations)
    {
        ArgumentNullException.ThrowIfNull(registrations);

        foreach (var registration in registrations)
        {
            var tool = registration.Create();
            if (!_tools.TryAdd(tool.Name, tool))
            {
                throw new InvalidOperationException(
                    $"Two tools are registered with the name '{tool.Name}'; tool names must be unique in a silo.");
            }
        }

        Descriptors = [.. _tools.Values.Select(t => t.Descriptor).OrderBy(d => d.Name, StringComparer.Ordinal)];
    }

    public IReadOnlyList<ToolDescriptor> Descriptors { get; }

    public bool Contains(string toolName) => _tools.ContainsKey(toolName);

    public RegisteredTool? Find(string toolName, ToolKind kind) =>
        _tools.TryGetValue(toolName, out var tool) && tool.Kind == kind ? tool : null;
}
