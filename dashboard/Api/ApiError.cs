using Sandbox.Sim.Scenarios;

namespace Sandbox.Dashboard.Api;

/// <summary>
/// The one error shape of the API and the hub: which field was wrong, what value it had and what is allowed,
/// so the editor can point at the slider and say "expected 0 to 1 (share)" instead of "bad request".
/// </summary>
public sealed record ApiError(string Code, string Field, string Value, string Allowed, string Message)
{
    public static ApiError From(ScenarioValidationException e) =>
        new("invalid", e.Field, e.Value, e.Allowed, e.Message);

    public static ApiError Invalid(string field, string value, string allowed) =>
        new("invalid", field, value, allowed, $"{field} = {value} is not allowed; expected {allowed}");

    public static ApiError NotFound(string what, string id) =>
        new("notFound", what, id, $"an existing {what}", $"no {what} '{id}'");

    public static ApiError Forbidden(string runId) =>
        new("forbidden", "controlKey", "(missing or wrong)", "the control key of run " + runId,
            "only the session that started this run, or a holder of its control key, can control it");

    public static ApiError RateLimited(double perSecond) =>
        new("rateLimited", "(calls)", "too many", $"at most {perSecond:0} calls per second",
            "too many messages; slow down and try again");
}

/// <summary>Thrown by services for a request that cannot be served; endpoints and the hub turn it into an <see cref="ApiError"/>.</summary>
public sealed class ApiErrorException(ApiError error) : Exception(error.Message)
{
    public ApiError Error { get; } = error;
}
