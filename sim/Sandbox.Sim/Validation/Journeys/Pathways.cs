using Sandbox.Sim.Model;

namespace Sandbox.Sim.Validation.Journeys;

/// <summary>
/// The three pathways of the French accompagnement global (002 box 6), read from what the diagnosis at first
/// contact found. The model has no pathway switch; a client's pathway is inferred from the non-employment
/// barriers (all but core work skills) found in the week they entered: none → pathway 1 (employability led by
/// the PES), one or two → pathway 2 (coordinated follow-up: "need first to address one or more of the seven
/// peripheral barriers"), three or more → pathway 3 ("complex non-employment-related barriers", social services
/// first). The rule was fixed before any run was looked at.
/// </summary>
public static class Pathways
{
    /// <summary>Pathway (1–3) of each client who entered, 0 for clients who never entered.</summary>
    public static int[] Classify(ArmRun run)
    {
        var table = run.Journeys;
        var pathway = new int[table.Clients];
        for (int c = 0; c < table.Clients; c++)
        {
            int entered = -1, found = 0;
            foreach (ref readonly var e in table.Of(c))
            {
                if (e.Kind == JourneyEventKind.Entered) entered = e.Week;
                else if (e.Week != entered) break;
                else if (e.Kind == JourneyEventKind.BarrierFound && e.Barrier != (int)Barrier.CoreWorkSkills) found++;
            }
            pathway[c] = entered < 0 ? 0 : found == 0 ? 1 : found <= 2 ? 2 : 3;
        }
        return pathway;
    }
}

/// <summary>Where a client stands at the end of the programme period, as 002 box 6 reports pathway 2.</summary>
public enum PathwayOutcome { Indefinite, FixedTerm, AnyContract, Quit, Mainstream, InService }

public static class PathwayOutcomes
{
    public static PathwayOutcome Parse(string? text) => text switch
    {
        "indefinite" => PathwayOutcome.Indefinite,
        "fixedTerm" => PathwayOutcome.FixedTerm,
        "anyContract" => PathwayOutcome.AnyContract,
        "quit" => PathwayOutcome.Quit,
        "mainstream" => PathwayOutcome.Mainstream,
        "inService" => PathwayOutcome.InService,
        _ => throw new FactFileException("measure.outcome", text ?? "(missing)", "indefinite, fixedTerm, anyContract, quit, mainstream or inService"),
    };

    /// <summary>
    /// Does the client's period end in <paramref name="outcome"/> when the run ends? A client hired at any time
    /// counts by the type of their last contract (a fixed-term contract converted to indefinite counts as
    /// indefinite); the others quit (left the labour force, disengaged, or left with no agency holding the
    /// case), are still with a partner service, or are back with the PES's mainstream services.
    /// </summary>
    public static bool Is(PathwayOutcome outcome, ArmRun run, int client)
    {
        var js = run.Clients[client];
        bool hired = false, left = false;
        foreach (ref readonly var e in run.Journeys.Of(client))
        {
            if (e.Kind == JourneyEventKind.Hired) hired = true;
            else if (e.Kind == JourneyEventKind.LeftLabourForce) left = true;
        }
        bool quit = !hired && (left || js.Engagement != Engagement.Held);
        return outcome switch
        {
            PathwayOutcome.AnyContract => hired,
            PathwayOutcome.Indefinite => hired && js.Indefinite != 0,
            PathwayOutcome.FixedTerm => hired && js.Indefinite == 0,
            PathwayOutcome.Quit => quit,
            PathwayOutcome.InService => !hired && !quit && js.InPartnerService,
            _ => !hired && !quit && !js.InPartnerService,
        };
    }
}
