namespace Sandbox.Cli.Input;

/// <summary>Table formats to write; CSV for spreadsheets and diffs, Parquet for pandas/R/DuckDB at sweep sizes.</summary>
[Flags]
public enum OutputFormat { Csv = 1, Parquet = 2, Both = Csv | Parquet }
