namespace Sandbox.Sim.Engine;

/// <summary>
/// What every jobseeker may read in week <see cref="Week"/>: the parameters, the agencies' decisions taken at
/// the start of the week and the vacancies open at the start of the week. Nothing here changes while the
/// jobseeker phase runs, which is what makes that phase order-independent.
/// </summary>
public sealed class WeekContext(ModelParameters parameters)
{
    /// <summary>The parameters in force this week (they change only along a reform path).</summary>
    public ModelParameters P { get; set; } = parameters;
    public int Week { get; set; }

    /// <summary>Chance that a client held by the PES gets a caseworker meeting this week (falls when caseloads exceed the norm).</summary>
    public double MeetingProbability { get; set; }

    /// <summary>
    /// Number of open vacancies with skill at most s (index 0..2). The board is ordered by skill, so the
    /// vacancies open to skill s are the board's first <c>EligibleVacancies[s]</c>.
    /// </summary>
    public int[] EligibleVacancies { get; } = new int[3];
}
