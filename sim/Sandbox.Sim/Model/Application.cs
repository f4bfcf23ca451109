namespace Sandbox.Sim.Model;

/// <summary>
/// A job application as the employer sees it: the spell length, visible barriers and groups (the basis of
/// screening, 002 box 1), plus whether the PES matched the client to a partner employer. It carries the
/// applicant's agent-week random key so screening draws need no further mixing.
/// </summary>
public readonly record struct Application(int Agent, int Vacancy, short SpellWeeks, byte VisibleSeverity, byte FlagCount, bool Matched, byte Index, ulong AgentWeekKey);

/// <summary>An open vacancy. Its best interviewed candidate is settled in the hiring phase.</summary>
public record struct Vacancy(int Id, int Employer, byte Skill, bool Indefinite, short Posted, short Expires);

/// <summary>An offer: the best interviewed candidate of one vacancy.</summary>
public readonly record struct Offer(int Vacancy, int Agent, double Score, bool Indefinite);
