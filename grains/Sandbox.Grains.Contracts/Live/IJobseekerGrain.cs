using Orleans.Concurrency;
using Sandbox.Sim.Model;

namespace Sandbox.Grains.Live;

/// <summary>
/// One client of one live run (key: agent id + run id): holds their state and journey and runs the model's
/// own rules on it (<c>JobseekerWeek.Step</c>, <c>EmploymentRules.Hire</c>).
/// </summary>
[Alias("sandbox.jobseeker")]
public interface IJobseekerGrain : IGrainWithIntegerCompoundKey
{
    /// <param name="admitted">Barrier bits for which an agency admitted this client from its waiting list this week.</param>
    [Alias("step")] Task<JobseekerWeekResult> Step(WeekBoard board, byte admitted);

    [Alias("hire")] Task<JobseekerWeekResult> Hire(WeekBoard board, Offer offer);

    [ReadOnly, Alias("view")] Task<JobseekerView?> GetView();
}
