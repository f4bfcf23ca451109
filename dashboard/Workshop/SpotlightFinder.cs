using Sandbox.Dashboard.Api;
using Sandbox.Sim.Scenarios;

namespace Sandbox.Dashboard.Workshop;

/// <summary>Finds the client a <see cref="SpotlightSpec"/> describes, by replaying the scenario up to the spec's week.</summary>
public static class SpotlightFinder
{
    public static int Find(SpotlightSpec spec, Scenario scenario)
    {
        if (spec.Client is { } client) return client;
        var snapshot = ModelSnapshot.Simulate(scenario, spec.ByWeek);
        int? agency = spec.Agency is { } kind ? Array.FindIndex(snapshot.P.Agencies, a => a.Kind == kind) : null;
        foreach (var c in snapshot.Clients)
        {
            if (spec.Female is { } female && c.Female != female) continue;
            if (c.Events.Any(e => e.Kind == spec.Event && (agency is null || e.Agency == agency))) return c.Id;
        }
        throw new ApiErrorException(ApiError.Invalid("spotlight.event",
            $"{spec.Event}{(spec.Agency is { } a ? " at " + a : "")} by week {spec.ByWeek}",
            "an event that happens to at least one client of this scenario by that week; choose another event, agency or week, or name a client"));
    }
}
