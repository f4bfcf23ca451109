using Sandbox.Cli;

namespace Sandbox.Cli.Tests;

/// <summary>The outcome of one in-process CLI call.</summary>
public sealed record CliRun(int ExitCode, string Out, string Error);

/// <summary>Runs the CLI in-process with captured output: the same entry as the executable, without spawning it.</summary>
internal static class Cli
{
    /// <summary>A population small enough for a run in well under a second, large enough to have every metric move.</summary>
    public static readonly string[] Small =
        ["--set", "population.initialStock=300", "--set", "population.weeklyInflow=5", "--weeks", "40"];

    public const int SmallWeeks = 40;

    public static CliRun Invoke(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int code = SandboxCli.Run(args, CliConsole.Capture(output, error));
        return new CliRun(code, output.ToString(), error.ToString());
    }
}

/// <summary>A fresh directory under the system temp folder, removed afterwards.</summary>
public sealed class TempDirectory : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "sandbox-cli-tests-" + Guid.NewGuid().ToString("N")[..8]);

    public TempDirectory() => Directory.CreateDirectory(Path);

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        if (Directory.Exists(Path)) Directory.Delete(Path, recursive: true);
    }
}

internal static class RepoPaths
{
    /// <summary>The repository root: the nearest folder above the test binaries holding Sandbox.sln.</summary>
    public static string Root { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Sandbox.sln"))) return dir.FullName;
        throw new InvalidOperationException("Sandbox.sln not found above " + AppContext.BaseDirectory);
    }
}
