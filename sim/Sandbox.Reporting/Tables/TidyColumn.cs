namespace Sandbox.Reporting;

/// <summary>
/// One named column of a <see cref="TidyTable"/>. The untyped base lets a table hold columns of different types
/// while each column keeps its values unboxed in one array, which is what writers and charts want to scan.
/// </summary>
public abstract class TidyColumn
{
    private protected TidyColumn(string name, ColumnType type)
    {
        if (string.IsNullOrWhiteSpace(name)) throw new ArgumentException("A column needs a non-empty name.", nameof(name));
        Name = name;
        Type = type;
    }

    public string Name { get; }
    public ColumnType Type { get; }
    public ColumnSchema Schema => new(Name, Type);
    public abstract int Count { get; }

    /// <summary>The cell as an object; for generic code such as row predicates, not for bulk reads.</summary>
    public abstract object GetValue(int row);

    /// <summary>Checks (without storing) that a boxed value fits this column, so a bad row is rejected whole.</summary>
    internal abstract void CheckBoxed(object? value);
    internal abstract void AddBoxed(object? value);
    internal abstract TidyColumn Gather(ReadOnlySpan<int> rows);
    internal abstract void AddAll(TidyColumn other);
    internal abstract TidyColumn CopyEmpty(int capacity);
}

/// <summary>A column of <typeparamref name="T"/> (string, int, long or double) backed by a growable array.</summary>
public sealed class TidyColumn<T> : TidyColumn where T : notnull
{
    private T[] _items;
    private int _count;

    internal TidyColumn(string name, int capacity = 0) : base(name, ColumnTypes.Of<T>(name))
    {
        _items = capacity > 0 ? new T[capacity] : [];
    }

    public override int Count => _count;
    public ReadOnlySpan<T> Values => _items.AsSpan(0, _count);
    internal ReadOnlyMemory<T> Memory => _items.AsMemory(0, _count);

    public T this[int row]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)row, (uint)_count, nameof(row));
            return _items[row];
        }
    }

    public override object GetValue(int row) => this[row];

    internal void Add(T value)
    {
        if (value is null) throw new ArgumentNullException(nameof(value), $"Column '{Name}' does not accept null.");
        if (_count == _items.Length) Array.Resize(ref _items, Math.Max(16, _items.Length * 2));
        _items[_count++] = value;
    }

    internal void AddRange(IEnumerable<T> values)
    {
        foreach (var v in values) Add(v);
    }

    internal override void CheckBoxed(object? value) => Convert(value);
    internal override void AddBoxed(object? value) => Add(Convert(value));

    /// <summary>
    /// Accepts the exact type plus lossless-enough widenings (int into long, int/long/float into double), because callers
    /// build rows from model counters and rates without caring which integer width the schema chose.
    /// </summary>
    private T Convert(object? value)
    {
        object? converted = (value, Type) switch
        {
            (T exact, _) => exact,
            (int i, ColumnType.Int64) => (long)i,
            (int i, ColumnType.Double) => (double)i,
            (long l, ColumnType.Double) => (double)l,
            (float f, ColumnType.Double) => (double)f,
            _ => null,
        };
        return converted is T t
            ? t
            : throw new ArgumentException(
                $"Column '{Name}' holds {Type}; got {(value is null ? "null" : value.GetType().Name + " " + value)}.", nameof(value));
    }

    internal override TidyColumn Gather(ReadOnlySpan<int> rows)
    {
        var result = new TidyColumn<T>(Name, rows.Length);
        foreach (var r in rows) result._items[result._count++] = _items[r];
        return result;
    }

    internal override void AddAll(TidyColumn other)
    {
        var source = (TidyColumn<T>)other;
        var needed = _count + source._count;
        if (needed > _items.Length) Array.Resize(ref _items, Math.Max(needed, _items.Length * 2));
        source.Values.CopyTo(_items.AsSpan(_count));
        _count = needed;
    }

    internal override TidyColumn CopyEmpty(int capacity) => new TidyColumn<T>(Name, capacity);
}
