using Orleans.Placement;

namespace Sandbox.Grains.Live;

/// <summary>
/// An agency of a live run: the week the simulation grain reported (caseload, waiting list, admissions,
/// activity, spending). Its admissions are taken by the shared <c>AdmissionPhase</c> on the merged waiting lists.
/// </summary>
[PreferLocalPlacement]
[CollectionAgeLimit(Hours = 2)]
internal sealed class AgencyGrain : LatestWeekGrain<AgencyWeek>, IAgencyGrain;
