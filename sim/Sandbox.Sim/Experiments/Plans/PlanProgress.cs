namespace Sandbox.Sim.Experiments;

/// <summary>
/// Reported once when stored runs have been read and then once per finished run. <see cref="Reused"/> counts
/// runs taken from the store (a resumed experiment), which a progress bar shows as already done.
/// </summary>
public readonly record struct PlanProgress(int Completed, int Total, int Reused)
{
    public double Fraction => Total == 0 ? 1 : Completed / (double)Total;
}
