namespace Sandbox.Sim.Analysis;

/// <summary>
/// Welford's streaming mean and variance, for callers that see replications one at a time and should not
/// keep them all; it is numerically stable where the naive sum of squares is not.
/// </summary>
internal struct RunningMoments
{
    private double _m2;

    public int N { get; private set; }
    public double Mean { get; private set; }

    public void Add(double x)
    {
        N++;
        double delta = x - Mean;
        Mean += delta / N;
        _m2 += delta * (x - Mean);
    }

    public readonly Summary ToSummary(double confidence) =>
        Summary.FromMoments(N, N > 0 ? Mean : double.NaN, N > 1 ? _m2 / (N - 1) : double.NaN, confidence);
}
