namespace FluentMcp.Orleans.Benchmarks;

/// <summary>
/// The scenarios that <c>--scenarios</c> can choose.
/// </summary>
internal static class ScenarioNames
{
    public const string Client = "client";
    public const string Refusing = "refusing";
    public const string StateSerializer = "state-serializer";
    public const string InSilo = "in-silo";
    public const string Durable = "durable";
    public const string Mcp = "mcp";
    public const string Memory = "memory";

    public static readonly string[] All = [Client, Refusing, StateSerializer, InSilo, Durable, Mcp, Memory];
}
