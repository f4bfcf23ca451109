using System.CommandLine;
using Sandbox.Cli.Input;
using Sandbox.Cli.Output;
using Sandbox.Reporting.Report;

namespace Sandbox.Cli.Commands;

/// <summary>
/// <c>sandbox report EXPERIMENT</c>: a self-contained HTML report (or Markdown beside the PNG/SVG charts) of an
/// experiment folder: findings, method, scenario, charts, tables and the reproduction bundle.
/// </summary>
internal static class ReportCommand
{
    public static Command Create(CliContext context)
    {
        var folder = new Argument<string>("experiment") { Description = "An output folder of sweep, sensitivity, decompose, reform, fork or compare (it holds experiment.json)" };
        var format = new Option<string?>("--format") { Description = "html (default, one self-contained file), markdown (report.md linking the charts), or both" };
        var output = new Option<string?>("--out", "-o") { Description = "Report file (default: EXPERIMENT/report.html or report.md); with --format both, the extension is set per format" };
        var rows = new Option<string?>("--rows") { Description = "Rows shown per table, 1 to 1000 (default 25); the whole tables stay in their files" };
        var command = new Command("report", "Write a self-contained HTML (or Markdown) report of an experiment folder") { folder, format, output, rows };
        command.SetAction(parse =>
        {
            var (html, markdown) = (parse.GetValue(format) ?? "html").ToLowerInvariant() switch
            {
                "html" => (true, false),
                "markdown" or "md" => (false, true),
                "both" => (true, true),
                var other => throw new CliInputException("--format", other, "html, markdown or both"),
            };
            var experiment = Open(parse.GetValue(folder)!);
            var blocks = ReportBuilder.Build(experiment, Flags.Int("--rows", parse.GetValue(rows), TablePreview.DefaultRows, 1, 1000));
            string? given = parse.GetValue(output);
            string PathFor(string extension) => given is null ? experiment.PathOf("report" + extension) : html && markdown ? Path.ChangeExtension(given, extension) : given;
            if (html)
            {
                string path = PathFor(".html");
                TextFile.Write("--out", path, HtmlReport.Write(blocks, experiment));
                context.Console.Out.WriteLine($"Wrote {Path.GetFullPath(path)}");
            }
            if (markdown)
            {
                string path = PathFor(".md");
                TextFile.Write("--out", path, MarkdownReport.Write(blocks, experiment, path));
                context.Console.Out.WriteLine($"Wrote {Path.GetFullPath(path)}");
            }
            return 0;
        });
        return command;
    }

    private static ExperimentFolder Open(string path)
    {
        try
        {
            return ExperimentFolder.Open(path);
        }
        catch (ExperimentFolderException e)
        {
            throw new CliInputException("EXPERIMENT", e.Value, e.Allowed);
        }
    }
}
