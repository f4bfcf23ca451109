namespace Sandbox.Dashboard.Tests;

/// <summary>
/// Where tests leave what a person should look at: screenshots of every page and the latency/viewer figures,
/// under TestResults/ at the repository root (CI keeps that folder as the run's artifacts).
/// </summary>
public static class Measurements
{
    public static string Folder(string name)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Sandbox.sln"))) dir = dir.Parent;
        string root = dir?.FullName ?? Path.GetTempPath();
        string folder = Path.Combine(root, "TestResults", name);
        Directory.CreateDirectory(folder);
        return folder;
    }

    public static void Record(string line)
    {
        File.AppendAllText(Path.Combine(Folder("dashboard"), "measurements.txt"), $"{DateTime.UtcNow:u} {line}{Environment.NewLine}");
    }

    public static double Percentile(IReadOnlyList<double> values, double p)
    {
        if (values.Count == 0) return double.NaN;
        var sorted = values.Order().ToArray();
        return sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
    }
}
