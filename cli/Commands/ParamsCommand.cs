using System.CommandLine;
using Sandbox.Cli.Output;
using Sandbox.Sim.Scenarios;
using Spectre.Console;

namespace Sandbox.Cli.Commands;

/// <summary><c>sandbox params</c>: the parameter catalog as a console table, or as the Markdown committed as scenarios/PARAMETERS.md.</summary>
internal static class ParamsCommand
{
    public static Command Create(CliContext context)
    {
        var markdown = new Option<bool>("--markdown") { Description = "Print Markdown (the text of scenarios/PARAMETERS.md)" };
        var output = new Option<string?>("--out", "-o") { Description = "Write to this file instead of the console" };
        var command = new Command("params", "List every scenario parameter: path, default, range, unit and source") { markdown, output };
        command.SetAction(parse =>
        {
            string? path = parse.GetValue(output);
            if (parse.GetValue(markdown) || path is not null)
            {
                string text = ParameterMarkdown.Build();
                if (path is null) context.Console.Out.Write(text);
                else TextFile.Write("--out", path, text);
                return 0;
            }
            context.Console.Ansi.Write(Table());
            return 0;
        });
        return command;
    }

    private static Table Table()
    {
        var baseline = ScenarioLibrary.BaselineScenario();
        var table = new Table().Border(TableBorder.Simple).AddColumn("Parameter").AddColumn(new TableColumn("Default").RightAligned())
            .AddColumn("Range").AddColumn("Unit").AddColumn("Source");
        foreach (var p in ParameterCatalog.For(baseline))
            table.AddRow(Markup.Escape(p.Path), Markup.Escape(ParameterMarkdown.DefaultText(p, baseline)), Markup.Escape(ParameterMarkdown.RangeText(p)),
                Markup.Escape(p.Unit), Markup.Escape(p.Source));
        return table;
    }
}
