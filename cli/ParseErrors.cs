using System.CommandLine;

namespace Sandbox.Cli;

/// <summary>
/// Rewords System.CommandLine's parse errors into the CLI's one-line form: an unknown token is named with what
/// the command accepts instead, and a missing argument is named by what it should be. Other errors pass through.
/// </summary>
internal static class ParseErrors
{
    public static string Describe(ParseResult parse)
    {
        var command = parse.CommandResult.Command;
        string path = CommandPath(parse);
        if (parse.UnmatchedTokens.Count > 0)
        {
            string token = parse.UnmatchedTokens[0];
            var choices = command.Subcommands.Count > 0
                ? command.Subcommands.Select(c => c.Name)
                : command.Options.Where(o => !o.Hidden).Select(o => o.Name);
            string what = token.StartsWith('-') ? "flag" : command.Subcommands.Count > 0 ? "command" : "argument";
            return $"{token} is not a known {what} of '{path}'; expected one of {string.Join(", ", choices)}";
        }
        var missing = command.Arguments.Where(a => parse.GetResult(a) is null || parse.GetResult(a)!.Tokens.Count == 0).ToArray();
        if (missing.Length > 0 && command.Arguments.Count > 0)
            return $"'{path}' needs {string.Join(" ", missing.Select(a => a.Name.ToUpperInvariant()))}: {missing[0].Description}";
        if (command.Subcommands.Count > 0 && parse.Errors.Any(e => e.Message.Contains("command", StringComparison.OrdinalIgnoreCase)))
            return $"'{path}' needs a command: one of {string.Join(", ", command.Subcommands.Select(c => c.Name))}";
        return parse.Errors[0].Message;
    }

    private static string CommandPath(ParseResult parse)
    {
        var names = new List<string>();
        for (var result = parse.CommandResult; result is not null; result = result.Parent as System.CommandLine.Parsing.CommandResult)
            names.Add(result.Command is RootCommand ? "sandbox" : result.Command.Name);
        names.Reverse();
        return string.Join(' ', names);
    }
}
