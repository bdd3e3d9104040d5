namespace FluentMcp.Orleans.Grains.Projects;

/// <summary>
/// The project directory is split into a fixed number of shards, so that no one stored set holds every project.
/// </summary>
internal static class ProjectDirectory
{
    public const int ShardCount = 16;

    public static IEnumerable<string> Shards => Enumerable.Range(0, ShardCount).Select(Key);

    /// <summary>Gets the shard key of a project with a hash that is the same in every process.</summary>
    public static string ShardOf(string projectId)
    {
        var hash = 2166136261u;
        foreach (var c in projectId)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return Key((int)(hash % ShardCount));
    }

    private static string Key(int shard) => $"{IProjectDirectoryGrain.Key}-{shard}";
}
