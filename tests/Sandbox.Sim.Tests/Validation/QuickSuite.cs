using Sandbox.Sim.Validation;
using Sandbox.Sim.Validation.Reports;

namespace Sandbox.Sim.Tests.Validation;

/// <summary>The quick suite, run once per test session and shared by the tests that read it.</summary>
public sealed class QuickSuite
{
    public QuickSuite()
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        Report = ValidationSuite.Run(quick: true);
        Elapsed = clock.Elapsed; // printed with the table, never asserted
    }

    public ValidationReport Report { get; }
    public TimeSpan Elapsed { get; }
}
