using Orleans.Placement;

namespace Sandbox.Grains.Live;

/// <summary>
/// An agency of a live run: keeps the week the simulation grain reported (caseload, waiting list,
/// admissions, activity, spending) for anyone reading it while the run goes on. Its decisions (admissions)
/// are taken by the shared <c>AdmissionPhase</c> on the merged waiting lists, exactly as in the kernel.
/// </summary>
[PreferLocalPlacement]
[CollectionAgeLimit(Hours = 2)]
internal sealed class AgencyGrain : Grain, IAgencyGrain
{
    private AgencyWeek? _week;

    public Task Update(AgencyWeek week)
    {
        _week = week;
        return Task.CompletedTask;
    }

    public Task<AgencyWeek?> GetView() => Task.FromResult(_week);
}
