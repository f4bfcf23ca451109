using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Nodes;
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
                    var loaded = ScenarioLibrary.Load(name);
                    description = OwnDescription(file) ?? $"The baseline under the mechanisms of '{loaded.Name}'";
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

    /// <summary>The file's own description; a level file has none and would otherwise show the baseline's.</summary>
    private static string? OwnDescription(string file)
    {
        var root = JsonNode.Parse(ScenarioLibrary.Read(file), documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        return root?["description"]?.GetValue<string>();
    }
}
