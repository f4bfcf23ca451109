using Sandbox.Cli.Input;
using Sandbox.Sim.Experiments;

namespace Sandbox.Cli.Output;

/// <summary>
/// OUT/runs: every finished run of a long command, one file each, outside the staged outputs so that Ctrl+C, a
/// crash or a full disk loses none of them. With <c>--resume</c> a later call reuses them if they belong to the same
/// experiment (same fingerprint: scenario, points, base seed, version); without it they are cleared first, so a
/// fresh call never mixes in runs of another experiment.
/// </summary>
public static class RunCache
{
    public const string Folder = "runs";
    private const string FingerprintFile = "fingerprint.txt";

    /// <returns>The store, and how many runs it already held for this experiment.</returns>
    public static (DirectoryRunStore Store, int Kept) Open(string outDirectory, string fingerprint, bool resume)
    {
        string dir = Path.Combine(Path.GetFullPath(outDirectory), Folder);
        string stamp = Path.Combine(dir, FingerprintFile);
        if (resume && File.Exists(stamp))
        {
            string found = File.ReadAllText(stamp).Trim();
            if (found != fingerprint)
                throw new CliInputException("--resume", outDirectory, "an --out folder whose runs belong to this same experiment; they belong to another "
                    + "(a different scenario, design, seed or version): drop --resume to start afresh, or choose another --out");
            var kept = new DirectoryRunStore(dir);
            return (kept, kept.Count);
        }
        if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true);
        var store = new DirectoryRunStore(dir);
        File.WriteAllText(stamp, fingerprint + "\n");
        return (store, 0);
    }
}
