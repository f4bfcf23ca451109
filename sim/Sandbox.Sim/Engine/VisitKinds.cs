using System.Numerics;
using Sandbox.Sim.Metrics;
using Sandbox.Sim.Model;

namespace Sandbox.Sim.Engine;

/// <summary>
/// The kinds of client the kernel visits, by the path a week takes through the rules: held by the PES alone (by
/// spell band, which sets the callback and interview chances and the long-term count), in a partner service (by
/// the stage of the first barrier there: referred, waiting or in treatment), held by nobody, in work, not yet
/// entered. Clients due in a week are random in kind, so visiting them in id order sends each visit down branches
/// the processor cannot guess; visiting one kind after another makes those branches predictable. Results do not
/// depend on the order (phases read only last week's state), so a kind is only ever a hint.
/// </summary>
internal static class VisitKinds
{
    private const byte Unheld = SpellBands, InWork = SpellBands + 1, Entering = SpellBands + 2, InPartnerService = SpellBands + 3;
    private const int SpellBands = WeekTally.SpellBands;

    public const int Count = InPartnerService + 3;

    /// <summary>The kind of a client's next visit, due in <paramref name="week"/>.</summary>
    public static byte Of(in Jobseeker js, int week) => js.Status switch
    {
        LabourStatus.Unemployed when js.Engagement != Engagement.Held => Unheld,
        LabourStatus.Unemployed when js.InPartnerService =>
            (byte)(InPartnerService + js.Stage(BitOperations.TrailingZeroCount(js.ActiveBarriers)) - BarrierStage.Referred),
        LabourStatus.Unemployed => (byte)WeekTally.BandOf(js.SpellWeeks(week)),
        LabourStatus.Employed => InWork,
        _ => Entering,
    };

    /// <summary>
    /// Writes the clients of <paramref name="due"/> into <paramref name="grouped"/> kind by kind, each kind in the
    /// order it had in <paramref name="due"/> (a counting sort: two passes, no comparisons).
    /// </summary>
    public static void Group(ReadOnlySpan<int> due, ReadOnlySpan<byte> kinds, Span<int> grouped)
    {
        Span<int> next = stackalloc int[Count + 1];
        next.Clear();
        foreach (int i in due) next[kinds[i] + 1]++;
        for (int k = 1; k < Count; k++) next[k] += next[k - 1];
        foreach (int i in due) grouped[next[kinds[i]]++] = i;
    }
}
