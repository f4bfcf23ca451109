using Sandbox.Reporting.Experiments;
using Sandbox.Sim.Experiments;
using Sandbox.Sim.Scenarios;

namespace Sandbox.Dashboard.Experiments.Research;

/// <summary>
/// A checked researcher's experiment ready to run: what it is, how many runs it makes, the equivalent CLI command
/// (for the manifest and reproduce note) and the work itself, which calls the sim library's runner and the shared
/// analysis and reports progress as runs finish.
/// </summary>
public sealed record ResearchWork(
    string Kind,
    string Name,
    Scenario Scenario,
    int Runs,
    int Replications,
    long BaseSeed,
    string Command,
    Func<Action<int, int>, CancellationToken, ResearchResult> Run,
    string Engine = ResearchWork.InProcess)
{
    public const string InProcess = "in-process kernel (shared runner)";
}

/// <summary>
/// A finished researcher's experiment: the shared artefacts (tables, charts, headlines, method), the seeds, and
/// for kinds whose result is curves over time (reform, fork, adaptive compare) the comparison itself, which the
/// Compare page can open like any compare.
/// </summary>
public sealed record ResearchResult(
    string Kind,
    Scenario Scenario,
    ExperimentArtefacts Artefacts,
    long BaseSeed,
    IReadOnlyList<long> Seeds,
    string Command,
    string Fingerprint,
    CompareResult? Curves = null);
