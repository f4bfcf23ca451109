namespace Sandbox.Sim.Model;

/// <summary>
/// An application that got a callback and an interview: the candidate, the vacancy (its index on this week's
/// board) and the interview score that ranks them among the vacancy's candidates. Applications screened out
/// leave only counts (<see cref="Metrics.MarketCounter"/>).
/// </summary>
public readonly record struct Candidate(int Agent, int Vacancy, double Score);

/// <summary>An open vacancy. Its best interviewed candidate is settled in the hiring phase.</summary>
public record struct Vacancy(int Id, int Employer, byte Skill, bool Indefinite, short Posted, short Expires);

/// <summary>An offer: the best interviewed candidate of one vacancy.</summary>
public readonly record struct Offer(int Vacancy, int Agent, double Score, bool Indefinite);
