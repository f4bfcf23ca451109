using System.Security.Cryptography;
using System.Text;
using Sandbox.Sim.Scenarios;

namespace Sandbox.Sim.Experiments;

/// <summary>
/// Every experiment as the runners see it: points (scenarios) × replications on common random numbers, so
/// replication r of every point runs with <see cref="Seeds"/>[r] and points differ by configuration, not by
/// luck. Run <c>point × Replications + replication</c> is one kernel run, numbered as the Orleans
/// <c>ExperimentSpec</c> numbers them, so a cluster can run a plan and hand the results back to the same
/// analysis. Runs are dispatched replication by replication with points in <see cref="Order"/>, so an
/// interrupted experiment has every point at about the same count and an interleaved order already covers
/// the space coarsely.
/// </summary>
public sealed class ExperimentPlan
{
    public ExperimentPlan(IReadOnlyList<Variant> points, int replications, long baseSeed, IReadOnlyList<int>? order = null)
    {
        ArgumentNullException.ThrowIfNull(points);
        if (points.Count == 0) throw new ArgumentException("An experiment needs at least one point.", nameof(points));
        if (replications is < 1 or > CompareOptions.MaxReplications)
            throw new ArgumentOutOfRangeException(nameof(replications), replications, $"Replications must be 1 to {CompareOptions.MaxReplications}.");
        if (baseSeed < 0) throw new ArgumentOutOfRangeException(nameof(baseSeed), baseSeed, "Seeds are non-negative.");
        var ordered = order?.ToArray() ?? Enumerable.Range(0, points.Count).ToArray();
        if (ordered.Length != points.Count || ordered.Distinct().Count() != ordered.Length || ordered.Any(p => (uint)p >= (uint)points.Count))
            throw new ArgumentException("The point order must list every point exactly once.", nameof(order));
        if (points.Select(p => p.Name).Distinct(StringComparer.OrdinalIgnoreCase).Count() != points.Count)
            throw new ArgumentException("Point names must be distinct.", nameof(points));
        Points = points;
        BaseSeed = baseSeed;
        Seeds = Enumerable.Range(0, replications).Select(r => Experiments.Replications.Seed(baseSeed, r)).ToArray();
        Order = ordered;
    }

    public IReadOnlyList<Variant> Points { get; }
    public long BaseSeed { get; }

    /// <summary>Seed of each replication, <see cref="Experiments.Replications.Seed"/> of the base seed: the same as a compare's.</summary>
    public IReadOnlyList<long> Seeds { get; }

    public IReadOnlyList<int> Order { get; }
    public int Replications => Seeds.Count;
    public int RunCount => Points.Count * Replications;

    public int RunIndex(int point, int replication) => point * Replications + replication;
    public int PointOf(int run) => run / Replications;
    public int ReplicationOf(int run) => run % Replications;

    /// <summary>A stable name for a run, for stores and file names: "p12-r3".</summary>
    public string KeyOf(int run) => $"p{PointOf(run)}-r{ReplicationOf(run)}";

    /// <summary>Run indices in dispatch order: replication-major, points in <see cref="Order"/> within each replication.</summary>
    public int[] DispatchOrder()
    {
        var order = new int[RunCount];
        int k = 0;
        for (int r = 0; r < Replications; r++)
            foreach (int p in Order) order[k++] = RunIndex(p, r);
        return order;
    }

    /// <summary>
    /// The scenario of one run: the point's scenario with the replication's seed. A point that breaks a rule
    /// spanning several fields (two shares summing past one) is reported naming the point; ranges were checked
    /// when the design was made, and corners run first, so such a point is usually found at once.
    /// </summary>
    public Scenario ScenarioOf(int run)
    {
        var point = Points[PointOf(run)];
        var s = point.Scenario.Clone();
        s.Seed = Seeds[ReplicationOf(run)];
        try
        {
            ScenarioValidator.Validate(s);
        }
        catch (ScenarioValidationException e) when (e.File is null)
        {
            throw e.InFile($"point {point.Name} ({point.Label})");
        }
        return s;
    }

    /// <summary>
    /// A hash of what the runs compute: the kind of result kept, the model version, the base seed and every
    /// point's scenario in point order. Not the replication count: replication r's seed does not depend on
    /// it, so a resumed experiment may ask for more replications and keep the runs it has. A stored run is
    /// reused only under the same fingerprint.
    /// </summary>
    public string Fingerprint(string kind, string version)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Add(string text) => hash.AppendData(Encoding.UTF8.GetBytes(text + "\n"));
        Add(kind);
        Add(version);
        Add(BaseSeed.ToString(System.Globalization.CultureInfo.InvariantCulture));
        foreach (var point in Points)
        {
            var s = point.Scenario.Clone();
            s.Seed = 0;
            Add(point.Name);
            Add(ScenarioJson.Serialize(s));
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
