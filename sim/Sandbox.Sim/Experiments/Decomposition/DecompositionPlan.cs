using System.Globalization;
using Sandbox.Sim.Randomness;
using Sandbox.Sim.Scenarios;

namespace Sandbox.Sim.Experiments;

/// <summary>
/// Which component of integration matters: the scenario run at every coalition of mechanism settings a
/// decomposition needs, from the <c>from</c> bundle (no setting moved) to the <c>to</c> bundle (all moved).
/// The cumulative path moves the settings one at a time in <see cref="MechanismSettings"/>' documented order;
/// Shapley values need the coalitions of the components (all of them, or those along sampled orders). Points
/// are identified by a bit mask over <see cref="Settings"/> (bit i = setting i moved) and shared between the
/// path and the Shapley coalitions, so nothing runs twice. All points share seeds (common random numbers).
/// </summary>
public sealed class DecompositionPlan
{
    private readonly Dictionary<int, int> _pointOfMask;

    private DecompositionPlan(string fromLabel, string toLabel, IReadOnlyList<MechanismSetting> settings, IReadOnlyList<MechanismComponent> components,
        int[] componentMasks, IReadOnlyList<int[]>? orders, int[] pointMasks, ExperimentPlan plan)
    {
        FromLabel = fromLabel;
        ToLabel = toLabel;
        Settings = settings;
        Components = components;
        ComponentMasks = componentMasks;
        Orders = orders;
        PointMasks = pointMasks;
        Plan = plan;
        _pointOfMask = pointMasks.Select((m, p) => (m, p)).ToDictionary(x => x.m, x => x.p);
    }

    public string FromLabel { get; }
    public string ToLabel { get; }

    /// <summary>The settings that differ, in path order; bit i of a mask is setting i.</summary>
    public IReadOnlyList<MechanismSetting> Settings { get; }

    public IReadOnlyList<MechanismComponent> Components { get; }

    /// <summary>The settings each component moves, as a mask.</summary>
    public IReadOnlyList<int> ComponentMasks { get; }

    /// <summary>Sampled component orders (indices into <see cref="Components"/>), or null for the exact value.</summary>
    public IReadOnlyList<int[]>? Orders { get; }

    /// <summary>The settings mask of each point.</summary>
    public IReadOnlyList<int> PointMasks { get; }

    public ExperimentPlan Plan { get; }

    public int FullMask => (1 << Settings.Count) - 1;

    public int PointOf(int mask) => _pointOfMask.TryGetValue(mask, out int p) ? p
        : throw new ArgumentException($"No point moves exactly the settings of mask {mask}.", nameof(mask));

    public static DecompositionPlan Create(Scenario scenario, (string Label, Mechanisms Mechanisms) from, (string Label, Mechanisms Mechanisms) to,
        DecompositionOptions options, int replications, long baseSeed)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(options);
        var settings = MechanismSettings.Differing(scenario, from.Mechanisms, to.Mechanisms);
        if (settings.Count == 0)
            throw new ScenarioValidationException("mechanisms", $"{from.Label} and {to.Label}", "two mechanism bundles that differ in at least one setting");
        var components = MechanismComponents.Covering(options.Grouping, settings);
        var index = settings.Select((s, i) => (s.Path, i)).ToDictionary(x => x.Path, x => x.i, StringComparer.OrdinalIgnoreCase);
        var componentMasks = components.Select(c => c.Paths.Aggregate(0, (m, p) => m | 1 << index[p])).ToArray();

        var masks = new List<int>();
        var seen = new HashSet<int>();
        void Need(int mask)
        {
            if (seen.Add(mask)) masks.Add(mask);
        }
        for (int k = 0; k <= settings.Count; k++) Need((1 << k) - 1);

        IReadOnlyList<int[]>? orders = null;
        int n = components.Count;
        if (options.Method == ShapleyMethod.Exact)
        {
            if (n > DecompositionOptions.MaxExactComponents)
                throw new ArgumentOutOfRangeException(nameof(options), $"{n} components need {1L << n} coalitions for exact Shapley values; group them or sample orders.");
            for (int c = 0; c < 1 << n; c++) Need(SettingsMask(c, componentMasks));
        }
        else
        {
            if (options.Orders < 2 || options.Orders % 2 != 0)
                throw new ArgumentOutOfRangeException(nameof(options), options.Orders, "Sampled Shapley values need an even number of orders, at least 2.");
            orders = SampleOrders(n, options.Orders, options.OrderSeed);
            foreach (var order in orders)
            {
                int c = 0;
                Need(0);
                foreach (int i in order) Need(SettingsMask(c |= 1 << i, componentMasks));
            }
        }

        var parameters = settings.Select(s => ParameterCatalog.Find(scenario, s.Path)).ToArray();
        var start = MechanismSettings.WithMechanisms(scenario, from.Mechanisms);
        int full = (1 << settings.Count) - 1;
        var points = masks.Select(mask =>
        {
            var s = start.Clone();
            for (int i = 0; i < settings.Count; i++)
                if ((mask & 1 << i) != 0) parameters[i].Set(s, settings[i].To);
            string label = mask == 0 ? from.Label : mask == full ? to.Label
                : from.Label + " + " + string.Join(" + ", settings.Where((_, i) => (mask & 1 << i) != 0).Select(x => x.Name));
            return new Variant("m" + mask.ToString("x", CultureInfo.InvariantCulture), label, s);
        }).ToArray();
        return new DecompositionPlan(from.Label, to.Label, settings, components, componentMasks, orders, [.. masks],
            new ExperimentPlan(points, replications, baseSeed));
    }

    /// <summary>The settings mask of a coalition of components (bit i = component i).</summary>
    public int SettingsMaskOf(int coalition) => SettingsMask(coalition, ComponentMasks);

    private static int SettingsMask(int coalition, IReadOnlyList<int> componentMasks)
    {
        int mask = 0;
        for (int i = 0; i < componentMasks.Count; i++)
            if ((coalition & 1 << i) != 0) mask |= componentMasks[i];
        return mask;
    }

    /// <summary>Half the orders drawn by a seeded shuffle, each followed by its reverse.</summary>
    private static int[][] SampleOrders(int n, int count, ulong seed)
    {
        var orders = new int[count][];
        for (int k = 0; k < count / 2; k++)
        {
            var order = Enumerable.Range(0, n).ToArray();
            for (int i = n - 1; i > 0; i--)
            {
                int j = CounterRng.Below(i + 1, seed, k, 0, Purpose.Sampling, i);
                (order[i], order[j]) = (order[j], order[i]);
            }
            orders[2 * k] = order;
            orders[2 * k + 1] = order.Reverse().ToArray();
        }
        return orders;
    }

    /// <summary>The method as a report states it.</summary>
    public string Method(double confidence = 0.95)
    {
        int reps = Plan.Replications;
        string shapley = Orders is null
            ? $"exactly, over all {1 << Components.Count} coalitions of the {Components.Count} components"
            : $"by averaging over {Orders.Count} sampled orders of the {Components.Count} components, each drawn order paired with its reverse (Castro et al. 2009)";
        return $"Decomposition of the difference between {FromLabel} and {ToLabel}, which differ in {Settings.Count} mechanism settings "
               + $"({string.Join(", ", Settings.Select(s => $"{s.Name} {s.FromText}→{s.ToText}"))}). "
               + "Cumulative path: the settings are switched one at a time, in the order the ILO continuum (002) introduces them: first the mainstreamed level's "
               + "service mechanisms, then joint planning's governance and shared record; each step's contribution is the change it makes given the steps before it. "
               + "Contributions add up to the total difference but depend on the order. "
               + $"Shapley values (Shapley 1953) give each component ({string.Join("; ", Components.Select(c => $"{c.Name}: {string.Join(", ", c.Paths.Select(p => p[(p.LastIndexOf('.') + 1)..]))}"))}) "
               + $"its contribution averaged over the orders in which components can be added, computed {shapley}; they do not depend on a chosen order and also add up to the total. "
               + $"Every coalition ran {reps} replication{(reps == 1 ? "" : "s")} on common random numbers (the same seeds everywhere); contributions are computed replication by replication "
               + $"and reported as means with {HeadlineNumbers.Percent(confidence)} Student-t intervals; a share is a contribution's mean over the mean total difference. "
               + "Cost shifting compares each agency's spending by category over the whole run between the two ends: who pays more and who saves.";
    }
}
