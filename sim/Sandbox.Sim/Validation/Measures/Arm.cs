namespace Sandbox.Sim.Validation.Measures;

/// <summary>The two arms an experiment can have.</summary>
public static class Arm
{
    public const string Base = "base";
    public const string Contrast = "contrast";

    public static readonly IReadOnlyList<string> BaseOnly = [Base];
    public static readonly IReadOnlyList<string> Both = [Base, Contrast];

    public static string Parse(string? text) => text switch
    {
        null or Base => Base,
        Contrast => Contrast,
        _ => throw new FactFileException("measure.arm", text, "base or contrast"),
    };

    public static IReadOnlyList<string> Only(string arm) => arm == Base ? BaseOnly : [arm];
}
