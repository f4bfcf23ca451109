using System.Reflection;

namespace Sandbox.Cli;

/// <summary>
/// What every command needs besides its flags: where to write, the exact command line for reproduce notes, and
/// the token that Ctrl+C cancels.
/// </summary>
public sealed record CliContext(CliConsole Console, IReadOnlyList<string> Args, CancellationToken Cancellation = default)
{
    /// <summary>The version stamped into reproduce.txt and chart captions (with the commit when the build knows it).</summary>
    public static string Version { get; } =
        typeof(CliContext).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";

    /// <summary>The command as typed, quoted where needed, so it can be pasted back into a shell.</summary>
    public string CommandLine => "sandbox " + string.Join(' ', Args.Select(Quote));

    private static string Quote(string arg) =>
        arg.Length > 0 && arg.All(c => char.IsLetterOrDigit(c) || "-_.,=/:+@%".Contains(c)) ? arg : "'" + arg.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
