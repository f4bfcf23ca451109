using Sandbox.Sim.Engine;
using Sandbox.Sim.Model;

namespace Sandbox.Dashboard.Journeys;

/// <summary>A Sankey node: its name, column (0 entry, 1 referral, 2 outcome) and tone for colouring.</summary>
public sealed record FlowNode(string Name, int Column, string Tone);

/// <summary>A Sankey link with a few of its clients, so clicking a flow can open one of their timelines.</summary>
public sealed record FlowLink(string Source, string Target, int Value, IReadOnlyList<int> Clients);

/// <summary>
/// Client flows in three columns: where a client registered, the first partner agency they were referred to,
/// and where they are now, with "lost" sinks by crack kind (referral never arrived, dropped out while waiting, …).
/// Columns keep the graph acyclic, which a Sankey needs, while still showing who ends up where.
/// </summary>
public sealed record JourneyFlows(IReadOnlyList<FlowNode> Nodes, IReadOnlyList<FlowLink> Links, int Clients)
{
    public const int SampleClients = 40;
    public const string NoReferral = "No partner referral";
    public const string Sustained = "Sustained job (26+ weeks)";
    public const string InWork = "In work (under 26 weeks)";
    public const string Looking = "Still looking, case held";
    public const string LeftLabourForce = "Left the labour force";

    public static JourneyFlows Build(IReadOnlyList<ClientRecord> clients, ModelParameters p)
    {
        var nodes = new Dictionary<string, FlowNode>(StringComparer.Ordinal);
        var links = new Dictionary<(string, string), (int Value, List<int> Clients)>();
        void Link(string a, string b, int client)
        {
            var key = (a, b);
            var entry = links.TryGetValue(key, out var e) ? e : (0, new List<int>());
            if (entry.Item2.Count < SampleClients) entry.Item2.Add(client);
            links[key] = (entry.Item1 + 1, entry.Item2);
        }
        void Node(string name, int column, string tone) => nodes.TryAdd(name, new FlowNode(name, column, tone));

        int count = 0;
        foreach (var client in clients)
        {
            var events = client.Events;
            if (events.Count == 0) continue;
            count++;
            string entry = "Registered at " + AgencyName(p, EntryAgency(events, p));
            string referral = FirstReferral(events) is { } a ? "Referred to " + AgencyName(p, a) : NoReferral;
            var (outcome, tone) = Outcome(client);
            Node(entry, 0, "");
            Node(referral, 1, "");
            Node(outcome, 2, tone);
            Link(entry, referral, client.Id);
            Link(referral, outcome, client.Id);
        }
        return new JourneyFlows(
            nodes.Values.OrderBy(n => n.Column).ThenBy(n => n.Tone == "bad").ThenBy(n => n.Name, StringComparer.Ordinal).ToArray(),
            links.Select(l => new FlowLink(l.Key.Item1, l.Key.Item2, l.Value.Value, l.Value.Clients)).OrderByDescending(l => l.Value).ToArray(),
            count);
    }

    /// <summary>Crack kinds that leave a client without help; a repeated assessment wastes time but loses nobody.</summary>
    public static bool Loses(CrackKind kind) => kind != CrackKind.RepeatedAssessment;

    private static int EntryAgency(IReadOnlyList<JourneyEvent> events, ModelParameters p)
    {
        foreach (var e in events)
            if (e.Kind == JourneyEventKind.Entered && e.Agency >= 0) return e.Agency;
        return p.PesIndex;
    }

    private static int? FirstReferral(IReadOnlyList<JourneyEvent> events)
    {
        foreach (var e in events)
            if (e.Kind == JourneyEventKind.Referred && e.Agency >= 0) return e.Agency;
        return null;
    }

    private static (string Name, string Tone) Outcome(ClientRecord c)
    {
        var events = c.Events;
        if (c.Status == LabourStatus.Employed)
        {
            for (int i = events.Count - 1; i >= 0; i--)
            {
                if (events[i].Kind == JourneyEventKind.Sustained26) return (Sustained, "good");
                if (events[i].Kind == JourneyEventKind.Hired) break;
            }
            return (InWork, "good");
        }
        if (c.Status == LabourStatus.Inactive) return (LeftLabourForce, "");
        for (int i = events.Count - 1; i >= 0; i--)
        {
            if (events[i].Kind is JourneyEventKind.Hired or JourneyEventKind.Reregistered) break;
            if (events[i].Crack is { } crack && Loses(crack)) return ("Lost: " + CrackKinds.Title(crack).ToLowerInvariant(), "bad");
        }
        return c.Engagement == Engagement.Held ? (Looking, "") : ("Lost: no agency holds the case", "bad");
    }

    private static string AgencyName(ModelParameters p, int agency) =>
        agency >= 0 && agency < p.Agencies.Length ? p.Agencies[agency].Name : "an agency";
}
