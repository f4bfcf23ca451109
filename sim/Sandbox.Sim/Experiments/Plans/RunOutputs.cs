using Sandbox.Sim.Metrics;
using Sandbox.Sim.Scenarios;

namespace Sandbox.Sim.Experiments;

/// <summary>
/// The scalars an experiment keeps of each run instead of its whole weekly series: every metric column's
/// final-week value under its column key (<c>sustained26Rate</c>, <c>waiting[debt]</c>,
/// <c>employmentRate[disability]</c>), and for every weekly flow its total over the run under
/// <c>total.</c> + key (<c>total.cost.staff[pes]</c>), which cost shifting needs. A sweep of thousands of runs
/// then keeps a few kilobytes per run, any output can still be analysed afterwards, and a stored run reads
/// back bit for bit.
/// </summary>
public sealed class RunOutputs
{
    public const string TotalPrefix = "total.";

    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
    private readonly int[] _column;
    private readonly bool[] _isTotal;

    public RunOutputs(MetricsLayout layout)
    {
        ArgumentNullException.ThrowIfNull(layout);
        Layout = layout;
        var names = new List<string>();
        var units = new List<string>();
        var column = new List<int>();
        var total = new List<bool>();
        for (int c = 0; c < layout.Count; c++) Add(layout.Columns[c].Key, layout.Columns[c].Unit, c, false);
        for (int c = 0; c < layout.Count; c++)
        {
            var col = layout.Columns[c];
            if (IsFlow(col.Unit)) Add(TotalPrefix + col.Key, col.Unit.Replace(" per week", "", StringComparison.Ordinal), c, true);
        }
        Names = names;
        Units = units;
        _column = [.. column];
        _isTotal = [.. total];

        void Add(string name, string unit, int c, bool isTotal)
        {
            _index[name] = names.Count;
            names.Add(name);
            units.Add(unit);
            column.Add(c);
            total.Add(isTotal);
        }
    }

    /// <summary>The outputs of runs of this scenario (its agencies fix the columns).</summary>
    public static RunOutputs For(Scenario scenario) => new(PlanRunner.LayoutOf(scenario));

    public MetricsLayout Layout { get; }
    public IReadOnlyList<string> Names { get; }

    /// <summary>Unit of each output; a total of a weekly flow drops "per week" ("EUR", "", …).</summary>
    public IReadOnlyList<string> Units { get; }

    public int Count => Names.Count;

    public bool Contains(string name) => _index.ContainsKey(name);

    /// <summary>Index of an output, or an <see cref="ArgumentException"/> naming a few valid system-wide ones.</summary>
    public int IndexOf(string name) => _index.TryGetValue(name, out int i) ? i
        : throw new ArgumentException($"No output '{name}'; outputs are metric keys at the final week such as "
            + string.Join(", ", OutcomePhrases.All.Select(p => p.Metric)) + ", or totals of weekly flows such as total.cost.staff[pes].", nameof(name));

    public string UnitOf(string name) => Units[IndexOf(name)];

    public double[] Extract(RunResult run)
    {
        CheckLayout(run);
        var values = new double[Count];
        for (int i = 0; i < values.Length; i++) values[i] = Read(run, i);
        return values;
    }

    /// <summary>One output of a run, e.g. the value a stopping rule watches.</summary>
    public double ValueOf(RunResult run, int output)
    {
        CheckLayout(run);
        return Read(run, output);
    }

    private double Read(RunResult run, int output)
    {
        var series = run.Series(_column[output]);
        if (!_isTotal[output]) return series[^1];
        double sum = 0;
        foreach (double v in series) sum += v;
        return sum;
    }

    private void CheckLayout(RunResult run)
    {
        ArgumentNullException.ThrowIfNull(run);
        if (!ReferenceEquals(run.Layout, Layout) && !run.Layout.Columns.SequenceEqual(Layout.Columns))
            throw new ArgumentException("The run's metric columns differ from these outputs' (a scenario with other agencies).", nameof(run));
    }

    private static bool IsFlow(string unit) => unit.EndsWith("per week", StringComparison.Ordinal) && !unit.Contains("hours", StringComparison.Ordinal);
}
