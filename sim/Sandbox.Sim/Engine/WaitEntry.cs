namespace Sandbox.Sim.Engine;

/// <summary>
/// A client on an agency's waiting list. Ordering is by the week they joined, then agent id, then barrier,
/// so admission is first-come-first-served and the same whatever order the list was gathered in.
/// </summary>
public readonly record struct WaitEntry(short Since, int Agent, byte Barrier) : IComparable<WaitEntry>
{
    public int CompareTo(WaitEntry other)
    {
        int c = Since.CompareTo(other.Since);
        if (c != 0) return c;
        c = Agent.CompareTo(other.Agent);
        return c != 0 ? c : Barrier.CompareTo(other.Barrier);
    }
}
