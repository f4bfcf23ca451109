using Sandbox.Sim.Model;

namespace Sandbox.Sim.Engine;

/// <summary>
/// The kinds of client the kernel visits, by the path a week takes through the rules: held by the PES alone, in a
/// partner service, held by nobody, in work, not yet entered. Clients due in a week are random in kind, so visiting
/// them in id order sends each visit down branches the processor cannot guess; visiting one kind after another
/// makes those branches predictable. Results do not depend on the order (phases read only last week's state).
/// </summary>
internal static class VisitKinds
{
    public const int Count = 8;

    public static byte Of(in Jobseeker js, int week) => js.Status switch
    {
        LabourStatus.Unemployed => js.Engagement != Engagement.Held ? (byte)5 : js.InPartnerService ? (byte)4 : (byte)Metrics.WeekTally.BandOf(js.SpellWeeks(week)),
        LabourStatus.Employed => 6,
        _ => 7,
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
