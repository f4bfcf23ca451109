namespace Sandbox.Sim.Engine;

/// <summary>
/// A client on an agency's waiting list, packed into one ordered key: the week they joined, then agent id,
/// then barrier. Admission is first-come-first-served and the same whatever order the list was gathered in,
/// and a list sorts as plain 64-bit integers.
/// </summary>
public readonly record struct WaitEntry : IComparable<WaitEntry>
{
    public WaitEntry(short since, int agent, byte barrier) =>
        Key = ((ulong)(ushort)(since + 32768) << 40) | ((ulong)(uint)agent << 8) | barrier;

    public ulong Key { get; }

    public short Since => (short)((int)(Key >> 40) - 32768);
    public int Agent => (int)(uint)(Key >> 8);
    public byte Barrier => (byte)Key;

    public int CompareTo(WaitEntry other) => Key.CompareTo(other.Key);
}
