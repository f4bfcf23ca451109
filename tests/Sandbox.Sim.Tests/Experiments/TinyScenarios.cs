using Sandbox.Sim.Scenarios;
using Sandbox.Sim.Tests.Model;

namespace Sandbox.Sim.Tests.Experiments;

/// <summary>Scenarios small enough that an experiment of a hundred runs takes a second or two.</summary>
internal static class TinyScenarios
{
    public static Scenario Baseline(int weeks = 30, long seed = 11) => SmallScenarios.Baseline(stock: 300, inflow: 6, weeks: weeks, seed: seed);

    public static Scenario At(IntegrationLevel level, int weeks = 30, long seed = 11) => Baseline(weeks, seed).WithLevel(level);
}
