namespace Sandbox.Sim.Scenarios;

/// <summary>Who a service mechanism reaches: nobody, the programme's target group, or every client.</summary>
public enum Coverage : byte { None = 0, TargetGroup = 1, All = 2 }

/// <summary>How referrals for several barriers are ordered (002: "sequenced or simultaneous").</summary>
public enum TreatmentOrder : byte
{
    /// <summary>One referral at a time, in whatever order the assessing agency happens to pick.</summary>
    AdHoc = 0,
    /// <summary>One at a time, foundational barriers (housing, health, debt) before work skills.</summary>
    Sequenced = 1,
    /// <summary>Simultaneous referrals for every known barrier.</summary>
    Parallel = 2,
}
