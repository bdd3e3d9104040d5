namespace FluentMcp.Orleans.Cluster.Tests.Infrastructure;

/// <summary>Paths of this repository's built programs, in the configuration the tests were built in.</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    /// <summary>Gets the build configuration (Debug, Release) from the tests' own output folder.</summary>
    public static string Configuration { get; } =
        new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;

    public static string SiloDirectory => Output("src/Silo");

    public static string SiloProgram => Path.Combine(SiloDirectory, "FluentMcp.Orleans.Silo.dll");

    public static string LoadClientProgram =>
        Path.Combine(Output("tests/LoadClient"), "FluentMcp.Orleans.LoadClient.dll");

    public static string AzuriteTable => Path.Combine(Root, "node_modules", ".bin", "azurite-table");

    private static string Output(string project) =>
        Path.Combine(Root, project, "bin", Configuration, "net10.0");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "FluentMcp.Orleans.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No FluentMcp.Orleans.sln above {AppContext.BaseDirectory}.");
    }
}
