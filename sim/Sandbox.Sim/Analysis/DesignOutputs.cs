namespace Sandbox.Sim.Analysis;

/// <summary>Output checks shared by the sensitivity analyses.</summary>
internal static class DesignOutputs
{
    /// <summary>
    /// One finite output per design point. A failed or undefined run must be resolved by the caller (rerun,
    /// or substitute a documented value): silently dropping it would unbalance the design.
    /// </summary>
    public static void Check(ReadOnlySpan<double> outputs, int count)
    {
        if (outputs.Length != count)
            throw new ArgumentException($"The design has {count} points but {outputs.Length} outputs were given.", nameof(outputs));
        for (int i = 0; i < outputs.Length; i++)
            if (!double.IsFinite(outputs[i]))
                throw new ArgumentException($"Output {i} is {outputs[i]}; every design point needs a finite result.", nameof(outputs));
    }
}
