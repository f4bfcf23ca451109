using System.Diagnostics;
using Interlocked = System.Threading.Interlocked;
using CancellationToken = System.Threading.CancellationToken;
using Sandbox.Sim.Analysis;
using Sandbox.Sim.Validation.Reports;

namespace Sandbox.Sim.Validation;

/// <summary>
/// Runs the stylised-fact experiments of <c>scenarios/validation/</c> and reports each check against its
/// published target. Many facts read the same runs (the baseline, replication r), so the work is organised by
/// replication: one parallel job per replication runs each distinct arm once, evaluates every fact that reads
/// it, and lets the runs go, so memory holds only the runs of the jobs in flight.
/// </summary>
public static class ValidationSuite
{
    /// <summary>The shipped suite (quick or full), as <c>sandbox validate</c> and the dashboard run it.</summary>
    public static ValidationReport Run(bool quick = false, IProgress<ValidationProgress>? progress = null, CancellationToken cancellation = default) =>
        Run(FactLibrary.All(), new ValidationOptions { Quick = quick }, progress, cancellation);

    /// <summary>Runs <paramref name="facts"/>; cancelling stops starting replications and throws <see cref="OperationCanceledException"/>.</summary>
    public static ValidationReport Run(IReadOnlyList<FactFile> facts, ValidationOptions options, IProgress<ValidationProgress>? progress = null,
        CancellationToken cancellation = default)
    {
        var clock = Stopwatch.StartNew();
        var chosen = facts.Where(f => options.Facts is null || options.Facts.Contains(f.Id)).ToArray();
        var experiments = chosen.Select(f => new FactExperiment(f, options)).ToArray();
        var values = experiments.Select(e => e.Measures.Select(_ => new double[e.Replications]).ToArray()).ToArray();
        var journeys = JourneysWanted(experiments);
        int replications = experiments.Length == 0 ? 0 : experiments.Max(e => e.Replications);
        int total = Enumerable.Range(0, replications).Sum(r => DistinctArms(experiments, r).Count());

        int done = 0;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.MaxParallelism ?? Environment.ProcessorCount, CancellationToken = cancellation };
        Parallel.For(0, replications, parallel, r =>
        {
            var cache = new Dictionary<string, ArmRun>(StringComparer.Ordinal);
            for (int i = 0; i < experiments.Length; i++)
            {
                var e = experiments[i];
                if (r >= e.Replications) continue;
                var runs = new Dictionary<string, ArmRun>();
                foreach (var (arm, key) in e.ArmKeys)
                {
                    if (!cache.TryGetValue(key, out var run))
                    {
                        cancellation.ThrowIfCancellationRequested();
                        cache[key] = run = ArmRun.Execute(e.ArmAt(arm, r), journeys.Contains(key));
                        progress?.Report(new ValidationProgress(Interlocked.Increment(ref done), total, e.Fact.Id));
                    }
                    runs[arm] = run;
                }
                for (int c = 0; c < e.Measures.Count; c++) values[i][c][r] = e.Measures[c].Evaluate(runs);
            }
        });

        var rows = new List<ValidationRow>();
        for (int i = 0; i < experiments.Length; i++)
        {
            var fact = experiments[i].Fact;
            for (int c = 0; c < fact.Checks.Count; c++)
            {
                var check = fact.Checks[c];
                rows.Add(new ValidationRow(fact.Id, fact.Fact, fact.Title, fact.Source, check.Id, check.Statement, check.Role,
                    check.Unit, check.Band, Summary.Summarise(values[i][c]), values[i][c], check.Note, check.KnownLimit));
            }
        }
        return new ValidationReport(rows, chosen, options.Quick, total, clock.Elapsed, options.Overrides);
    }

    /// <summary>Arms (by scenario text) that some fact reading them needs journeys for.</summary>
    private static HashSet<string> JourneysWanted(IEnumerable<FactExperiment> experiments) =>
        experiments.Where(e => e.NeedsJourneys).SelectMany(e => e.ArmKeys.Values).ToHashSet(StringComparer.Ordinal);

    private static IEnumerable<string> DistinctArms(IEnumerable<FactExperiment> experiments, int replication) =>
        experiments.Where(e => replication < e.Replications).SelectMany(e => e.ArmKeys.Values).Distinct(StringComparer.Ordinal);
}
