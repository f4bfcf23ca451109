namespace Sandbox.Sim.Model;

/// <summary>Where a jobseeker stands in the labour market.</summary>
public enum LabourStatus : byte { NotEntered = 0, Unemployed = 1, Employed = 2, Inactive = 3 }

/// <summary>Who, if anyone, holds an unemployed client's case.</summary>
public enum Engagement : byte
{
    /// <summary>An agency (the PES or a case manager) actively holds the case.</summary>
    Held = 0,
    /// <summary>The case was handed over and nobody took it back: the client is on their own.</summary>
    Unheld = 1,
    /// <summary>The client disengaged from services after a handoff.</summary>
    Disengaged = 2,
}

/// <summary>Each barrier's own pipeline through the services; several can run at once under parallel treatment.</summary>
public enum BarrierStage : byte
{
    /// <summary>No barrier, or one nobody has detected.</summary>
    Hidden = 0,
    /// <summary>Detected and in the case plan, not yet referred.</summary>
    Known = 1,
    /// <summary>Referral sent; the client has to turn up.</summary>
    Referred = 2,
    /// <summary>On the receiving agency's waiting list.</summary>
    Waiting = 3,
    /// <summary>In treatment at the agency.</summary>
    Treating = 4,
    /// <summary>Resolved.</summary>
    Resolved = 5,
    /// <summary>Fell out of the pipeline (lost referral, drop-out); stays untreated unless re-detected.</summary>
    Lost = 6,
}

/// <summary>Vulnerable groups of 003 KS1-M08.</summary>
[Flags]
public enum VulnerableFlags : byte
{
    None = 0, LowQualifications = 1, Disability = 2, ThirdCountryNational = 4, Minority = 8,
}

/// <summary>The ways a client falls through the cracks between agencies (MODEL.md).</summary>
public enum CrackKind : byte
{
    ReferralNeverArrived = 0,
    DroppedOutWhileWaiting = 1,
    DisengagedAfterHandoff = 2,
    ExitedWithNoAgency = 3,
    CircularReferral = 4,
    RepeatedAssessment = 5,
}

public static class CrackKinds
{
    public const int Count = 6;

    public static readonly CrackKind[] All =
    [
        CrackKind.ReferralNeverArrived, CrackKind.DroppedOutWhileWaiting, CrackKind.DisengagedAfterHandoff,
        CrackKind.ExitedWithNoAgency, CrackKind.CircularReferral, CrackKind.RepeatedAssessment,
    ];

    public static string Key(this CrackKind k) => k switch
    {
        CrackKind.ReferralNeverArrived => "referralNeverArrived",
        CrackKind.DroppedOutWhileWaiting => "droppedOutWhileWaiting",
        CrackKind.DisengagedAfterHandoff => "disengagedAfterHandoff",
        CrackKind.ExitedWithNoAgency => "exitedWithNoAgency",
        CrackKind.CircularReferral => "circularReferral",
        CrackKind.RepeatedAssessment => "repeatedAssessment",
        _ => throw new ArgumentOutOfRangeException(nameof(k)),
    };

    public static string Title(this CrackKind k) => k switch
    {
        CrackKind.ReferralNeverArrived => "Referral never arrived",
        CrackKind.DroppedOutWhileWaiting => "Dropped out while waiting",
        CrackKind.DisengagedAfterHandoff => "Disengaged after a handoff",
        CrackKind.ExitedWithNoAgency => "Left with no agency holding the case",
        CrackKind.CircularReferral => "Circular referral",
        CrackKind.RepeatedAssessment => "Repeated assessment",
        _ => throw new ArgumentOutOfRangeException(nameof(k)),
    };
}
