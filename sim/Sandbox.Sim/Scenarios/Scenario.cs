
namespace Sandbox.Sim.Scenarios;

/// <summary>
/// Everything a run needs besides its seed: the population, the agencies, the labour market, the behavioural
/// effect sizes and the integration mechanisms. Plain mutable data so editors and sweeps can set any field by
/// path; engines compile it once into an immutable <see cref="Engine.ModelParameters"/> before running.
/// </summary>
public sealed class Scenario
{
    public string Name { get; set; } = "scenario";

    public string Description { get; set; } = "";

    /// <summary>Citations for the values this file sets, keyed by parameter path.</summary>
    public Dictionary<string, string> Sources { get; set; } = [];

    /// <summary>The level preset the mechanisms started from, if any (informative; mechanisms are what count).</summary>
    public IntegrationLevel? Level { get; set; }

    [Param(0, long.MaxValue, Source = "any: same scenario + seed gives bit-identical results")]
    public long Seed { get; set; } = 1;

    [Param(1, 1040, Unit = "weeks", Source = "assumption: five years shows 52-week sustained employment for two yearly cohorts")]
    public int Weeks { get; set; } = 260;

    [ParamGroup] public PopulationSpec Population { get; set; } = new();
    [ParamGroup] public List<AgencySpec> Agencies { get; set; } = [];
    [ParamGroup] public LabourMarketSpec LabourMarket { get; set; } = new();
    [ParamGroup] public ServiceSpec Services { get; set; } = new();
    [ParamGroup] public RetentionSpec Retention { get; set; } = new();
    [ParamGroup] public CostSpec Costs { get; set; } = new();
    [ParamGroup] public Mechanisms Mechanisms { get; set; } = new();

    /// <summary>An optional reform path: a switch of level at a given week, with its transition costs.</summary>
    [ParamGroup] public ReformSpec? Reform { get; set; }

    public Scenario Clone() => new()
    {
        Name = Name,
        Description = Description,
        Sources = new Dictionary<string, string>(Sources),
        Level = Level,
        Seed = Seed,
        Weeks = Weeks,
        Population = Population.Clone(),
        Agencies = Agencies.ConvertAll(a => a.Clone()),
        LabourMarket = LabourMarket.Clone(),
        Services = Services.Clone(),
        Retention = Retention.Clone(),
        Costs = Costs.Clone(),
        Mechanisms = Mechanisms.Clone(),
        Reform = Reform?.Clone(),
    };

    /// <summary>This scenario with another level's mechanism bundle; nothing else changes.</summary>
    public Scenario WithLevel(IntegrationLevel level)
    {
        var copy = Clone();
        copy.Mechanisms = LevelPresets.Get(level);
        copy.Level = level;
        return copy;
    }
}
