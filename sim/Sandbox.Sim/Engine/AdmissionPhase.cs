using Sandbox.Sim.Metrics;
using Sandbox.Sim.Rules;

namespace Sandbox.Sim.Engine;

/// <summary>
/// The agencies' start-of-week phase: each partner agency sorts last week's waiting list first-come-first-served
/// and admits as many as its free slots and budget allow. Returns the admitted (agent, barrier) pairs.
/// </summary>
public static class AdmissionPhase
{
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
            System.Runtime.InteropServices.MemoryMarshal.Cast<WaitEntry, ulong>(list).Sort();
            admitted.AddRange(list[..n]);
        }
    }
}
