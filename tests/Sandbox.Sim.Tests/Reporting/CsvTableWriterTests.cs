using Sandbox.Reporting;

namespace Sandbox.Sim.Tests.Reporting;

public class CsvTableWriterTests
{
    private static readonly ColumnSchema[] Schema =
        [new("label", ColumnType.String), new("n", ColumnType.Int32), new("big", ColumnType.Int64), new("x", ColumnType.Double)];

    [Fact]
    public void Fields_are_quoted_only_when_RFC_4180_requires_it()
    {
        var t = new TidyTable(Schema)
            .AppendRow("plain", 1, 2L, 0.5)
            .AppendRow("a,b", -1, long.MaxValue, -0.0)
            .AppendRow("say \"hi\"", 0, 0L, double.NaN)
            .AppendRow("two\nlines", 0, 0L, 1e-300);

        var csv = CsvTableWriter.ToCsv(t);

        Assert.Equal(
            "label,n,big,x\r\n" +
            "plain,1,2,0.5\r\n" +
            "\"a,b\",-1,9223372036854775807,-0\r\n" +
            "\"say \"\"hi\"\"\",0,0,\r\n" +
            "\"two\nlines\",0,0,1E-300\r\n",
            csv);
    }

    [Fact]
    public void Numbers_do_not_follow_the_current_culture()
    {
        var previous = Thread.CurrentThread.CurrentCulture;
        try
        {
            Thread.CurrentThread.CurrentCulture = System.Globalization.CultureInfo.InvariantCulture.Clone() is System.Globalization.CultureInfo c
                ? WithCommaDecimal(c) : previous;
            var csv = CsvTableWriter.ToCsv(new TidyTable().AddColumn("x", new[] { 1.5 }));
            Assert.Equal("x\r\n1.5\r\n", csv);
        }
        finally { Thread.CurrentThread.CurrentCulture = previous; }

        static System.Globalization.CultureInfo WithCommaDecimal(System.Globalization.CultureInfo c)
        {
            c.NumberFormat.NumberDecimalSeparator = ",";
            return c;
        }
    }

    [Fact]
    public void Write_then_read_gives_back_every_value_bit_for_bit()
    {
        var doubles = new[] { 0.1 + 0.2, Math.PI, -1.0 / 3, double.Epsilon, double.MaxValue, 1e21, double.NaN, double.PositiveInfinity };
        var t = new TidyTable()
            .AddColumn("label", doubles.Select((_, i) => i % 2 == 0 ? $"q\"{i},\r\n" : $"r{i}"))
            .AddColumn("n", doubles.Select((_, i) => int.MinValue + i))
            .AddColumn("big", doubles.Select((_, i) => long.MinValue + i))
            .AddColumn("x", doubles);

        var back = CsvTableReader.ReadCsv(CsvTableWriter.ToCsv(t), Schema);

        TableAssert.Equal(t, back);
    }

    [Fact]
    public void Reader_rejects_a_header_that_does_not_match_the_schema()
    {
        var ex = Assert.Throws<FormatException>(() => CsvTableReader.ReadCsv("label,x,n,big\r\n", Schema));
        Assert.Contains("header", ex.Message);
    }
}
