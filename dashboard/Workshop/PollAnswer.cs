using System.Globalization;
using Sandbox.Sim.Scenarios;

namespace Sandbox.Dashboard.Workshop;

/// <summary>One level's simulated value of a poll's measure.</summary>
public sealed record LevelValue(string Level, string Title, double Value);

/// <summary>
/// The simulated answer to a poll: for a level poll every level's value and the best level; for a number poll the
/// value itself. Computed by replaying the session's scenario and seed on the kernel, so the same workshop always
/// reveals the same answer, and a changed model reveals its own.
/// </summary>
public sealed record PollAnswer(double Value, string? Level, IReadOnlyList<LevelValue> Levels, string Text)
{
    public static PollAnswer Simulate(PollSpec poll, Scenario scenario)
    {
        string unit = poll.Measure.Unit();
        if (poll.Kind == PollKind.Number)
        {
            var run = poll.Level is { } pinned ? scenario.WithLevel(pinned) : scenario;
            double value = ModelSnapshot.Simulate(run, poll.Week).Measure(poll.Measure);
            return new PollAnswer(value, null, [], $"The model says {Format(value, poll.Measure)} {unit} by week {poll.Week}.");
        }
        var levels = IntegrationLevels.All
            .Select(l => new LevelValue(l.Key(), l.Title(), ModelSnapshot.Simulate(scenario.WithLevel(l), poll.Week).Measure(poll.Measure)))
            .ToArray();
        var ordered = levels.Where(l => double.IsFinite(l.Value)).ToArray();
        var best = poll.Lowest ? ordered.MinBy(l => l.Value) : ordered.MaxBy(l => l.Value);
        if (best is null) return new PollAnswer(double.NaN, null, levels, $"No level has a value for {unit} by week {poll.Week}.");
        string others = string.Join(", ", levels.Where(l => l != best).Select(l => $"{l.Title.ToLowerInvariant()} {Format(l.Value, poll.Measure)}"));
        return new PollAnswer(best.Value, best.Level, levels,
            $"{best.Title}: {Format(best.Value, poll.Measure)} {unit} by week {poll.Week} ({others}).");
    }

    public static string Format(double value, WorkshopMeasure measure) =>
        !double.IsFinite(value) ? "no value"
        : measure is WorkshopMeasure.CostPerSustainedJob or WorkshopMeasure.ServiceCost ? "€" + value.ToString("N0", CultureInfo.InvariantCulture)
        : value.ToString("0.#", CultureInfo.InvariantCulture);
}
