namespace Sandbox.Sim.Validation;

/// <summary>
/// Which model quantity a check reads: a <see cref="Kind"/> from the fixed set in
/// <see cref="Measures.MeasureCatalog"/>, and the few options that kind takes. Unused options must stay unset;
/// the catalog rejects a check that sets an option its kind does not read.
/// </summary>
public sealed class MeasureSpec
{
    public string Kind { get; set; } = "";

    /// <summary>Spell bands (0-3m, 3-6m, 6-12m, 12m+) of a callback rate, or of a ratio's numerator.</summary>
    public List<string>? Bands { get; set; }

    /// <summary>Spell bands of a callback ratio's denominator.</summary>
    public List<string>? Per { get; set; }

    /// <summary>A horizon in weeks: exit within, placed within, employed within.</summary>
    public int? Weeks { get; set; }

    /// <summary>Which clients or spells count.</summary>
    public CohortSpec? Cohort { get; set; }

    /// <summary>"base" or "contrast" for one-arm measures (base when absent).</summary>
    public string? Arm { get; set; }

    /// <summary>Agency key (pes, social, health, housing, training, debt) for programme measures.</summary>
    public string? Agency { get; set; }

    /// <summary>France pathway (1, 2 or 3) for pathway measures.</summary>
    public int? Pathway { get; set; }

    /// <summary>Outcome of a pathway: indefinite, fixedTerm, anyContract, quit, mainstream, inService.</summary>
    public string? Outcome { get; set; }

    /// <summary>Referral attempt counted: "first" (the referral as sent) or "any" (after the protocol's re-bookings).</summary>
    public string? Attempt { get; set; }

    /// <summary>Weeks from the start of a run before anything is counted, so the registered stock has settled.</summary>
    public int? BurnIn { get; set; }
}

/// <summary>Filters on who counts, read from the client's profile at entry.</summary>
public sealed class CohortSpec
{
    /// <summary>"inflow" (new claims: inflow entrants and re-entrants after a job), "stock", or "all".</summary>
    public string Source { get; set; } = "inflow";

    /// <summary>At least this many barriers at entry.</summary>
    public int? BarriersAtLeast { get; set; }

    /// <summary>At most this many barriers at entry.</summary>
    public int? BarriersAtMost { get; set; }

    /// <summary>A barrier the client had at entry (housing, health, mobility, debt, family, skills, admin).</summary>
    public string? Barrier { get; set; }

    /// <summary>
    /// The <see cref="Barrier"/> at least this severe at entry (1–3; 1 when unset): a study that enrolled only
    /// severe cases, such as the IPS trials' people with severe mental illness, counts only the model's severe cases.
    /// </summary>
    public int? BarrierSeverityAtLeast { get; set; }
}
