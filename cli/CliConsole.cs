using Spectre.Console;

namespace Sandbox.Cli;

/// <summary>
/// Where the CLI writes: a Spectre console for tables and progress, the same console's raw writer for text meant
/// to be piped (Markdown, JSON), and a separate error writer. Tests pass string writers and run the whole CLI
/// in-process instead of spawning it.
/// </summary>
public sealed class CliConsole(IAnsiConsole ansi, TextWriter error)
{
    public IAnsiConsole Ansi { get; } = ansi;

    /// <summary>Plain standard output, for machine-readable text that must not be wrapped or styled.</summary>
    public TextWriter Out => Ansi.Profile.Out.Writer;

    public TextWriter Error { get; } = error;

    public static CliConsole Standard() => new(AnsiConsole.Console, Console.Error);

    /// <summary>A console without colours, animation or width limits, writing to <paramref name="output"/>.</summary>
    public static CliConsole Capture(TextWriter output, TextWriter error)
    {
        var ansi = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(output),
        });
        ansi.Profile.Width = 200;
        return new CliConsole(ansi, error);
    }
}
