using System.CommandLine;
using System.Globalization;
using Sandbox.Cli.Input;
using Sandbox.Cli.Output;
using Sandbox.Reporting;
using Sandbox.Sim.Experiments;
using Sandbox.Sim.Validation;
using Sandbox.Sim.Validation.Calibration;
using Sandbox.Sim.Validation.Reports;
using Spectre.Console;

namespace Sandbox.Cli.Commands;

/// <summary>
/// <c>sandbox validate</c>: runs the stylised-fact experiments of <c>scenarios/validation/</c>, prints the table of
/// published figures against the model, and writes it with sources and notes as validation.csv and a
/// self-contained validation.html. Exits 1 when a figure leaves its tolerance without a documented known limit.
/// <c>--calibrate</c> re-runs the calibration that set the defaults (scenarios/CALIBRATION.md) instead.
/// </summary>
internal static class ValidateCommand
{
    public static Command Create(CliContext context)
    {
        var quick = new Option<bool>("--quick") { Description = "Small populations and 2–4 replications (seconds instead of minutes)" };
        var outDir = new Option<string?>("--out") { Description = "Directory for validation.csv and validation.html (default out/validation)" };
        var parallel = new Option<string?>("--parallel") { Description = $"Runs at once, 1 to 256 (default: cores = {Environment.ProcessorCount}); results do not depend on it" };
        var calibrate = new Option<bool>("--calibrate") { Description = "Re-run the calibration of the defaults and print the fitted values (takes minutes)" };
        var command = new Command("validate", "Check the model against published figures: a table of target, model value with 95% CI, pass or fail")
        {
            quick, outDir, parallel, calibrate,
        };
        command.SetAction(parse =>
        {
            int threads = Flags.Int("--parallel", parse.GetValue(parallel), Environment.ProcessorCount, 1, 256);
            return parse.GetValue(calibrate)
                ? Calibrate(context, threads)
                : Validate(context, parse.GetValue(quick), parse.GetValue(outDir) ?? Path.Combine("out", "validation"), threads);
        });
        return command;
    }

    private static int Validate(CliContext context, bool quick, string outDir, int threads)
    {
        using var stage = new OutputStage(outDir);
        var report = ProgressDisplay.Run(context.Console, ctx =>
        {
            var task = ctx.AddTask(quick ? "Quick validation runs" : "Validation runs");
            return ValidationSuite.Run(FactLibrary.All(), new ValidationOptions { Quick = quick, MaxParallelism = threads },
                new InlineProgress<ValidationProgress>(p => { task.MaxValue = p.Total; task.Value = p.Done; }), context.Cancellation);
        });
        stage.Table(Table(report), "validation", OutputFormat.Csv);
        stage.Text("validation.html", ValidationHtml.Render(report));
        stage.Commit();

        context.Console.Ansi.Write(Console(report));
        context.Console.Out.WriteLine(ValidationHtml.Summary(report));
        context.Console.Out.WriteLine($"Wrote {stage.Files.Count} files to {stage.Directory}");
        return report.Unexplained.Count == 0 ? SandboxCli.Ok : SandboxCli.Failed;
    }

    private static int Calibrate(CliContext context, int threads)
    {
        var plan = CalibrationPlans.Shipped(threads);
        var output = context.Console.Out;
        var result = Calibrator.Run(plan, new InlineProgress<CalibrationStep>(step => output.WriteLine(
            $"#{step.Evaluation} loss {N(step.Loss)}: " + string.Join(", ", step.Values.Select(kv => $"{kv.Key} = {N(kv.Value)}")))));
        output.WriteLine($"Fitted after {result.History.Count} evaluations (loss {N(result.Best.Loss)}, misfit {N(result.Best.Misfit)}):");
        foreach (var p in plan.Parameters) output.WriteLine($"  {p.Path}: {N(p.Prior)} -> {N(result.Fitted[p.Path])}");
        context.Console.Ansi.Write(Console(result.Fit));
        return SandboxCli.Ok;
    }

    private static string N(double value) => value.ToString("0.#####", CultureInfo.InvariantCulture);

    private static Table Console(ValidationReport report)
    {
        var table = new Table().Border(TableBorder.Simple)
            .AddColumn("Published figure").AddColumn(new TableColumn("Target").RightAligned())
            .AddColumn(new TableColumn("Model (95% CI)").RightAligned()).AddColumn("Result");
        foreach (var group in report.Rows.GroupBy(r => r.FactId))
        {
            var first = group.First();
            table.AddRow(new Markup($"[bold]{first.FactNumber}. {Markup.Escape(first.Title)}[/]"));
            foreach (var r in group)
            {
                string colour = r.Status switch { CheckStatus.Pass => "green", CheckStatus.Fail => r.KnownLimit.Length > 0 ? "yellow" : "red", _ => "grey" };
                table.AddRow(Markup.Escape(r.Statement), Markup.Escape(ValueFormat.Band(r.Band, r.Unit)),
                    Markup.Escape(ValueFormat.Model(r.Model, r.Unit)), $"[{colour}]{Markup.Escape(ValueFormat.Status(r))}[/]");
            }
        }
        return table;
    }

    private static TidyTable Table(ValidationReport report)
    {
        var text = ValidationTable.TextColumns(report).ToDictionary(c => c.Name, c => c.Values);
        var numbers = ValidationTable.NumberColumns(report).ToDictionary(c => c.Name, c => c.Values);
        var table = new TidyTable();
        foreach (var name in ValidationTable.Order)
        {
            if (text.TryGetValue(name, out var words)) table.AddColumn(name, words);
            else table.AddColumn(name, numbers[name]);
        }
        return table;
    }
}
