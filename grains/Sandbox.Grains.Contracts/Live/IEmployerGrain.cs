using Orleans.Concurrency;

namespace Sandbox.Grains.Live;

/// <summary>One employer of one live run (key: employer id + run id): its vacancies, applications and hires.</summary>
[Alias("sandbox.employer")]
public interface IEmployerGrain : IGrainWithIntegerCompoundKey
{
    [Alias("update")] Task Update(EmployerWeek week);

    /// <summary>The employer's latest reported week, or null if it has had no vacancy yet.</summary>
    [ReadOnly, Alias("view")] Task<EmployerWeek?> GetView();
}
