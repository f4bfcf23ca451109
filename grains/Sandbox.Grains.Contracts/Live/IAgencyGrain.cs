using Orleans.Concurrency;

namespace Sandbox.Grains.Live;

/// <summary>One agency of one live run (key: agency index + run id): its caseload, waiting list and activity.</summary>
[Alias("sandbox.agency")]
public interface IAgencyGrain : IGrainWithIntegerCompoundKey
{
    [Alias("update")] Task Update(AgencyWeek week);

    /// <summary>The agency's latest week, or null before the run's first week.</summary>
    [ReadOnly, Alias("view")] Task<AgencyWeek?> GetView();
}
