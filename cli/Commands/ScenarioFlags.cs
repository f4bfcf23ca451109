using System.CommandLine;
using Sandbox.Cli.Input;

namespace Sandbox.Cli.Commands;

/// <summary>
/// The flags <c>run</c> and <c>compare</c> share, declared once so both commands spell, describe and apply them
/// alike. Values are taken as text and checked by <see cref="ScenarioInput"/> and <see cref="Flags"/>, which
/// name the allowed range in the error.
/// </summary>
internal sealed class ScenarioFlags
{
    public Option<string?> Seed { get; } = new("--seed") { Description = "Seed (replication 0 of a compare); default: the scenario's own" };
    public Option<string?> Weeks { get; } = new("--weeks") { Description = "Weeks to simulate, 1 to 1040; default: the scenario's own" };
    public Option<string[]> Set { get; } = new("--set")
    {
        Description = "Override a parameter, path=value (repeatable; paths and ranges: 'sandbox params')",
        Arity = ArgumentArity.ZeroOrMore,
        AllowMultipleArgumentsPerToken = false,
    };
    public Option<string?> Out { get; } = new("--out", "-o") { Description = "Output directory (created if missing; existing files are replaced only when all new ones are written)" };
    public Option<string?> Format { get; } = new("--format") { Description = "Table format: csv (default), parquet or both" };

    public void AddTo(Command command)
    {
        command.Options.Add(Seed);
        command.Options.Add(Weeks);
        command.Options.Add(Set);
        command.Options.Add(Out);
        command.Options.Add(Format);
    }

    public ScenarioOverrides Overrides(ParseResult parse) =>
        new(parse.GetValue(Seed), parse.GetValue(Weeks), parse.GetValue(Set) ?? []);

    public OutputFormat OutputFormat(ParseResult parse) => Flags.Format(parse.GetValue(Format));

    public string OutDirectory(ParseResult parse, string fallbackName) =>
        parse.GetValue(Out) ?? Path.Combine("out", SafeName(fallbackName));

    private static string SafeName(string name) =>
        new(name.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '-').ToArray());
}
