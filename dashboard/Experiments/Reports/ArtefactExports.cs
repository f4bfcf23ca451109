using Sandbox.Dashboard.Api;
using Sandbox.Dashboard.Experiments.Research;
using Sandbox.Dashboard.Exports;

namespace Sandbox.Dashboard.Experiments.Reports;

/// <summary>One named table or chart of an experiment's results as export data: a table alone, or a chart with the numbers it draws.</summary>
internal static class ArtefactExports
{
    public static ExportData Find(ResearchResult result, string name)
    {
        var table = result.Artefacts.Tables.FirstOrDefault(t => t.Name == name);
        if (table is not null) return new ExportData(FileNames.Of(name), table.Table, null);
        foreach (var (chartName, chart) in result.Artefacts.Charts)
            if (chartName == name) return new ExportData(FileNames.Of(name), ChartData.Table(chart), chart);
        throw new ApiErrorException(ApiError.Invalid("chart", name, "one of " + string.Join(", ",
            result.Artefacts.Tables.Select(t => t.Name).Concat(result.Artefacts.Charts.Select(c => c.Name)))));
    }
}
