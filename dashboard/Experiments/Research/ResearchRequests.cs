namespace Sandbox.Dashboard.Experiments.Research;

/// <summary>
/// The parts of an <see cref="ExperimentRequest"/> the researchers' kinds read, one record per kind so a form
/// sends only its own fields. Every number is checked against the same ranges the CLI's flags allow, and a
/// refusal names the field as written here (<c>sensitivity.trajectories</c>), or the parameter path for a range.
/// </summary>
public sealed record RangeRequest
{
    public string Path { get; init; } = "";

    /// <summary>Ends as typed: numbers, or an enum parameter's names (<c>none</c>, <c>all</c>).</summary>
    public string Min { get; init; } = "";

    public string Max { get; init; } = "";
    public bool Log { get; init; }
}

/// <summary>Multi-parameter sweep: a full grid with <see cref="Size"/> levels per parameter, or a Latin hypercube of <see cref="Size"/> points.</summary>
public sealed record DesignRequest
{
    public string Design { get; init; } = "grid";
    public int Size { get; init; } = 3;
    public int Seed { get; init; } = 1;
}

public sealed record SensitivityRequest
{
    public string Method { get; init; } = "morris";
    public int Trajectories { get; init; } = 10;
    public int GridLevels { get; init; } = 4;
    public int BaseSize { get; init; } = 32;
    public int Resamples { get; init; } = 200;
    public int Seed { get; init; } = 1;
}

/// <summary>Decomposition between two levels; <see cref="Orders"/> null for exact Shapley values, else an even number of sampled orders.</summary>
public sealed record DecompositionRequest
{
    public string? From { get; init; }
    public string? To { get; init; }
    public string Components { get; init; } = "grouped";
    public int? Orders { get; init; }
}

/// <summary>A level switch at <see cref="Week"/> with a transition; unset values keep the scenario's or the model's sourced defaults.</summary>
public sealed record ReformRequest
{
    public string? To { get; init; }
    public double? Week { get; init; }
    public double? TransitionWeeks { get; init; }
    public double? CapacityLoss { get; init; }
    public double? ReferralDisruption { get; init; }
    public double? ItMigrationCost { get; init; }
}

/// <summary>Branch at <see cref="Week"/> into the request's levels; <see cref="Baseline"/> is the branch the others are compared with.</summary>
public sealed record ForkRequest
{
    public int Week { get; init; }
    public string? Baseline { get; init; }
}

/// <summary>Adaptive replications: add runs until every target's 95% CI half-width is met; the request's replications are the cap.</summary>
public sealed record PrecisionRequest
{
    public IReadOnlyList<PrecisionTargetRequest> Targets { get; init; } = [];
    public int MinReplications { get; init; } = 5;
}

/// <summary>An output and its allowed half-width: absolute in the output's unit, or relative to the mean (0.02 = 2%).</summary>
public sealed record PrecisionTargetRequest
{
    public string Output { get; init; } = "";
    public double? Absolute { get; init; }
    public double? Relative { get; init; }
}
