namespace Sandbox.Sim.Analysis;

/// <summary>
/// Sequential rule for how many replications an experiment needs: keep going until every chosen output's
/// CI half-width is within its <see cref="PrecisionTarget"/>, never below a minimum (early half-widths are
/// themselves noisy, and stopping on a lucky small one biases coverage down) and never above a cap.
/// Results are taken in replication order whatever order workers finish in: a result that arrives early is
/// held until the ones before it are in, and nothing after the stopping point is absorbed. The stop and the
/// final estimates are therefore a function of the seeds alone, not of timing or worker count.
/// </summary>
public sealed class ReplicationStopRule
{
    private readonly PrecisionTarget[] _targets;
    private readonly RunningMoments[] _moments;
    private readonly Dictionary<int, double[]> _pending = [];

    public ReplicationStopRule(IEnumerable<PrecisionTarget> targets, int minReplications = 5, int maxReplications = 100, double confidence = 0.95)
    {
        ArgumentNullException.ThrowIfNull(targets);
        _targets = targets.ToArray();
        if (_targets.Length == 0) throw new ArgumentException("At least one precision target is needed.", nameof(targets));
        foreach (var t in _targets) t.Check();
        if (_targets.Select(t => t.Output).Distinct(StringComparer.Ordinal).Count() != _targets.Length)
            throw new ArgumentException("Each output may have only one target.", nameof(targets));
        ArgumentOutOfRangeException.ThrowIfLessThan(minReplications, 2);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxReplications, minReplications);
        StudentQuantile.CheckLevel(confidence);
        MinReplications = minReplications;
        MaxReplications = maxReplications;
        Confidence = confidence;
        _moments = new RunningMoments[_targets.Length];
        Progress = Evaluate();
    }

    public int MinReplications { get; }
    public int MaxReplications { get; }
    public double Confidence { get; }
    public IReadOnlyList<PrecisionTarget> Targets => _targets;

    /// <summary>Replications absorbed so far: the unbroken run 0..N−1.</summary>
    public int Replications => _moments[0].N;

    public ReplicationProgress Progress { get; private set; }
    public bool ShouldStop => Progress.ShouldStop;

    /// <summary>
    /// Records the outputs of replication <paramref name="replication"/> (numbered from 0). Outputs without
    /// a target are ignored; a targeted output must be present and finite. After the stop, and beyond the
    /// cap, results are accepted and ignored so that in-flight runs can report without changing the answer.
    /// </summary>
    public ReplicationProgress Add(int replication, IReadOnlyDictionary<string, double> outputs)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(replication);
        ArgumentNullException.ThrowIfNull(outputs);
        if (ShouldStop || replication >= MaxReplications) return Progress;
        if (replication < Replications || _pending.ContainsKey(replication))
            throw new ArgumentException($"Replication {replication} was already added.", nameof(replication));

        var values = new double[_targets.Length];
        for (int i = 0; i < _targets.Length; i++)
        {
            string name = _targets[i].Output;
            if (!outputs.TryGetValue(name, out double v))
                throw new ArgumentException($"Replication {replication} has no output '{name}'.", nameof(outputs));
            if (!double.IsFinite(v))
                throw new ArgumentException($"Replication {replication} output '{name}' is {v}.", nameof(outputs));
            values[i] = v;
        }
        _pending[replication] = values;

        while (!ShouldStop && _pending.Remove(Replications, out var next))
        {
            for (int i = 0; i < _targets.Length; i++) _moments[i].Add(next[i]);
            Progress = Evaluate();
        }
        if (ShouldStop) _pending.Clear();
        return Progress;
    }

    private ReplicationProgress Evaluate()
    {
        int n = Replications;
        var status = new TargetStatus[_targets.Length];
        for (int i = 0; i < status.Length; i++) status[i] = new TargetStatus(_targets[i], _moments[i].ToSummary(Confidence));

        var reason = n >= MinReplications && status.All(s => s.Met) ? StopReason.PrecisionReached
            : n >= MaxReplications ? StopReason.CapReached
            : StopReason.Continue;
        int estimate = reason != StopReason.Continue ? n
            : Math.Clamp(status.Max(s => s.NeededReplications ?? MinReplications), Math.Max(MinReplications, n + 1), MaxReplications);
        return new ReplicationProgress(n, reason, status, estimate);
    }
}
