namespace Sandbox.Sim.Engine;

/// <summary>An append-only buffer that keeps its storage between weeks, so steady-state weeks allocate nothing.</summary>
public sealed class GrowableBuffer<T>(int capacity)
{
    private T[] _items = new T[Math.Max(4, capacity)];

    public int Count { get; private set; }

    public Span<T> Span => _items.AsSpan(0, Count);

    public ref T this[int index] => ref _items[index];

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public void Add(in T item)
    {
        int n = Count;
        var items = _items;
        if ((uint)n < (uint)items.Length)
        {
            items[n] = item;
            Count = n + 1;
        }
        else
        {
            Grow(item);
        }
    }

    private void Grow(in T item)
    {
        Array.Resize(ref _items, _items.Length * 2);
        _items[Count++] = item;
    }

    public void AddRange(ReadOnlySpan<T> items)
    {
        if (Count + items.Length > _items.Length) Array.Resize(ref _items, Math.Max(_items.Length * 2, Count + items.Length));
        items.CopyTo(_items.AsSpan(Count));
        Count += items.Length;
    }

    public void Clear() => Count = 0;
}
