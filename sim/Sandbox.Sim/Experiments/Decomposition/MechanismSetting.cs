namespace Sandbox.Sim.Experiments;

/// <summary>One mechanism setting that differs between the two ends of a decomposition, with both values as files spell them.</summary>
public sealed record MechanismSetting(string Path, double From, double To, string FromText, string ToText)
{
    /// <summary>"followUp", the path without its group, as tables and charts label it.</summary>
    public string Name => Path[(Path.LastIndexOf('.') + 1)..];
}
