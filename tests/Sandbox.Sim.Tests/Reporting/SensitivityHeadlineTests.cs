using Sandbox.Reporting.Experiments;
using Sandbox.Sim.Analysis;

namespace Sandbox.Sim.Tests.Reporting;

public class SensitivityHeadlineTests
{
    [Fact]
    public void A_sobol_estimate_above_the_whole_variance_is_called_sampling_error()
    {
        string over = SensitivityArtefacts.SobolLead("cumulative service cost", new SobolIndex("labourMarket.vacancyRate", 1.14, 0.94, 1.33, 1.14, 0.97, 1.29));
        Assert.Contains("explains 114% of the variance alone (95% CI 94% to 133%)", over);
        Assert.Contains("sampling error", over);

        string within = SensitivityArtefacts.SobolLead("cumulative service cost", new SobolIndex("labourMarket.vacancyRate", 0.62, 0.5, 0.74, 0.8, 0.7, 0.9));
        Assert.Contains("explains 62% of the variance alone", within);
        Assert.DoesNotContain("sampling error", within);

        string flat = SensitivityArtefacts.SobolLead("cumulative service cost", new SobolIndex("labourMarket.vacancyRate", double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN));
        Assert.StartsWith("Cumulative service cost did not vary", flat);
    }
}
