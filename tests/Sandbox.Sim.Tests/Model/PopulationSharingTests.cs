using System.Globalization;
using System.Runtime.InteropServices;
using Sandbox.Sim.Engine;
using Sandbox.Sim.Model;
using Sandbox.Sim.Rules;
using Sandbox.Sim.Scenarios;

namespace Sandbox.Sim.Tests.Model;

/// <summary>
/// Runs that share <see cref="PopulationRules.InputsKey"/> share their drawn people. That is only safe if the key
/// covers everything the people depend on: each catalogued parameter is moved in turn, and wherever the people
/// change, the key must change too.
/// </summary>
public sealed class PopulationSharingTests
{
    private static Scenario Small() => SmallScenarios.Baseline(stock: 200, inflow: 5, weeks: 12);

    [Fact]
    public void Every_parameter_that_changes_the_people_changes_the_key()
    {
        var baseline = Small();
        var people = Bytes(PopulationRules.CreateAll(new ModelParameters(baseline)));
        string key = PopulationRules.InputsKey(baseline);
        int changedPeople = 0, changedKeyOnly = 0;
        foreach (var parameter in ParameterCatalog.For(baseline))
        {
            var moved = Small();
            var info = ParameterCatalog.Find(moved, parameter.Path);
            double now = info.Get(moved) ?? double.NaN;
            if (double.IsNaN(now)) continue;
            info.Set(moved, Elsewhere(info, now));
            byte[] movedPeople;
            try { movedPeople = Bytes(PopulationRules.CreateAll(new ModelParameters(moved))); }
            catch (ScenarioValidationException) { continue; } // a value the model refuses in combination draws nobody
            bool samePeople = movedPeople.AsSpan().SequenceEqual(people);
            bool sameKey = PopulationRules.InputsKey(moved) == key;
            Assert.False(sameKey && !samePeople, $"{parameter.Path} changes the people but not the key");
            if (!samePeople) changedPeople++;
            else if (!sameKey) changedKeyOnly++;
        }
        // The check above means something only if some parameters do change the people.
        Assert.True(changedPeople >= 10, $"only {changedPeople} parameters changed the people");
        // And the key is not so broad that mechanism settings would stop levels sharing.
        Assert.Equal(PopulationRules.InputsKey(baseline), PopulationRules.InputsKey(Small().WithLevel(IntegrationLevel.FullIntegration)));
        Assert.True(changedKeyOnly < changedPeople, $"{changedKeyOnly} parameters change the key without changing the people");
    }

    [Fact]
    public void A_copied_population_of_the_wrong_size_is_refused()
    {
        var p = new ModelParameters(Small());
        var other = PopulationRules.CreateAll(new ModelParameters(SmallScenarios.Baseline(stock: 100, inflow: 5, weeks: 12)));
        var e = Assert.Throws<ArgumentException>(() => new KernelSimulation(p, new KernelOptions { Population = other }));
        Assert.Contains(p.AgentCapacity.ToString(CultureInfo.InvariantCulture), e.Message);
    }

    private static double Elsewhere(ParameterInfo info, double now)
    {
        if (info.IsEnum) return now == 0 ? 1 : 0;
        double target = now + (info.Max - info.Min) * 0.1;
        if (target > info.Max) target = now - (info.Max - info.Min) * 0.1;
        return Math.Clamp(info.IsInteger ? Math.Round(target) == now ? now + 1 : Math.Round(target) : target, info.Min, info.Max);
    }

    private static byte[] Bytes(Jobseeker[] people) => MemoryMarshal.AsBytes(people.AsSpan()).ToArray();
}
