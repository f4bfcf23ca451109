using Sandbox.Sim.Engine;
using Sandbox.Sim.Model;

namespace Sandbox.Grains.Live;

/// <summary>
/// An agency's week as its grain holds it for readers: who it holds or treats, who waits and since when,
/// whom it admitted this week, its activity counters (indexed by <c>AgencyCounter</c>) and its spending this
/// funding year. One batched message per agency per week.
/// </summary>
[GenerateSerializer, Immutable, Alias("sandbox.agency-week")]
public sealed record AgencyWeek(
    int Agency,
    AgencyKind Kind,
    string Name,
    int Week,
    int[] Caseload,
    WaitEntry[] Waiting,
    WaitEntry[] Admitted,
    long[] Counters,
    double SpentThisYear);
