namespace Sandbox.Sim.Validation;

/// <summary>
/// The fast version of a fact for tests and <c>sandbox validate --quick</c>: a smaller population (agencies and
/// employers scaled with it, so waiting lists and markets behave alike), fewer weeks and replications.
/// </summary>
public sealed class QuickSpec
{
    /// <summary>Population, agency staff and budgets, and employers are multiplied by this.</summary>
    public double Scale { get; set; } = 1.0;

    public int? Weeks { get; set; }

    public int Replications { get; set; } = 3;
}
