using Sandbox.Sim.Analysis;

namespace Sandbox.Sim.Experiments;

/// <summary>
/// The best point of a sweep on one output, the runner-up, and how sure the experiment is that the best really
/// beats the runner-up on average (paired over common seeds; <see cref="Likelihood"/> wording).
/// </summary>
public sealed record SweepBest(string Output, int Best, Summary BestValue, int RunnerUp, Summary RunnerUpValue, double Probability)
{
    public string Note => Likelihood.Note(Probability);
}
