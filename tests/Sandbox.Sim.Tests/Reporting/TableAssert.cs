using Sandbox.Reporting;

namespace Sandbox.Sim.Tests.Reporting;

/// <summary>Column-by-column equality with doubles compared by bit pattern, so NaN equals NaN but -0 differs from 0.</summary>
internal static class TableAssert
{
    public static void Equal(TidyTable expected, TidyTable actual)
    {
        Assert.Equal(expected.Schema, actual.Schema);
        Assert.Equal(expected.RowCount, actual.RowCount);
        foreach (var column in expected.Columns)
        {
            var other = actual.Column(column.Name);
            for (var r = 0; r < expected.RowCount; r++)
            {
                if (column is TidyColumn<double> d)
                    Assert.True(BitConverter.DoubleToInt64Bits(d[r]) == BitConverter.DoubleToInt64Bits(((TidyColumn<double>)other)[r]),
                        $"Column '{column.Name}' row {r}: expected {d[r]:R}, got {((TidyColumn<double>)other)[r]:R}");
                else
                    Assert.Equal(column.GetValue(r), other.GetValue(r));
            }
        }
    }
}
