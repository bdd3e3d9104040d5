namespace FluentMcp.Orleans.Cluster.Tests.Infrastructure;

/// <summary>Fresh ids per test, so that tests sharing a cluster never share a budget.</summary>
public static class Ids
{
    public static string New(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..(prefix.Length + 13)];
}
