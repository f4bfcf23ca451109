namespace Sandbox.Dashboard.Experiments.Research;

/// <summary>Settings of the curve kinds' tables (reform, fork, adaptive compare) as the dashboard writes them.</summary>
internal static class ResearchCurves
{
    /// <summary>
    /// Summary and difference tables keep every 4th week (and the last): a 260-week, 4-variant run has some hundred
    /// metric columns, and every week would make tables of a hundred thousand rows to download and embed in reports.
    /// </summary>
    public const int TableEvery = 4;
}
