using Sandbox.Dashboard.Journeys;
using Sandbox.Sim.Metrics;
using Sandbox.Sim.Model;

namespace Sandbox.Dashboard.Workshop;

/// <summary>What a poll can ask about; every one is read off a simulated run, so answers follow the model.</summary>
public enum WorkshopMeasure { LostPer100, UnemployedPer100, InWorkPer100, SustainedPer100, CracksPer100, CostPerSustainedJob, ServiceCost }

/// <summary>Names, units and the computation of each <see cref="WorkshopMeasure"/>.</summary>
public static class WorkshopMeasures
{
    public static readonly WorkshopMeasure[] All = Enum.GetValues<WorkshopMeasure>();

    public static string Key(this WorkshopMeasure m) => char.ToLowerInvariant(m.ToString()[0]) + m.ToString()[1..];

    public static bool TryParse(string? text, out WorkshopMeasure measure)
    {
        foreach (var m in All)
        {
            if (!string.Equals(m.Key(), text, StringComparison.OrdinalIgnoreCase)) continue;
            measure = m;
            return true;
        }
        measure = default;
        return false;
    }

    /// <summary>How the value reads after a number: "12 lost per 100 clients", "€8,400 per sustained job".</summary>
    public static string Unit(this WorkshopMeasure m) => m switch
    {
        WorkshopMeasure.LostPer100 => "lost per 100 clients",
        WorkshopMeasure.UnemployedPer100 => "still unemployed per 100 clients",
        WorkshopMeasure.InWorkPer100 => "in work per 100 clients",
        WorkshopMeasure.SustainedPer100 => "in a sustained job per 100 clients",
        WorkshopMeasure.CracksPer100 => "cracks per 100 clients",
        WorkshopMeasure.CostPerSustainedJob => "EUR of service cost per sustained job",
        _ => "EUR of service cost so far",
    };

    /// <summary>
    /// The measure at the end of a run's last completed week. "Lost" counts the clients the journeys Sankey puts in a
    /// "Lost: …" box, so a poll and the Sankey revealed after it can never disagree; per-100 figures are per client
    /// registered so far.
    /// </summary>
    public static double Compute(this WorkshopMeasure m, RunResult result, int weeksDone, IReadOnlyList<ClientRecord> clients, JourneyFlows flows)
    {
        double per100(int count) => clients.Count == 0 ? 0 : 100.0 * count / clients.Count;
        double metric(string name) => weeksDone == 0 ? 0 : result.Series(name)[weeksDone - 1];
        return m switch
        {
            WorkshopMeasure.LostPer100 => per100(flows.LostClients()),
            WorkshopMeasure.UnemployedPer100 => per100(clients.Count(c => c.Status == LabourStatus.Unemployed)),
            WorkshopMeasure.InWorkPer100 => per100(clients.Count(c => c.Status == LabourStatus.Employed)),
            WorkshopMeasure.SustainedPer100 => per100(flows.Links.Where(l => l.Target == JourneyFlows.Sustained).Sum(l => l.Value)),
            WorkshopMeasure.CracksPer100 => clients.Count == 0 ? 0 : 100 * metric("cumulativeCracks") / clients.Count,
            WorkshopMeasure.CostPerSustainedJob => metric("costPerSustainedJob"),
            _ => metric("cumulativeServiceCost"),
        };
    }

    /// <summary>Clients whose outcome node is a "Lost: …" sink.</summary>
    public static int LostClients(this JourneyFlows flows)
    {
        var lost = flows.Nodes.Where(n => n.Tone == "bad").Select(n => n.Name).ToHashSet(StringComparer.Ordinal);
        return flows.Links.Where(l => lost.Contains(l.Target)).Sum(l => l.Value);
    }
}
