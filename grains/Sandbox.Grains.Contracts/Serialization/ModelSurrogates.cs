using Sandbox.Sim.Engine;
using Sandbox.Sim.Model;

namespace Sandbox.Grains.Serialization;

// The model's value types live in sim/, which knows nothing of Orleans (ARCHITECTURE.md, principle 1), so
// they cross silos through these surrogates: plain fields, one converter each, no change to the model.

[GenerateSerializer, Alias("sandbox.candidate")]
public struct CandidateSurrogate
{
    [Id(0)] public int Agent;
    [Id(1)] public int Vacancy;
    [Id(2)] public double Score;
}

[RegisterConverter]
public sealed class CandidateConverter : IConverter<Candidate, CandidateSurrogate>
{
    public Candidate ConvertFromSurrogate(in CandidateSurrogate s) => new(s.Agent, s.Vacancy, s.Score);

    public CandidateSurrogate ConvertToSurrogate(in Candidate c) => new() { Agent = c.Agent, Vacancy = c.Vacancy, Score = c.Score };
}

[GenerateSerializer, Alias("sandbox.wait-entry")]
public struct WaitEntrySurrogate
{
    [Id(0)] public short Since;
    [Id(1)] public int Agent;
    [Id(2)] public byte Barrier;
}

[RegisterConverter]
public sealed class WaitEntryConverter : IConverter<WaitEntry, WaitEntrySurrogate>
{
    public WaitEntry ConvertFromSurrogate(in WaitEntrySurrogate s) => new(s.Since, s.Agent, s.Barrier);
    public WaitEntrySurrogate ConvertToSurrogate(in WaitEntry e) => new() { Since = e.Since, Agent = e.Agent, Barrier = e.Barrier };
}

[GenerateSerializer, Alias("sandbox.offer")]
public struct OfferSurrogate
{
    [Id(0)] public int Vacancy;
    [Id(1)] public int Agent;
    [Id(2)] public double Score;
    [Id(3)] public bool Indefinite;
}

[RegisterConverter]
public sealed class OfferConverter : IConverter<Offer, OfferSurrogate>
{
    public Offer ConvertFromSurrogate(in OfferSurrogate s) => new(s.Vacancy, s.Agent, s.Score, s.Indefinite);
    public OfferSurrogate ConvertToSurrogate(in Offer o) => new() { Vacancy = o.Vacancy, Agent = o.Agent, Score = o.Score, Indefinite = o.Indefinite };
}

[GenerateSerializer, Alias("sandbox.vacancy")]
public struct VacancySurrogate
{
    [Id(0)] public int Id;
    [Id(1)] public int Employer;
    [Id(2)] public byte Skill;
    [Id(3)] public bool Indefinite;
    [Id(4)] public short Posted;
    [Id(5)] public short Expires;
}

[RegisterConverter]
public sealed class VacancyConverter : IConverter<Vacancy, VacancySurrogate>
{
    public Vacancy ConvertFromSurrogate(in VacancySurrogate s) => new(s.Id, s.Employer, s.Skill, s.Indefinite, s.Posted, s.Expires);

    public VacancySurrogate ConvertToSurrogate(in Vacancy v) => new()
    {
        Id = v.Id, Employer = v.Employer, Skill = v.Skill, Indefinite = v.Indefinite, Posted = v.Posted, Expires = v.Expires,
    };
}

[GenerateSerializer, Alias("sandbox.journey-event")]
public struct JourneyEventSurrogate
{
    [Id(0)] public int Agent;
    [Id(1)] public short Week;
    [Id(2)] public JourneyEventKind Kind;
    [Id(3)] public sbyte Agency;
    [Id(4)] public sbyte Barrier;
}

[RegisterConverter]
public sealed class JourneyEventConverter : IConverter<JourneyEvent, JourneyEventSurrogate>
{
    public JourneyEvent ConvertFromSurrogate(in JourneyEventSurrogate s) => new(s.Agent, s.Week, s.Kind, s.Agency, s.Barrier);

    public JourneyEventSurrogate ConvertToSurrogate(in JourneyEvent e) => new()
    {
        Agent = e.Agent, Week = e.Week, Kind = e.Kind, Agency = e.Agency, Barrier = e.Barrier,
    };
}
