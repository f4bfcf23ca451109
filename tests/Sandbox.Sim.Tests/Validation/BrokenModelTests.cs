using Sandbox.Sim.Validation;
using Sandbox.Sim.Validation.Reports;

namespace Sandbox.Sim.Tests.Validation;

/// <summary>
/// The tolerances are tight enough to catch a broken model: each parameter below, set to a wrong value on
/// purpose, pushes the fact that rests on it out of its band in the quick suite.
/// </summary>
public class BrokenModelTests
{
    private static ValidationReport Quick(string fact, string path, double value) =>
        ValidationSuite.Run(FactLibrary.All(), new ValidationOptions
        {
            Quick = true,
            Facts = [fact],
            Overrides = new Dictionary<string, double> { [path] = value },
        });

    [Theory]
    [InlineData("callback-duration", "decline", "labourMarket.durationPenalty", 0.0)]
    [InlineData("callback-duration", "newlyUnemployed", "labourMarket.baseCallback", 0.04)]
    [InlineData("exit-curve", "within26", "labourMarket.vacancyRate", 1.5)]
    [InlineData("referral-completion", "protocolOdds", "services.followUpOddsRatio", 1.0)]
    [InlineData("referral-completion", "withoutProtocol", "services.referralCompletion", 0.3)]
    [InlineData("programme-dropout", "training", "services.treatmentDropout", 0.06)]
    public void A_wrong_parameter_fails_its_fact(string fact, string check, string path, double value)
    {
        var row = Quick(fact, path, value).Row(fact + "/" + check);
        Assert.True(row.Status == CheckStatus.Fail, $"{row.Key} = {ValueFormat.Model(row.Model, row.Unit)} still passes with {path} = {value}");
    }
}
