namespace Sandbox.Reporting;

/// <summary>
/// A small column-oriented table in tidy form (one row per observation, one column per variable), the common shape
/// that the CLI, the dashboard and the report writers exchange. Columns are typed arrays rather than a DataTable so
/// that a few hundred thousand run-week rows stay cheap to build, filter and write.
/// </summary>
public sealed class TidyTable
{
    private readonly List<TidyColumn> _columns = [];
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);

    public TidyTable() { }

    /// <summary>An empty table with the given columns, ready for <see cref="AppendRow"/>.</summary>
    public TidyTable(params IEnumerable<ColumnSchema> schema)
    {
        foreach (var column in schema) Attach(ColumnTypes.Create(column));
    }

    public int RowCount { get; private set; }
    public int ColumnCount => _columns.Count;
    public IReadOnlyList<TidyColumn> Columns => _columns;
    public IReadOnlyList<ColumnSchema> Schema => _columns.Select(c => c.Schema).ToArray();

    public bool HasColumn(string name) => _index.ContainsKey(name);

    public TidyColumn Column(string name) =>
        _index.TryGetValue(name, out var i)
            ? _columns[i]
            : throw new KeyNotFoundException($"No column '{name}'; the table has {string.Join(", ", _columns.Select(c => c.Name))}.");

    public TidyColumn<T> Column<T>(string name) where T : notnull =>
        Column(name) as TidyColumn<T>
        ?? throw new InvalidCastException($"Column '{name}' holds {Column(name).Type}, not {typeof(T).Name}.");

    /// <summary>Adds a whole column; its length must match the rows already present (any length for the first column).</summary>
    public TidyTable AddColumn<T>(string name, IEnumerable<T> values) where T : notnull
    {
        var column = new TidyColumn<T>(name, values.TryGetNonEnumeratedCount(out var n) ? n : 0);
        column.AddRange(values);
        if (_columns.Count > 0 && column.Count != RowCount)
            throw new ArgumentException($"Column '{name}' has {column.Count} values but the table has {RowCount} rows.", nameof(values));
        Attach(column);
        RowCount = column.Count;
        return this;
    }

    /// <summary>
    /// Appends one row, values in column order. The whole row is checked before any cell is stored, so a bad value
    /// leaves the table unchanged rather than ragged.
    /// </summary>
    public TidyTable AppendRow(params ReadOnlySpan<object?> values)
    {
        if (values.Length != _columns.Count)
            throw new ArgumentException($"A row needs {_columns.Count} values ({string.Join(", ", Schema)}); got {values.Length}.", nameof(values));
        for (var i = 0; i < values.Length; i++) _columns[i].CheckBoxed(values[i]);
        for (var i = 0; i < values.Length; i++) _columns[i].AddBoxed(values[i]);
        RowCount++;
        return this;
    }

    /// <summary>A new table with the named columns, in the order given.</summary>
    public TidyTable Select(params IEnumerable<string> names)
    {
        var result = new TidyTable();
        foreach (var name in names)
        {
            var source = Column(name);
            var copy = source.CopyEmpty(RowCount);
            copy.AddAll(source);
            result.Attach(copy);
        }
        result.RowCount = result.ColumnCount > 0 ? RowCount : 0;
        return result;
    }

    /// <summary>A new table with the rows the predicate keeps.</summary>
    public TidyTable Where(Func<TidyRow, bool> predicate)
    {
        var keep = new List<int>();
        for (var r = 0; r < RowCount; r++)
            if (predicate(new TidyRow(this, r))) keep.Add(r);
        return Gather(keep);
    }

    /// <summary>A new table with the rows whose value in one column passes; avoids boxing for the common case.</summary>
    public TidyTable Where<T>(string column, Func<T, bool> predicate) where T : notnull
    {
        var values = Column<T>(column).Values;
        var keep = new List<int>();
        for (var r = 0; r < values.Length; r++)
            if (predicate(values[r])) keep.Add(r);
        return Gather(keep);
    }

    /// <summary>Stacks tables with equal schemas (same names and types in the same order), e.g. the runs of a sweep.</summary>
    public static TidyTable Concat(params IEnumerable<TidyTable> tables)
    {
        var list = tables.ToList();
        if (list.Count == 0) return new TidyTable();
        var schema = list[0].Schema;
        for (var t = 1; t < list.Count; t++)
            if (!list[t].Schema.SequenceEqual(schema))
                throw new ArgumentException(
                    $"Table {t} has schema ({string.Join(", ", list[t].Schema)}) but table 0 has ({string.Join(", ", schema)}).",
                    nameof(tables));

        var rows = list.Sum(t => t.RowCount);
        var result = new TidyTable();
        for (var c = 0; c < schema.Count; c++)
        {
            var column = list[0]._columns[c].CopyEmpty(rows);
            foreach (var t in list) column.AddAll(t._columns[c]);
            result.Attach(column);
        }
        result.RowCount = rows;
        return result;
    }

    private TidyTable Gather(List<int> rows)
    {
        var result = new TidyTable();
        var span = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(rows);
        foreach (var column in _columns) result.Attach(column.Gather(span));
        result.RowCount = rows.Count;
        return result;
    }

    private void Attach(TidyColumn column)
    {
        if (!_index.TryAdd(column.Name, _columns.Count))
            throw new ArgumentException($"The table already has a column '{column.Name}'.", nameof(column));
        _columns.Add(column);
    }
}
