using System.Globalization;
using Sandbox.Reporting;
using Sandbox.Sim.Scenarios;

namespace Sandbox.Dashboard.Workshop.Handout;

/// <summary>
/// The printable handout of a session as it stands: what was run, each line's key numbers, the curves, where clients
/// ended up, the polls beside the model's answers, and the spotlit client's story. Charts are drawn by
/// Sandbox.Reporting (the same ScottPlot charts as the exports) and laid out two to an A4 page.
/// </summary>
public static class WorkshopHandout
{
    private const double Margin = 50, ChartWidth = PdfDocument.Width - 2 * Margin;

    public static Task<byte[]> BuildAsync(WorkshopSession session) => session.ReadAsync((s, polls, spotlight) => Build(s, polls, spotlight));

    private static byte[] Build(WorkshopSession session, IReadOnlyList<PollResult> polls, SpotlightView? spotlight)
    {
        var timeline = session.Timeline;
        var snapshots = timeline.Branches.Select(b => (b.Label, Snapshot: b.Snapshot())).ToArray();
        int week = timeline.Week;
        string caption = $"Simulated with the Integration Sandbox: scenario '{timeline.Scenario.Name}', seed {timeline.Scenario.Seed}, week {week} of {timeline.Weeks}.";
        var pdf = new PdfDocument();

        var cover = pdf.AddPage();
        double y = cover.Text(Margin, Margin, session.Title, 22, bold: true);
        y = cover.Text(Margin, y, "Workshop handout · " + DateTime.UtcNow.ToString("d MMMM yyyy", CultureInfo.InvariantCulture), 11);
        y = cover.Text(Margin, y + 6, timeline.Scenario.Description, 11);
        y = cover.Text(Margin, y + 4, caption, 9);
        if (session.Plan?.Summary is { Length: > 0 } summary) y = cover.Text(Margin, y + 6, summary, 11);
        y = cover.Text(Margin, y + 10, $"Where things stood at week {week}", 14, bold: true);
        foreach (var (label, snap) in snapshots)
        {
            y = cover.Text(Margin, y + 4, label, 12, bold: true);
            y = cover.Text(Margin + 12, y, string.Join(" · ",
                $"{snap.Clients.Count} clients registered",
                $"{Per100(snap, WorkshopMeasure.InWorkPer100)} in work per 100",
                $"{Per100(snap, WorkshopMeasure.LostPer100)} lost per 100",
                $"{Per100(snap, WorkshopMeasure.SustainedPer100)} in a sustained job per 100",
                $"service cost {PollAnswer.Format(snap.Measure(WorkshopMeasure.ServiceCost), WorkshopMeasure.ServiceCost)}"), 10);
        }
        foreach (var change in timeline.Changes)
            y = cover.Text(Margin, y + 2, $"Week {change.Week}: {(change.IsFork ? "forked" : "switched")} line {change.Branch + 1} to {change.Level.Title()}.", 10);

        if (week > 0)
        {
            var x = Enumerable.Range(1, week).Select(w => (double)w).ToArray();
            var charts = WorkshopChart.Series.Select((series, i) => (ChartSpec)new LineBandChart
            {
                Title = series.Label,
                Subtitle = series.Unit == "share" ? "Share of registered clients" : null,
                Caption = caption,
                XLabel = "Week",
                YLabel = series.Unit == "share" ? "share" : series.Unit,
                Series = snapshots.Select(s => new ChartSeries(s.Label, x, Enumerable.Range(0, week).Select(w => s.Snapshot.Result.Series(series.Key)[w]).ToArray())).ToArray(),
            }).Append(Outcomes(snapshots, caption));
            Place(pdf, charts);
        }
        Place(pdf, polls.Select(p => (ChartSpec)new BarChart
        {
            Title = p.Question,
            Subtitle = $"{p.Voters} predictions. The model: {p.Answer.Text}",
            Caption = caption,
            YLabel = "participants",
            Categories = p.Bars.Select(b => b.IsAnswer ? b.Label + " (model)" : b.Label).ToArray(),
            Series = [new BarSeries("Predictions", p.Bars.Select(b => (double)b.Count).ToArray())],
        }));

        if (spotlight is not null)
        {
            var page = pdf.AddPage();
            double top = page.Text(Margin, Margin, $"Following {spotlight.Name} (client {spotlight.Client})", 18, bold: true);
            foreach (var line in spotlight.Lines)
            {
                top = page.Text(Margin, top + 6, $"{line.Level}: {line.Profile}; now {line.Status.ToLowerInvariant()}", 11, bold: true);
                foreach (var e in line.Events)
                {
                    if (top > PdfDocument.Height - Margin) (page, top) = (pdf.AddPage(), Margin);
                    top = page.Text(Margin + 12, top, $"Week {e.Week}: {e.Text}{(e.Crack is null ? "" : " (crack)")}", 10);
                }
            }
        }
        return pdf.ToBytes();
    }

    private static ChartSpec Outcomes((string Label, ModelSnapshot Snapshot)[] snapshots, string caption)
    {
        var outcomes = snapshots.SelectMany(s => s.Snapshot.Flows.Nodes.Where(n => n.Column == 2).Select(n => n.Name)).Distinct().Order(StringComparer.Ordinal).ToArray();
        return new BarChart
        {
            Title = "Where clients are now",
            Subtitle = "Per 100 clients registered; 'Lost' boxes are the cracks",
            Caption = caption,
            YLabel = "per 100 clients",
            Categories = outcomes,
            Series = snapshots.Select(s => new BarSeries(s.Label, outcomes.Select(o =>
                s.Snapshot.Clients.Count == 0 ? 0 : 100.0 * s.Snapshot.Flows.Links.Where(l => l.Target == o).Sum(l => l.Value) / s.Snapshot.Clients.Count).ToArray())).ToArray(),
        };
    }

    /// <summary>Two charts to a page, in order.</summary>
    private static void Place(PdfDocument pdf, IEnumerable<ChartSpec> charts)
    {
        PdfPage? page = null;
        double top = Margin;
        foreach (var chart in charts)
        {
            if (page is null || top > PdfDocument.Height / 2) (page, top) = (pdf.AddPage(), Margin);
            top = page.Image(ChartRenderer.RenderPng(chart with { Width = 1100, Height = 760 }), Margin, top, ChartWidth) + 16;
        }
    }

    private static string Per100(ModelSnapshot s, WorkshopMeasure m) => s.Measure(m).ToString("0.#", CultureInfo.InvariantCulture);
}
