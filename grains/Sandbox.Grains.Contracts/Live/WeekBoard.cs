namespace Sandbox.Grains.Live;

/// <summary>
/// What every jobseeker reads in a week (the kernel's <c>WeekContext</c> minus the parameters): sent as one
/// immutable object to all jobseeker grains of the week, so in-silo calls share it instead of copying it.
/// <see cref="Epoch"/> tells a fresh run from an old one that used the same run id.
/// </summary>
[GenerateSerializer, Immutable, Alias("sandbox.week-board")]
public sealed record WeekBoard(
    string RunId,
    long Epoch,
    int Week,
    double MeetingProbability,
    int[] EligibleVacancies);
