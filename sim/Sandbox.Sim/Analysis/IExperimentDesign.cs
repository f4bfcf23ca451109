namespace Sandbox.Sim.Analysis;

/// <summary>
/// A sensitivity design seen from whoever runs it: a numbered list of points to evaluate. Points can be
/// handed to any number of workers in any order; the analysis only needs output i stored at index i.
/// </summary>
public interface IExperimentDesign
{
    IReadOnlyList<ParameterRange> Ranges { get; }

    /// <summary>How many model runs the design needs.</summary>
    int Count { get; }

    /// <summary>Parameter values of run <paramref name="index"/>, in the order of <see cref="Ranges"/>; a fresh array.</summary>
    double[] Point(int index);
}
