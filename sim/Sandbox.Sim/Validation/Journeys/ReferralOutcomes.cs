using Sandbox.Sim.Model;

namespace Sandbox.Sim.Validation.Journeys;

/// <summary>
/// What became of the referrals sent in a run: did the client turn up at the first attempt, and in the end
/// (after any re-bookings by a follow-up protocol)? A referral cut short by a job, disengagement or leaving the
/// labour force before its outcome is known is not counted (censored).
/// </summary>
public readonly record struct ReferralOutcomes(int FirstTried, int FirstArrived, int Resolved, int ResolvedArrived)
{
    public double FirstAttemptRate => FirstTried > 0 ? (double)FirstArrived / FirstTried : double.NaN;
    public double EventualRate => Resolved > 0 ? (double)ResolvedArrived / Resolved : double.NaN;

    /// <summary>Counts referrals sent from week <paramref name="from"/> on.</summary>
    public static ReferralOutcomes Of(ArmRun run, int from)
    {
        int firstTried = 0, firstArrived = 0, resolved = 0, resolvedArrived = 0;
        Span<bool> open = stackalloc bool[Barriers.Count];
        Span<bool> retried = stackalloc bool[Barriers.Count];
        var table = run.Journeys;
        for (int c = 0; c < table.Clients; c++)
        {
            open.Clear();
            foreach (ref readonly var e in table.Of(c))
            {
                int b = e.Barrier;
                switch (e.Kind)
                {
                    case JourneyEventKind.Referred:
                        open[b] = e.Week >= from;
                        retried[b] = false;
                        break;
                    case JourneyEventKind.ReferralRepeated when open[b]:
                        if (!retried[b]) firstTried++;
                        retried[b] = true;
                        break;
                    case JourneyEventKind.Arrived when open[b]:
                    case JourneyEventKind.ReferralLost when open[b]:
                        bool arrived = e.Kind == JourneyEventKind.Arrived;
                        if (!retried[b])
                        {
                            firstTried++;
                            if (arrived) firstArrived++;
                        }
                        resolved++;
                        if (arrived) resolvedArrived++;
                        open[b] = false;
                        break;
                }
            }
        }
        return new ReferralOutcomes(firstTried, firstArrived, resolved, resolvedArrived);
    }
}
