using Sandbox.Dashboard.Api;

namespace Sandbox.Dashboard.Exports;

/// <summary>
/// Names one piece of shown data: a live run's panel (employment, waiting, cracks, …, flows, equity) or an
/// experiment's chart (levels, difference, probabilities, sweep), with the outcome and baseline it was drawn for.
/// The same query downloads CSV, Parquet, PNG, SVG or a reproduction bundle, and a bundle stores it to replay.
/// </summary>
public sealed record ExportQuery(string Source, string Id, string Chart, string? Metric = null, string? Baseline = null)
{
    public static readonly string[] RunCharts = ["employment", "longTerm", "waiting", "cracks", "costAgency", "costCategory", "costPerJob", "flows", "equity", "equityCracks"];
    public static readonly string[] ExperimentCharts = ["levels", "difference", "probabilities", "sweep"];

    /// <summary>True for the compare views' own charts; other experiment charts are the experiment's named tables and charts.</summary>
    public bool IsCompareView => ExperimentCharts.Contains(Chart);

    /// <summary>Names of tables and charts as the shared analysis gives them ("sweep", "tornado-sustained26Rate").</summary>
    private static bool IsArtefactName(string? name) =>
        name is { Length: > 0 and <= 120 } && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '[' or ']');

    public void Validate()
    {
        string[] charts = Source switch
        {
            "run" => RunCharts,
            "experiment" => ExperimentCharts,
            _ => throw new ApiErrorException(ApiError.Invalid("source", Source ?? "(missing)", "run or experiment")),
        };
        if (!charts.Contains(Chart) && !(Source == "experiment" && IsArtefactName(Chart)))
            throw new ApiErrorException(ApiError.Invalid("chart", Chart ?? "(missing)", string.Join(", ", charts) + (Source == "experiment" ? ", or a table or chart named in the experiment's results" : "")));
        if (Id is not { Length: > 0 and <= 64 }) throw new ApiErrorException(ApiError.Invalid("id", Id ?? "(missing)", "a run or experiment id"));
    }
}
