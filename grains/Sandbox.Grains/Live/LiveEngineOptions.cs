namespace Sandbox.Grains.Live;

/// <summary>Tuning of the live engine; the defaults were measured on 2 cores (see bench/Sandbox.Grains.Bench).</summary>
public sealed class LiveEngineOptions
{
    /// <summary>Most jobseeker calls one run keeps in flight at once.</summary>
    public int FanOut { get; set; } = 256;
}
