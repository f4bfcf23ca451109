using System.Reflection;
using System.Text.Json;
using Sandbox.Sim.Scenarios;

namespace Sandbox.Sim.Validation;

/// <summary>
/// The fact files shipped in <c>scenarios/validation/</c> (embedded at build time, like the scenarios, so every
/// host runs the same suite) and the plain-language About text beside them.
/// </summary>
public static class FactLibrary
{
    private static readonly Assembly Self = typeof(FactLibrary).Assembly;
    private const string Prefix = "validation/";

    /// <summary>Every shipped fact file, parsed and checked, ordered by MODEL.md fact number then id.</summary>
    public static IReadOnlyList<FactFile> All() =>
        Self.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal))
            .Select(n => Parse(Read(n), n[Prefix.Length..]))
            .OrderBy(f => f.Fact == 0 ? int.MaxValue : f.Fact).ThenBy(f => f.Id, StringComparer.Ordinal)
            .ToArray();

    /// <summary>scenarios/validation/ABOUT.md: the model's assumptions and known limits, in plain language (Markdown).</summary>
    public static string About() => Read(Prefix + "ABOUT.md");

    /// <summary>Parses a fact file and checks every field, naming the file and field of the first error.</summary>
    public static FactFile Parse(string json, string file)
    {
        FactFile fact;
        try
        {
            fact = JsonSerializer.Deserialize<FactFile>(json, ScenarioJson.Options)
                ?? throw new FactFileException("(root)", "null", "a fact object", file);
        }
        catch (JsonException e)
        {
            throw new FactFileException((e.Path ?? "$").TrimStart('$', '.'), "invalid", e.Message.Split(". ")[0], file);
        }
        try
        {
            FactValidator.Validate(fact);
        }
        catch (FactFileException e)
        {
            throw e.InFile(file);
        }
        return fact;
    }

    private static string Read(string resource)
    {
        using var stream = Self.GetManifestResourceStream(resource)
            ?? throw new FactFileException("resource", resource, "an embedded file under scenarios/validation");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
