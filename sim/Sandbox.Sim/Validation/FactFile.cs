namespace Sandbox.Sim.Validation;

/// <summary>
/// One stylised-fact experiment, as written in <c>scenarios/validation/*.json</c>: a shipped scenario (the
/// baseline or a case study), optionally a level and a contrast arm, run for some replications, and the checks
/// read from those runs. The file is the single home of a fact's target, tolerance and citation, so the table,
/// the tests and the calibration all read the same numbers.
/// </summary>
public sealed class FactFile
{
    /// <summary>Short stable key, e.g. "exit-curve"; also the file name.</summary>
    public string Id { get; set; } = "";

    /// <summary>Number of the fact in MODEL.md "Calibration facts" (0 for facts taken from elsewhere).</summary>
    public int Fact { get; set; }

    public string Title { get; set; } = "";

    public string Source { get; set; } = "";

    /// <summary>A shipped scenario name ("baseline", "cases/france-joint-diagnosis") the runs start from.</summary>
    public string Scenario { get; set; } = "baseline";

    /// <summary>Level preset to run the base arm at (a case file's own level when absent).</summary>
    public string? Level { get; set; }

    /// <summary>A second arm for facts that compare two settings on common random numbers.</summary>
    public ContrastSpec? Contrast { get; set; }

    /// <summary>Weeks to run (the scenario's own when absent).</summary>
    public int? Weeks { get; set; }

    public int Replications { get; set; } = 10;

    public QuickSpec Quick { get; set; } = new();

    /// <summary>How the model meets this fact and anything a reader should know (plain language).</summary>
    public string Notes { get; set; } = "";

    public List<FactCheck> Checks { get; set; } = [];
}
