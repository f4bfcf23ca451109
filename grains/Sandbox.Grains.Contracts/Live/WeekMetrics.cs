namespace Sandbox.Grains.Live;

/// <summary>
/// One finished week of a live run: a value per metric column, in the order of
/// <see cref="ISimulationGrain.GetColumns"/>. This is what observers push on to charts (SignalR, CLI).
/// </summary>
[GenerateSerializer, Immutable, Alias("sandbox.week-metrics")]
public sealed record WeekMetrics(string RunId, int Week, double[] Values);
