using System.Collections.Concurrent;
using Sandbox.Sim.Engine;
using Sandbox.Sim.Model;
using Sandbox.Sim.Rules;
using Sandbox.Sim.Scenarios;

namespace Sandbox.Sim.Experiments;

/// <summary>
/// Draws each distinct population of an experiment once and lends it to every run that would draw the same
/// people: the variants of one replication share a seed (common random numbers) and usually the population
/// settings, and drawing a run's 60,000 profiles is about 4% of the run. A population is let go as soon as the
/// last run that needs it has copied it, so a long experiment holds only the few its running replications need.
/// </summary>
internal sealed class SharedPopulations
{
    private readonly ConcurrentDictionary<string, int> _remaining = new();
    private readonly ConcurrentDictionary<string, Lazy<Jobseeker[]>> _drawn = new();

    public SharedPopulations(IEnumerable<Scenario> runs)
    {
        foreach (var s in runs) _remaining.AddOrUpdate(PopulationRules.InputsKey(s), 1, (_, n) => n + 1);
    }

    /// <summary>A simulation of <paramref name="scenario"/>, on a shared copy of its people when another run needs them too.</summary>
    public KernelSimulation Start(Scenario scenario)
    {
        var p = new ModelParameters(scenario);
        string key = PopulationRules.InputsKey(scenario);
        if (!_remaining.TryGetValue(key, out int users) || users <= 1) return new KernelSimulation(p);
        var drawn = _drawn.GetOrAdd(key, _ => new Lazy<Jobseeker[]>(() => PopulationRules.CreateAll(p)));
        var sim = new KernelSimulation(p, new KernelOptions { Population = drawn.Value });
        if (_remaining.AddOrUpdate(key, 0, (_, n) => n - 1) == 0) _drawn.TryRemove(key, out _);
        return sim;
    }
}
