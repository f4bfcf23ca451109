namespace Sandbox.Sim.Validation;

/// <summary>Progress of a validation run: replications finished out of all, and the fact of the last one.</summary>
public readonly record struct ValidationProgress(int Done, int Total, string LastFact)
{
    public double Fraction => Total == 0 ? 1 : (double)Done / Total;
}
