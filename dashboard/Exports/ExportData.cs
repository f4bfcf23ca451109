using Sandbox.Reporting;

namespace Sandbox.Dashboard.Exports;

/// <summary>Shown data ready to download: a tidy table, and the server-drawn chart where the data is a chart.</summary>
public sealed record ExportData(string FileStem, TidyTable Table, ChartSpec? Chart);

/// <summary>One line of a chart in export form (weeks or swept values on x), with an optional interval.</summary>
public sealed record ExportLine(string Label, double[] X, double[] Y, double[]? Low = null, double[]? High = null);

/// <summary>Lines → the tidy table (series, x, value, low, high) and the report-style line chart, from one definition.</summary>
public static class ExportLines
{
    public static ExportData Of(string stem, string title, string subtitle, string caption, string xLabel, string yLabel, IReadOnlyList<ExportLine> lines, bool zeroLine = false)
    {
        var table = new TidyTable(new ColumnSchema("series", ColumnType.String), new ColumnSchema(xLabel.ToLowerInvariant().Replace(' ', '_'), ColumnType.Double),
            new ColumnSchema("value", ColumnType.Double), new ColumnSchema("low", ColumnType.Double), new ColumnSchema("high", ColumnType.Double));
        foreach (var line in lines)
            for (int i = 0; i < line.X.Length; i++)
                table.AppendRow(line.Label, line.X[i], line.Y[i], line.Low?[i] ?? double.NaN, line.High?[i] ?? double.NaN);
        var chart = new LineBandChart
        {
            Title = title,
            Subtitle = subtitle,
            Caption = caption,
            XLabel = xLabel,
            YLabel = yLabel,
            ZeroLine = zeroLine,
            Series = lines.Select(l => new ChartSeries(l.Label, l.X, l.Y.Select(Finite).ToArray(), l.Low?.Select(Finite).ToArray(), l.High?.Select(Finite).ToArray())).ToArray(),
        };
        return new ExportData(stem, table, chart);
    }

    /// <summary>Charts draw a gap-free line; an undefined value (NaN: e.g. cost per job before the first job) is drawn as zero.</summary>
    private static double Finite(double v) => double.IsFinite(v) ? v : 0;
}
