using System.Reflection;

namespace FluentMcp.Orleans.EndToEnd.Tests.Infrastructure;

/// <summary>Finds the repository and the built programs that the tests start.</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string SiloDll => Built("Silo", "FluentMcp.Orleans.Silo.dll");

    public static string StdioDll => Built("McpStdio", "FluentMcp.Orleans.McpStdio.dll");

    public static string Script(string name) => Path.Combine(Root, "tests", "EndToEnd.Tests", "js", name);

    private static string Built(string project, string dll)
    {
        var configuration = typeof(Repository).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration
            ?? "Debug";
        var path = Path.Combine(Root, "src", project, "bin", configuration, "net10.0", dll);
        return File.Exists(path)
            ? path
            : throw new FileNotFoundException($"{dll} is not built; build the solution first.", path);
    }

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        for (; directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "FluentMcp.Orleans.sln")))
            {
                return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException($"No FluentMcp.Orleans.sln above {AppContext.BaseDirectory}.");
    }
}
