using System.Reflection;
using FluentMcp.Orleans.Client;
using Orleans.Runtime.Messaging;

namespace FluentMcp.Orleans.Grains.Tests.Units;

/// <summary>
/// With the cluster unreachable, the stdio server answered tools/call with a generic "An error occurred invoking"
/// text and no code: the client library let the Orleans connection exception escape.
/// </summary>
public sealed class ToolExecutionClientTests
{
    public static TheoryData<Exception> ConnectionFailures() =>
    [
        new SiloUnavailableException("No gateways available"),
        new ConnectionFailedException("Unable to connect to endpoint S127.0.0.1:30000:0"),
        new TimeoutException("Response did not arrive on time in 00:00:30"),
    ];

    [Theory]
    [MemberData(nameof(ConnectionFailures))]
    public async Task ExecuteToolAsync_ClusterUnreachable_ReturnsClusterUnavailableWithoutClaimingTheCallRan(
        Exception failure)
    {
        var client = new ToolExecutionClient(ThrowingGrains.Create(failure));

        var result = await client.ExecuteExternalToolAsync("p", "search_database");

        Assert.True(result.IsError);
        Assert.Equal(ToolErrorCodes.ClusterUnavailable, result.ErrorCode);
        Assert.Contains("search_database", result.Text, StringComparison.Ordinal);
        Assert.Contains("cluster", result.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(" ran", result.Text.Replace("may or may not have run", "", StringComparison.Ordinal),
            StringComparison.Ordinal);
        Assert.Contains("\"cluster_unavailable\"", result.StructuredContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExecuteToolAsync_OtherFailure_StillThrows()
    {
        var client = new ToolExecutionClient(ThrowingGrains.Create(new InvalidOperationException("bug")));

        await Assert.ThrowsAsync<InvalidOperationException>(() => client.ExecuteExternalToolAsync("p", "t"));
    }

    /// <summary>A grain factory whose every grain call fails with one exception, as a client without a cluster.</summary>
    public class ThrowingGrains : DispatchProxy
    {
        private Exception _failure = null!;

        public static IGrainFactory Create(Exception failure)
        {
            var factory = DispatchProxy.Create<IGrainFactory, ThrowingGrains>();
            ((ThrowingGrains)(object)factory)._failure = failure;
            return factory;
        }

        protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
        {
            ArgumentNullException.ThrowIfNull(targetMethod);

            if (targetMethod.Name == nameof(IGrainFactory.GetGrain))
            {
                var grain = (ThrowingGrains)DispatchProxy.Create(targetMethod.ReturnType, typeof(ThrowingGrains));
                grain._failure = _failure;
                return grain;
            }

            var result = targetMethod.ReturnType.GetGenericArguments().Single();
            return typeof(Task).GetMethod(nameof(Task.FromException), 1, [typeof(Exception)])!
                .MakeGenericMethod(result)
                .Invoke(null, [_failure]);
        }
    }
}
