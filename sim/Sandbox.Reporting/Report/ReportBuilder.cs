using System.Globalization;
using Sandbox.Sim.Experiments;
using Sandbox.Sim.Scenarios;

namespace Sandbox.Reporting.Report;

/// <summary>
/// Assembles a report from an experiment folder: findings with their confidence notes, the method, the scenario,
/// every chart and table the manifest lists, and the reproduction bundle (command, version, seeds, the manifest
/// and the resolved scenario), in that order.
/// </summary>
public static class ReportBuilder
{
    public static IReadOnlyList<ReportBlock> Build(ExperimentFolder folder, int tableRows = TablePreview.DefaultRows)
    {
        var m = folder.Manifest;
        var blocks = new List<ReportBlock>
        {
            new HeadingBlock(1, m.Title),
            new ParagraphBlock($"{Capitalise(m.Kind)} of scenario '{m.Scenario}', {m.Seeds.Count} replication{(m.Seeds.Count == 1 ? "" : "s")} per point from base seed "
                               + $"{m.BaseSeed.ToString(CultureInfo.InvariantCulture)}; sandbox {m.Version}."),
        };
        if (m.Headlines.Count > 0)
        {
            blocks.Add(new HeadingBlock(2, "Findings"));
            blocks.Add(new ParagraphBlock("Each finding states its 95% confidence interval and, where it compares two options, how likely the better-looking one is "
                                          + "really better, on a fixed scale: virtually certain ≥ 99%, very likely ≥ 90%, likely ≥ 66%, about as likely as not 33–66%, unlikely ≤ 33%."));
            blocks.Add(new BulletsBlock(m.Headlines.Where(h => h.Length > 0).ToArray()));
        }
        blocks.Add(new HeadingBlock(2, "Method"));
        blocks.Add(new ParagraphBlock(m.Method));
        blocks.AddRange(ScenarioBlocks(folder));

        var charts = folder.Present(ManifestRole.Chart).ToArray();
        if (charts.Length > 0)
        {
            blocks.Add(new HeadingBlock(2, "Charts"));
            blocks.AddRange(charts.Select(c => new ChartBlock(c.Name, c.Title, c.Note)));
        }
        var tables = folder.Present(ManifestRole.Table).ToArray();
        if (tables.Length > 0)
        {
            blocks.Add(new HeadingBlock(2, "Tables"));
            blocks.AddRange(tables.Select(t => new TableBlock(t.Name, t.Title, t.Note, TablePreview.Read(folder.PathOf(t.Name), tableRows))));
        }

        blocks.Add(new HeadingBlock(2, "Reproduction"));
        blocks.Add(new ParagraphBlock("Run the command below with the same version of the sandbox to get the same numbers bit for bit; results do not depend on "
                                      + "--parallel. The manifest lists every seed and file; the scenario file is the fully resolved scenario, every --set applied."));
        blocks.Add(new BulletsBlock([$"command: {m.Command}", $"version: sandbox {m.Version}", $"fingerprint: {m.Fingerprint}",
            "seeds: " + string.Join(", ", m.Seeds.Select(s => s.ToString(CultureInfo.InvariantCulture)))]));
        blocks.Add(new CodeBlock("experiment.json", ExperimentManifest.FileName, folder.ManifestJson));
        if (folder.ScenarioJson.Length > 0) blocks.Add(new CodeBlock("scenario.json", m.ScenarioFile, folder.ScenarioJson));
        return blocks;
    }

    /// <summary>The scenario's description, size and mechanisms: what a reader needs to know what was simulated.</summary>
    private static IEnumerable<ReportBlock> ScenarioBlocks(ExperimentFolder folder)
    {
        if (folder.Scenario is not { } s) yield break;
        yield return new HeadingBlock(2, "Scenario");
        if (s.Description.Length > 0) yield return new ParagraphBlock(s.Description);
        var inv = CultureInfo.InvariantCulture;
        var items = new List<string>
        {
            $"{s.Name}: {s.Weeks.ToString(inv)} weeks, {s.Population.InitialStock.ToString("N0", inv)} jobseekers in stock and {s.Population.WeeklyInflow.ToString("0.##", inv)} entering a week, "
            + $"{s.Agencies.Count.ToString(inv)} agencies" + (s.Level is { } l ? $", starting at {Variant.LabelOf(l)}" : ""),
            "Mechanisms: " + string.Join(", ", ParameterCatalog.For(s).Where(p => p.Path.StartsWith(MechanismSettings.Prefix, StringComparison.Ordinal))
                .Select(p => $"{p.Path[MechanismSettings.Prefix.Length..]} = {ScenarioRanges.ValueText(p, p.Get(s)!.Value)}")),
        };
        if (s.Reform is { } r)
            items.Add($"Reform at week {r.Week.ToString(inv)} to {(r.Level is { } to ? Variant.LabelOf(to) : "a custom mix")}, {r.TransitionWeeks.ToString(inv)}-week transition");
        yield return new BulletsBlock(items);
    }

    private static string Capitalise(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];
}
