using System.Globalization;
using Sandbox.Dashboard.Api;
using Sandbox.Sim.Scenarios;

namespace Sandbox.Dashboard.Workshop;

/// <summary>A bar of a poll's distribution: how many chose this level or guessed in this range, and whether the model's answer is here.</summary>
public sealed record PollBar(string Key, string Label, int Count, bool IsAnswer);

/// <summary>A revealed poll: the room's distribution beside the simulated answer.</summary>
public sealed record PollResult(string PollId, string Question, string Unit, int Voters, IReadOnlyList<PollBar> Bars, double? RoomMedian,
    PollAnswer Answer);

/// <summary>
/// The votes of one poll: one per participant (a changed mind replaces the earlier vote while the poll is open).
/// Every vote is checked against the poll's options or range before it counts.
/// </summary>
public sealed class PollBox(PollSpec spec)
{
    public const int Bins = 10;
    private readonly Dictionary<string, double> _numbers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _choices = new(StringComparer.Ordinal);

    public PollSpec Spec { get; } = spec;
    public bool Open { get; set; }
    public int Voters => _numbers.Count + _choices.Count;

    public void Vote(string participant, string? choice, double? number)
    {
        if (!Open) throw new ApiErrorException(new ApiError("closed", "pollId", Spec.Id, "an open poll", "this poll is not open for votes"));
        if (Spec.Kind == PollKind.Level)
        {
            if (choice is null || !IntegrationLevels.TryParse(choice, out var level))
                throw new ApiErrorException(ApiError.Invalid("choice", choice ?? "(missing)", string.Join(", ", IntegrationLevels.All.Select(l => l.Key()))));
            _choices[participant] = level.Key();
            return;
        }
        if (number is not { } n || !double.IsFinite(n) || n < Spec.Min || n > Spec.Max)
            throw new ApiErrorException(ApiError.Invalid("number", number?.ToString(CultureInfo.InvariantCulture) ?? "(missing)",
                $"{Spec.Min.ToString(CultureInfo.InvariantCulture)} to {Spec.Max.ToString(CultureInfo.InvariantCulture)}"));
        _numbers[participant] = n;
    }

    public bool HasVoted(string participant) => _numbers.ContainsKey(participant) || _choices.ContainsKey(participant);

    public PollResult Result(PollAnswer answer)
    {
        if (Spec.Kind == PollKind.Level)
        {
            var bars = IntegrationLevels.All.Select(l => new PollBar(l.Key(), l.Title(), _choices.Values.Count(v => v == l.Key()), l.Key() == answer.Level)).ToArray();
            return new PollResult(Spec.Id, Spec.Question, Spec.Measure.Unit(), Voters, bars, null, answer);
        }
        double width = (Spec.Max - Spec.Min) / Bins;
        int Bin(double v) => Math.Clamp((int)Math.Floor((v - Spec.Min) / width), 0, Bins - 1);
        var counts = new int[Bins];
        foreach (var v in _numbers.Values) counts[Bin(v)]++;
        int answerBin = double.IsFinite(answer.Value) ? Bin(Math.Clamp(answer.Value, Spec.Min, Spec.Max)) : -1;
        var numberBars = Enumerable.Range(0, Bins).Select(i =>
        {
            string low = (Spec.Min + i * width).ToString("0.#", CultureInfo.InvariantCulture);
            string high = (Spec.Min + (i + 1) * width).ToString("0.#", CultureInfo.InvariantCulture);
            return new PollBar(low, $"{low}–{high}", counts[i], i == answerBin);
        }).ToArray();
        double? median = _numbers.Count == 0 ? null : Median(_numbers.Values.Order().ToArray());
        return new PollResult(Spec.Id, Spec.Question, Spec.Measure.Unit(), Voters, numberBars, median, answer);
    }

    private static double Median(double[] sorted) =>
        sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
}
