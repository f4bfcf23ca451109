using Sandbox.Sim.Metrics;
using Sandbox.Sim.Rules;

namespace Sandbox.Sim.Engine;

/// <summary>
/// The agencies' start-of-week phase: each partner agency sorts last week's waiting list first-come-first-served
/// and admits as many as its free slots and budget allow. Returns the admitted (agent, barrier) pairs.
/// </summary>
public static class AdmissionPhase
{
    /// <summary>
    /// The <paramref name="n"/> longest-waiting entries, in order. Lists run to thousands and admissions to a
    /// handful, so the n smallest keys are selected into a small sorted prefix instead of sorting everything.
    /// </summary>
    public static ReadOnlySpan<WaitEntry> FirstComeFirstServed(Span<WaitEntry> list, int n)
    {
        var keys = System.Runtime.InteropServices.MemoryMarshal.Cast<WaitEntry, ulong>(list);
        if (n * 8 >= keys.Length)
        {
            keys.Sort();
            return list[..n];
        }
        // Keep the n smallest keys sorted at the front; each later key displaces the largest kept one.
        keys[..n].Sort();
        ulong largestKept = keys[n - 1];
        for (int i = n; i < keys.Length; i++)
        {
            ulong k = keys[i];
            if (k >= largestKept) continue;
            int j = n - 1;
            keys[i] = keys[j];
            while (j > 0 && keys[j - 1] > k)
            {
                keys[j] = keys[j - 1];
                j--;
            }
            keys[j] = k;
            largestKept = keys[n - 1];
        }
        return list[..n];
    }

    public static void Run(ModelParameters p, WeekTally lastWeek, IReadOnlyList<GrowableBuffer<WaitEntry>> waiting,
        BudgetLedger ledger, GrowableBuffer<WaitEntry> admitted)
    {
        admitted.Clear();
        for (int a = 0; a < p.Agencies.Length; a++)
        {
            if (a == p.PesIndex) continue;
            var list = waiting[a].Span;
            if (list.IsEmpty) continue;
            int n = AgencyRules.Admissions(p.Agencies[a], lastWeek.Agency(a, AgencyCounter.Caseload), list.Length, ledger.IsOpen(a));
            if (n == 0) continue;
            admitted.AddRange(FirstComeFirstServed(list, n));
        }
    }
}
