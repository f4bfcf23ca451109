using Orleans.Placement;

namespace Sandbox.Grains.Live;

/// <summary>
/// An employer of a live run: its open vacancies, the applications they drew and its hires, as the simulation
/// grain reported them after the shared screening and settling of the vacancy market.
/// </summary>
[PreferLocalPlacement]
[CollectionAgeLimit(Hours = 2)]
internal sealed class EmployerGrain : LatestWeekGrain<EmployerWeek>, IEmployerGrain;
