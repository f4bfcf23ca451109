using Sandbox.Sim.Model;

namespace Sandbox.Grains.Live;

/// <summary>
/// An employer's week as its grain holds it for readers: its vacancies open at the start of the week, the
/// applications they drew and the offers its vacancies made that were accepted. One message per employer
/// with anything to report.
/// </summary>
[GenerateSerializer, Immutable, Alias("sandbox.employer-week")]
public sealed record EmployerWeek(int Employer, int Week, Vacancy[] Open, int Applications, Offer[] Hires);
