namespace Sandbox.Grains.Experiments;

/// <summary>Everything a run grain needs to execute one (point, replication) of an experiment with the kernel.</summary>
[GenerateSerializer, Immutable, Alias("sandbox.run-request")]
public sealed record RunRequest(string ExperimentId, int RunIndex, int Point, int Replication, long Seed, string ScenarioJson);

/// <summary>
/// A finished run as recorded with its result: which silo executed it, how long it took, and a digest of
/// its metric values (XxHash64 of the raw doubles) for cheap bit-equality checks. A run whose scenario the
/// kernel rejects finishes with an <see cref="Error"/> instead, and fails its experiment.
/// </summary>
[GenerateSerializer, Immutable, Alias("sandbox.run-outcome")]
public sealed record RunOutcome(string ExperimentId, int RunIndex, string Silo, double Seconds, ulong Digest, DateTime CompletedUtc, string? Error = null);
