using System.Runtime.InteropServices;

namespace FluentMcp.Orleans.Benchmarks.Reporting;

/// <summary>
/// The machine and runtime a run measured, read when the run starts.
/// </summary>
internal sealed record RuntimeIdentity(
    string Processor,
    int Cores,
    double MemoryGiB,
    string OperatingSystem,
    string Framework,
    string RuntimeIdentifier,
    bool ServerGarbageCollector)
{
    public static RuntimeIdentity Read() =>
        new(
            ProcessorName(),
            Environment.ProcessorCount,
            Math.Round(GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / 1073741824.0, 1),
            RuntimeInformation.OSDescription,
            RuntimeInformation.FrameworkDescription,
            RuntimeInformation.RuntimeIdentifier,
            System.Runtime.GCSettings.IsServerGC);

    /// <summary>Reads the 1, 5 and 15 minute load averages, where the OS tells them.</summary>
    public static string LoadAverage()
    {
        const string LoadAverages = "/proc/loadavg";
        return File.Exists(LoadAverages)
            ? string.Join(' ', File.ReadAllText(LoadAverages).Split(' ').Take(3))
            : "unknown";
    }

    private static string ProcessorName()
    {
        const string CpuInfo = "/proc/cpuinfo";
        if (!File.Exists(CpuInfo))
        {
            return RuntimeInformation.ProcessArchitecture.ToString();
        }

        var model = File.ReadLines(CpuInfo).FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal));
        return model is null
            ? RuntimeInformation.ProcessArchitecture.ToString()
            : model[(model.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim();
    }
}
