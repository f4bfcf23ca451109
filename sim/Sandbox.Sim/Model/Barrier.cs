namespace Sandbox.Sim.Model;

/// <summary>The seven peripheral barriers to employment identified at first contact (002 box 6, France).</summary>
public enum Barrier : byte
{
    Housing = 0, Health = 1, Mobility = 2, Debt = 3, FamilyConstraints = 4, CoreWorkSkills = 5, AdministrativeJudicial = 6,
}

public static class Barriers
{
    public const int Count = 7;

    public static readonly Barrier[] All =
    [
        Barrier.Housing, Barrier.Health, Barrier.Mobility, Barrier.Debt,
        Barrier.FamilyConstraints, Barrier.CoreWorkSkills, Barrier.AdministrativeJudicial,
    ];

    /// <summary>
    /// The order a sequenced pathway treats barriers in: stabilise housing, health and debt before work skills
    /// (002 box 6, pathway 2: "need first to address one or more of the seven peripheral barriers").
    /// </summary>
    public static readonly Barrier[] SequencedOrder =
    [
        Barrier.Housing, Barrier.Health, Barrier.Debt, Barrier.AdministrativeJudicial,
        Barrier.FamilyConstraints, Barrier.Mobility, Barrier.CoreWorkSkills,
    ];

    public static string Key(this Barrier b) => b switch
    {
        Barrier.Housing => "housing",
        Barrier.Health => "health",
        Barrier.Mobility => "mobility",
        Barrier.Debt => "debt",
        Barrier.FamilyConstraints => "family",
        Barrier.CoreWorkSkills => "skills",
        Barrier.AdministrativeJudicial => "admin",
        _ => throw new ArgumentOutOfRangeException(nameof(b)),
    };

    /// <summary>Barriers that are "foundational": work-skills treatment works less well while one is untreated.</summary>
    public const byte FoundationalMask = (1 << (int)Barrier.Housing) | (1 << (int)Barrier.Health) | (1 << (int)Barrier.Debt);
}
