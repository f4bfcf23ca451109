namespace Sandbox.Sim.Engine;

/// <summary>What a reform in progress does to the week's parameters (see <see cref="Scenarios.ReformSpec"/>).</summary>
public sealed record TransitionEffects(double CapacityLoss, double ReferralOddsRatio, double ExtraItCostPerWeek)
{
    public static readonly TransitionEffects None = new(0, 1, 0);
}
