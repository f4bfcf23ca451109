namespace Sandbox.Reporting;

/// <summary>A view of one row, handed to row predicates; it copies nothing and is valid only while the table is unchanged.</summary>
public readonly struct TidyRow(TidyTable table, int index)
{
    public int Index => index;
    public T Get<T>(string column) where T : notnull => table.Column<T>(column)[index];
    public object this[string column] => table.Column(column).GetValue(index);
}
