using System.CommandLine;
using Sandbox.Cli.Output;

namespace Sandbox.Cli.Commands;

/// <summary><c>sandbox schema</c>: the JSON Schema for scenario files, committed as scenarios/scenario.schema.json.</summary>
internal static class SchemaCommand
{
    public static Command Create(CliContext context)
    {
        var output = new Option<string?>("--out", "-o") { Description = "Write to this file instead of the console" };
        var command = new Command("schema", "Print the JSON Schema (draft 2020-12) of scenario files") { output };
        command.SetAction(parse =>
        {
            string text = ScenarioSchema.Build();
            if (parse.GetValue(output) is { } path) TextFile.Write("--out", path, text);
            else context.Console.Out.Write(text);
            return 0;
        });
        return command;
    }
}
