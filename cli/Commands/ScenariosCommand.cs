using System.CommandLine;
using Sandbox.Sim.Scenarios;
using Spectre.Console;

namespace Sandbox.Cli.Commands;

/// <summary><c>sandbox scenarios</c>: the embedded scenario names that <c>run</c> and <c>compare</c> accept, with descriptions.</summary>
internal static class ScenariosCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("scenarios", "List the embedded scenarios");
        command.SetAction(_ =>
        {
            var table = new Table().Border(TableBorder.Simple).AddColumn("Name").AddColumn("Description");
            foreach (var file in ScenarioLibrary.Names())
            {
                string name = file.EndsWith(".json", StringComparison.Ordinal) ? file[..^5] : file;
                string description;
                try
                {
                    description = ScenarioLibrary.Load(name).Description;
                }
                catch (ScenarioValidationException e)
                {
                    description = "(does not load: " + e.Message + ")";
                }
                table.AddRow(Markup.Escape(name), Markup.Escape(description));
            }
            context.Console.Ansi.Write(table);
            return 0;
        });
        return command;
    }
}
