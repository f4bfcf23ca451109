using Sandbox.Reporting;

namespace Sandbox.Sim.Tests.Reporting;

public class TidyTableTests
{
    private static TidyTable Sample() =>
        new TidyTable(new ColumnSchema("scenario", ColumnType.String), new ColumnSchema("week", ColumnType.Int32),
                new ColumnSchema("clients", ColumnType.Int64), new ColumnSchema("rate", ColumnType.Double))
            .AppendRow("baseline", 1, 100L, 0.5)
            .AppendRow("integrated", 1, 120, 0.25) // int widens into the long column
            .AppendRow("baseline", 2, 110L, 2); // and into the double column

    [Fact]
    public void Rows_are_stored_typed_in_column_order()
    {
        var t = Sample();
        Assert.Equal(3, t.RowCount);
        Assert.Equal(["baseline", "integrated", "baseline"], t.Column<string>("scenario").Values.ToArray());
        Assert.Equal([100L, 120L, 110L], t.Column<long>("clients").Values.ToArray());
        Assert.Equal([0.5, 0.25, 2.0], t.Column<double>("rate").Values.ToArray());
    }

    [Fact]
    public void A_bad_row_is_rejected_whole_and_names_the_column()
    {
        var t = Sample();
        var ex = Assert.Throws<ArgumentException>(() => t.AppendRow("x", 3, 1L, "not a number"));
        Assert.Contains("'rate'", ex.Message);
        Assert.Equal(3, t.RowCount);
        Assert.All(t.Columns, c => Assert.Equal(3, c.Count));
        Assert.Throws<ArgumentException>(() => t.AppendRow("x", 3L, 1L, 1.0)); // long does not narrow to int
        Assert.Throws<ArgumentException>(() => t.AppendRow("x", 3));
    }

    [Fact]
    public void Columns_can_be_added_whole_but_must_match_the_row_count()
    {
        var t = new TidyTable().AddColumn("week", new[] { 1, 2, 3 }).AddColumn("y", new[] { 1.5, 2.5, 3.5 });
        Assert.Equal(3, t.RowCount);
        var ex = Assert.Throws<ArgumentException>(() => t.AddColumn("z", new[] { 1.0 }));
        Assert.Contains("'z'", ex.Message);
        Assert.Throws<ArgumentException>(() => t.AddColumn("week", new[] { 4, 5, 6 }));
        Assert.Throws<ArgumentException>(() => t.AddColumn("when", new[] { DateTime.MinValue, DateTime.MinValue, DateTime.MinValue }));
    }

    [Fact]
    public void Select_and_filter_keep_rows_aligned()
    {
        var t = Sample();
        var picked = t.Select("rate", "scenario");
        Assert.Equal(["rate", "scenario"], picked.Schema.Select(s => s.Name));
        Assert.Equal(3, picked.RowCount);

        var baseline = t.Where<string>("scenario", s => s == "baseline");
        Assert.Equal([1, 2], baseline.Column<int>("week").Values.ToArray());
        Assert.Equal([0.5, 2.0], baseline.Column<double>("rate").Values.ToArray());

        var late = t.Where(r => r.Get<int>("week") > 1 || (string)r["scenario"] == "integrated");
        Assert.Equal([120L, 110L], late.Column<long>("clients").Values.ToArray());
    }

    [Fact]
    public void Concat_stacks_equal_schemas_and_rejects_others()
    {
        var t = Sample();
        var both = TidyTable.Concat(t, t.Where<int>("week", w => w == 2));
        Assert.Equal(4, both.RowCount);
        Assert.Equal(["baseline", "integrated", "baseline", "baseline"], both.Column<string>("scenario").Values.ToArray());
        Assert.Equal(3, t.RowCount); // inputs untouched

        var ex = Assert.Throws<ArgumentException>(() => TidyTable.Concat(t, t.Select("week", "scenario")));
        Assert.Contains("schema", ex.Message);
    }

    [Fact]
    public void Typed_access_explains_a_wrong_type_or_name()
    {
        var t = Sample();
        Assert.Contains("Int32", Assert.Throws<InvalidCastException>(() => t.Column<double>("week")).Message);
        Assert.Contains("scenario", Assert.Throws<KeyNotFoundException>(() => t.Column("missing")).Message);
    }
}
