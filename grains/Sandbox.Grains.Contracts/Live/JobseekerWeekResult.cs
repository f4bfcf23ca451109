using Sandbox.Sim.Engine;
using Sandbox.Sim.Model;

namespace Sandbox.Grains.Live;

/// <summary>A waiting-list entry with the agency whose list it joins, as the rule filed it.</summary>
[GenerateSerializer, Immutable, Alias("sandbox.agency-wait")]
public readonly record struct AgencyWait(byte Agency, WaitEntry Entry);

/// <summary>
/// What one jobseeker's phase (a week, or a hire) produced for the others, in compact form: the tally
/// counters it touched as (index, count) pairs, its interviewed candidacies, the board index of every application
/// it sent (for the employers' reports), its waiting-list entries, and the agencies
/// holding it at the end of the week. The simulation grain sums these exactly as the kernel's shared outputs.
/// </summary>
/// <param name="Counters">Pairs (index into <c>WeekTally.Counts</c>, count), flattened.</param>
/// <param name="Holders">Bit a is set when agency a holds or treats the client at the end of the week.</param>
/// <param name="Draws">Random draws made (the tally's diagnostic count), so merged tallies match the kernel's entirely.</param>
[GenerateSerializer, Immutable, Alias("sandbox.jobseeker-week")]
public sealed record JobseekerWeekResult(int Agent, int[] Counters, Candidate[] Candidates, int[] AppliedTo, AgencyWait[] Waiting, byte Holders, long Draws);
