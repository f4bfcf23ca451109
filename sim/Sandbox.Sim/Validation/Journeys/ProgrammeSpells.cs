using Sandbox.Sim.Model;

namespace Sandbox.Sim.Validation.Journeys;

/// <summary>How a stay in a partner programme ended.</summary>
public enum ProgrammeEnd : byte { Completed, DroppedOut, Disengaged, Hired, LeftLabourForce }

/// <summary>One stay in a partner agency's programme: admitted in <see cref="Start"/>, ended in <see cref="End"/>.</summary>
public readonly record struct ProgrammeSpell(int Client, int Start, int End, ProgrammeEnd Ending);

/// <summary>
/// Reads every programme stay at one agency from the journeys. A stay still running when the run ends is left
/// out, so shares are of stays whose outcome is known.
/// </summary>
public static class ProgrammeSpells
{
    public static List<ProgrammeSpell> Read(ArmRun run, int agency)
    {
        var stays = new List<ProgrammeSpell>();
        var table = run.Journeys;
        Span<int> started = stackalloc int[Barriers.Count];
        for (int c = 0; c < table.Clients; c++)
        {
            started.Fill(-1);
            foreach (ref readonly var e in table.Of(c))
            {
                switch (e.Kind)
                {
                    case JourneyEventKind.TreatmentStarted when e.Agency == agency:
                        started[e.Barrier] = e.Week;
                        break;
                    case JourneyEventKind.TreatmentCompleted when e.Agency == agency && started[e.Barrier] >= 0:
                    case JourneyEventKind.TreatmentDropout when e.Agency == agency && started[e.Barrier] >= 0:
                        var ending = e.Kind == JourneyEventKind.TreatmentCompleted ? ProgrammeEnd.Completed : ProgrammeEnd.DroppedOut;
                        stays.Add(new ProgrammeSpell(c, started[e.Barrier], e.Week, ending));
                        started[e.Barrier] = -1;
                        break;
                    case JourneyEventKind.Disengaged:
                    case JourneyEventKind.Hired:
                    case JourneyEventKind.LeftLabourForce:
                        var cut = e.Kind switch
                        {
                            JourneyEventKind.Disengaged => ProgrammeEnd.Disengaged,
                            JourneyEventKind.Hired => ProgrammeEnd.Hired,
                            _ => ProgrammeEnd.LeftLabourForce,
                        };
                        for (int b = 0; b < Barriers.Count; b++)
                            if (started[b] >= 0) stays.Add(new ProgrammeSpell(c, started[b], e.Week, cut));
                        started.Fill(-1);
                        break;
                }
            }
        }
        return stays;
    }
}
