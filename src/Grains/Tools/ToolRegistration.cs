using Microsoft.Extensions.AI;

namespace FluentMcp.Orleans.Grains.Tools;

/// <summary>
/// One tool registered in the silo's services; the registry turns each into a <see cref="RegisteredTool"/>.
/// </summary>
internal sealed class ToolRegistration(
    string name,
    Type? declaringType,
    Func<AIFunction> factory,
    ToolKind kind,
    bool chargesBudget)
{
    public string Name { get; } = name;

    /// <summary>Gets the tool class the tool came from, so that registering a class twice adds nothing.</summary>
    public Type? DeclaringType { get; } = declaringType;

    public RegisteredTool Create() => new(factory(), kind, chargesBudget);
}
