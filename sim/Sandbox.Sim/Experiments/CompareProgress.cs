namespace Sandbox.Sim.Experiments;

/// <summary>
/// Reported once per finished run. Runs finish in no fixed order, so <see cref="Completed"/> is the count so far
/// and the variant/replication name the run that just ended, for a status line rather than for bookkeeping.
/// </summary>
public readonly record struct CompareProgress(int Completed, int Total, string Variant, int Replication)
{
    public double Fraction => Total == 0 ? 1 : Completed / (double)Total;
}
