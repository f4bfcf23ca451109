using Sandbox.Sim.Model;

namespace Sandbox.Sim.Validation.Journeys;

/// <summary>
/// Rebuilds unemployment spells from journeys: a spell opens when a client enters (a new claim for the inflow,
/// an already-running spell for the initial stock) or separates from a job, and closes with a hire or with
/// leaving the labour force while unemployed. This is the claimant-count view of the UK exit statistics.
/// </summary>
public static class SpellReader
{
    public static IReadOnlyList<Spell> Read(ArmRun run)
    {
        var spells = new List<Spell>();
        var table = run.Journeys;
        int stock = run.P.StockSize;
        for (int c = 0; c < table.Clients; c++)
        {
            int start = -1;
            bool newClaim = false;
            foreach (ref readonly var e in table.Of(c))
            {
                switch (e.Kind)
                {
                    case JourneyEventKind.Entered:
                        start = e.Week;
                        newClaim = c >= stock;
                        break;
                    case JourneyEventKind.Separated:
                        start = e.Week;
                        newClaim = true;
                        break;
                    case JourneyEventKind.Hired when start >= 0:
                        spells.Add(new Spell(c, start, e.Week, SpellEnd.Hired, newClaim));
                        start = -1;
                        break;
                    case JourneyEventKind.LeftLabourForce:
                        if (start >= 0) spells.Add(new Spell(c, start, e.Week, SpellEnd.LeftLabourForce, newClaim));
                        start = -1;
                        break;
                }
            }
            if (start >= 0) spells.Add(new Spell(c, start, -1, SpellEnd.Censored, newClaim));
        }
        return spells;
    }
}
