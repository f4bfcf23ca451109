using Sandbox.Sim.Metrics;
using Sandbox.Sim.Randomness;
using Sandbox.Sim.Rules;

namespace Sandbox.Sim.Tests.Model;

/// <summary>
/// The employers' screening draws the first applications' numbers before it knows how many were sent (so no loop
/// of random length runs on most searches). It must call back exactly the applications a plain loop over the sent
/// ones would, and count only their numbers.
/// </summary>
public class ScreeningTests
{
    [Fact]
    public void Screening_calls_back_the_sent_applications_whose_draw_falls_below_the_chance_and_counts_their_numbers_only()
    {
        var tally = new WeekTally();
        const int spell = 30;
        int band = WeekTally.BandOf(spell);
        long counted = 0, reference = 0, callbacks = 0;
        int beyondFour = 0;
        for (int agent = 0; agent < 300; agent++)
        for (int count = 0; count <= 12; count++)
        foreach (double chance in new[] { 0.0, 0.05, 0.3, 0.9, 1.0 })
        {
            ulong key = CounterRng.AgentWeekKey(CounterRng.SeedKey(17), agent, count);
            long before = counted;
            uint called = EmployerRules.Screen(new Draw(key, ref counted), count, chance, spell, tally);

            var plain = new Draw(key, ref reference);
            uint expected = 0;
            for (int i = 0; i < count; i++)
                if (plain.U(Purpose.Callback, i) < chance) expected |= 1u << i;
            Assert.Equal(expected, called);
            Assert.Equal(count, counted - before);
            callbacks += System.Numerics.BitOperations.PopCount(expected);
            if (expected >> 4 != 0) beyondFour++;
        }
        Assert.Equal(reference, counted);
        Assert.Equal(callbacks, tally.Market(MarketCounter.Callbacks, band));
        Assert.True(beyondFour > 100, "applications beyond the fourth were called back too");
    }
}
