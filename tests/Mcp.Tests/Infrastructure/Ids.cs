namespace FluentMcp.Orleans.Mcp.Tests.Infrastructure;

/// <summary>Fresh ids per test, so that tests sharing a silo never share a budget.</summary>
public static class Ids
{
    public static string New(string prefix) => $"{prefix}-{Guid.NewGuid():N}";
}
