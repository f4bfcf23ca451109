using Sandbox.Sim.Model;

namespace Sandbox.Sim.Engine;

/// <summary>One agency's compiled parameters.</summary>
public sealed record AgencyParameters(
    int Index,
    AgencyKind Kind,
    string Name,
    byte TreatsMask,
    int Slots,
    double ContactHours,
    double CostPerHour,
    double BudgetPerYear,
    int TreatmentWeeks,
    double ResolveProbability,
    double DetectionAccuracy)
{
    public bool Treats(int barrier) => (TreatsMask & (1 << barrier)) != 0;
}
