namespace Sandbox.Cli.Input;

/// <summary>The scenario flags shared by <c>run</c> and <c>compare</c>, as typed; applied last, over the file and the level.</summary>
public sealed record ScenarioOverrides(string? Seed, string? Weeks, IReadOnlyList<string> Sets)
{
    public static readonly ScenarioOverrides None = new(null, null, []);
}
