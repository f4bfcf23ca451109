namespace Sandbox.Sim.Model;

/// <summary>
/// A job application. <see cref="Callback"/> is the employer's screening verdict on what the application shows
/// (spell length, visible barriers, groups, PES matching: <see cref="Rules.EmployerRules.CallbackProbability"/>),
/// worked out once per applicant and week since it is the same for each of their applications; the
/// employer phase then draws against it. The applicant's agent-week key spares screening any further mixing.
/// </summary>
public readonly record struct Application(int Agent, int Vacancy, short SpellWeeks, byte Index, float Callback, ulong AgentWeekKey);

/// <summary>An open vacancy. Its best interviewed candidate is settled in the hiring phase.</summary>
public record struct Vacancy(int Id, int Employer, byte Skill, bool Indefinite, short Posted, short Expires);

/// <summary>An offer: the best interviewed candidate of one vacancy.</summary>
public readonly record struct Offer(int Vacancy, int Agent, double Score, bool Indefinite);
