using System.Reflection;
using Sandbox.Dashboard.Api;
using Sandbox.Sim.Scenarios;

namespace Sandbox.Dashboard.Workshop;

/// <summary>A shipped workshop as the facilitator's picker lists it.</summary>
public sealed record WorkshopSummary(string Name, string Title, string Summary, string Scenario, int Polls, string? Spotlight);

/// <summary>
/// The ready-made workshops of <c>scenarios/workshops/</c>, embedded in this assembly: a <c>NAME.workshop.json</c>
/// plan and its facilitator script <c>NAME.md</c>. Their scenarios are ordinary scenario files of the library.
/// </summary>
public static class WorkshopLibrary
{
    private const string Prefix = "workshops/";
    private const string Suffix = ".workshop.json";
    private static readonly Assembly Self = typeof(WorkshopLibrary).Assembly;

    public static IReadOnlyList<string> Names() =>
        Self.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(Suffix, StringComparison.Ordinal))
            .Select(n => n[Prefix.Length..^Suffix.Length]).Order(StringComparer.Ordinal).ToArray();

    public static WorkshopPlan Load(string name)
    {
        if (!Names().Contains(name, StringComparer.Ordinal))
            throw new ApiErrorException(ApiError.Invalid("workshop", name, string.Join(", ", Names())));
        try
        {
            return WorkshopPlanReader.Parse(name, Read(name + Suffix)!, ScenarioLibrary.Load);
        }
        catch (ScenarioValidationException e) when (e.File is null)
        {
            throw e.InFile(Prefix + name + Suffix);
        }
    }

    public static IReadOnlyList<WorkshopSummary> List() =>
        Names().Select(Load).Select(p => new WorkshopSummary(p.Name, p.Title, p.Summary, p.Scenario, p.Polls.Count, p.Spotlight?.Name)).ToArray();

    /// <summary>The facilitator script (markdown) of a plan, if it names one.</summary>
    public static string? Script(WorkshopPlan plan) => plan.Script is { } file ? Read(file) : null;

    private static string? Read(string file)
    {
        using var stream = Self.GetManifestResourceStream(Prefix + file);
        if (stream is null) return null;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
