namespace Sandbox.Reporting;

/// <summary>
/// The four cell types a tidy table may hold. Kept this small on purpose: every writer (CSV, Parquet) and every
/// consumer (pandas, R, DuckDB) maps them without loss, so a table never needs a per-format schema.
/// </summary>
public enum ColumnType : byte { String = 0, Int32 = 1, Int64 = 2, Double = 3 }

/// <summary>A column's name and type; two tables can be concatenated only when their schemas are equal in order.</summary>
public readonly record struct ColumnSchema(string Name, ColumnType Type)
{
    public override string ToString() => $"{Name}:{Type}";
}

internal static class ColumnTypes
{
    /// <summary>The column type for a CLR type, or an exception naming the column, because the generic API takes any T.</summary>
    public static ColumnType Of<T>(string column) =>
        typeof(T) == typeof(string) ? ColumnType.String
        : typeof(T) == typeof(int) ? ColumnType.Int32
        : typeof(T) == typeof(long) ? ColumnType.Int64
        : typeof(T) == typeof(double) ? ColumnType.Double
        : throw new ArgumentException(
            $"Column '{column}': {typeof(T).Name} is not a table type; use string, int, long or double.", nameof(T));

    public static TidyColumn Create(ColumnSchema schema, int capacity = 0) => schema.Type switch
    {
        ColumnType.String => new TidyColumn<string>(schema.Name, capacity),
        ColumnType.Int32 => new TidyColumn<int>(schema.Name, capacity),
        ColumnType.Int64 => new TidyColumn<long>(schema.Name, capacity),
        ColumnType.Double => new TidyColumn<double>(schema.Name, capacity),
        _ => throw new ArgumentOutOfRangeException(nameof(schema), schema.Type, "Unknown column type."),
    };
}
