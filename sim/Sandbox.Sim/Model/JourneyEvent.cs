namespace Sandbox.Sim.Model;

/// <summary>What happened to a client in a week; the list of these is the client's journey (003 KS1-M07).</summary>
public enum JourneyEventKind : byte
{
    Entered, Assessed, JointDiagnosis, BarrierFound, Referred, ReferralRepeated, ReferralLost, Arrived, Bounced, Reassessed,
    Waiting, WaitDropout, TreatmentStarted, TreatmentDropout, TreatmentCompleted, BarrierResolved,
    ReturnedToCaseHolder, NoAgencyHoldsCase, Disengaged, Reregistered, Hired, Sustained26, Sustained52, Separated, LeftLabourForce,
    Meeting,
}

/// <summary>One journey entry. <see cref="Agency"/> and <see cref="Barrier"/> are -1 where they do not apply.</summary>
public readonly record struct JourneyEvent(int Agent, short Week, JourneyEventKind Kind, sbyte Agency, sbyte Barrier)
{
    /// <summary>The crack this event is, if it is one.</summary>
    public CrackKind? Crack => Kind switch
    {
        JourneyEventKind.ReferralLost => CrackKind.ReferralNeverArrived,
        JourneyEventKind.WaitDropout => CrackKind.DroppedOutWhileWaiting,
        JourneyEventKind.Disengaged => CrackKind.DisengagedAfterHandoff,
        JourneyEventKind.NoAgencyHoldsCase => CrackKind.ExitedWithNoAgency,
        JourneyEventKind.Bounced => CrackKind.CircularReferral,
        JourneyEventKind.Reassessed => CrackKind.RepeatedAssessment,
        _ => null,
    };
}

/// <summary>Receives journey events as they happen; engines pass null when nobody is watching journeys.</summary>
public interface IJourneySink
{
    void Record(in JourneyEvent e);
}
